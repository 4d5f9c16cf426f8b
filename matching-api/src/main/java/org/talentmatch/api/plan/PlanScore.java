package org.talentmatch.api.plan;

/**
 * A plan's score. {@code hard} is 0 for a feasible plan; {@code medium} is minus the coverage cost of
 * the empty slots (FORMAT.md); {@code soft} is on the engine's own scale.
 */
public record PlanScore(long hard, long medium, long soft) {

  public boolean isFeasible() {
    return hard >= 0;
  }

  @Override
  public String toString() {
    return hard + "hard/" + medium + "medium/" + soft + "soft";
  }
}
