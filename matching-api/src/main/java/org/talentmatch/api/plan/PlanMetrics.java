package org.talentmatch.api.plan;

import java.util.OptionalInt;

/**
 * FORMAT.md's plan metrics: recomputable from the problem and plan files alone.
 *
 * @param loadGini Gini coefficient of assignment counts over experts with at least one assignment
 * @param moved re-planning only: assignments of the previous plan that changed expert or were dropped
 */
public record PlanMetrics(
    int seatsTotal,
    int seatsFilled,
    double priorityAreaFillRate,
    double meanRelevance,
    double loadGini,
    double meanDistanceKm,
    OptionalInt moved) {

  /** The same metrics reporting {@code moved} assignments (re-planning). */
  public PlanMetrics withMoved(int moved) {
    if (moved < 0) {
      throw new IllegalArgumentException("moved must be >= 0: " + moved);
    }
    return new PlanMetrics(seatsTotal, seatsFilled, priorityAreaFillRate, meanRelevance, loadGini, meanDistanceKm,
        OptionalInt.of(moved));
  }
}
