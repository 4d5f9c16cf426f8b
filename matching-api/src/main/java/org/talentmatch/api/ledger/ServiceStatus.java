package org.talentmatch.api.ledger;

/** How a planned service ended. */
public enum ServiceStatus {
  /** Served: counts toward services, days and compensatory leave. */
  COMPLETED,
  /** Called off before it began (by the host or the organizer): counts neither for nor against. */
  CANCELLED,
  /** The expert did not come: counts against the expert in the commendation ranking. */
  NO_SHOW
}
