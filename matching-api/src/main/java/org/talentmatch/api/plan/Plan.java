package org.talentmatch.api.plan;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** A solved plan: who goes where, which slots stay empty and why, and how good it is. */
public record Plan(PlanScore score, List<Assignment> assignments, List<UnfilledSlot> unfilled, PlanMetrics metrics) {

  public Plan {
    requireNonNull(score, "score");
    assignments = List.copyOf(assignments);
    unfilled = List.copyOf(unfilled);
    requireNonNull(metrics, "metrics");
  }
}
