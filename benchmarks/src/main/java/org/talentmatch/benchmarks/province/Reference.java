package org.talentmatch.benchmarks.province;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import org.talentmatch.api.plan.Plan;

/**
 * What an exact reference computed on the shared candidate lists.
 *
 * @param plan the reference's plan; for {@link Kind#RELAXATION_UPPER_BOUND} it may break rule 4
 * @param mediumBound no plan over these candidates has a higher coverage (medium) score: the plan's
 *     own score when it is proven optimal, else the solver's bound
 * @param time solve time, model building included
 */
public record Reference(Kind kind, Plan plan, long mediumBound, Duration time) {

  /** Which model ran and what its figures mean. */
  public enum Kind {
    /** CP-SAT on every hard rule, proven optimal: coverage first, then total relevance. */
    EXACT("exact (CP-SAT, optimal)"),
    /** CP-SAT on every hard rule, stopped by its time limit: a feasible plan and a proven bound. */
    CP_SAT_TIME_LIMIT("CP-SAT at time limit (bound proven, plan not optimal)"),
    /** Min-cost flow without rule 4 (dates overlap): its coverage bounds every feasible plan's. */
    RELAXATION_UPPER_BOUND("upper bound: min-cost flow, overlap rule dropped");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public Reference {
    requireNonNull(kind, "kind");
    requireNonNull(plan, "plan");
    requireNonNull(time, "time");
  }
}
