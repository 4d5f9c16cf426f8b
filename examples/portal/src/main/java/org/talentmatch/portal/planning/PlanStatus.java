package org.talentmatch.portal.planning;

/** Where a planning job stands. */
public enum PlanStatus {
  /** The solver is working (the first run, or after a decline). */
  SOLVING,
  /** The solver finished its run. (A live plan takes confirmations and declines while solving too.) */
  SOLVED,
  /** The session was closed (too many live ones, or the portal restarted): the plan is kept, no more changes. */
  CLOSED,
  /** Solving failed; the server log says why. */
  FAILED
}
