package org.talentmatch.benchmarks.province;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.OptionalDouble;
import org.talentmatch.api.plan.Plan;

/**
 * What an exact reference computed on the shared candidate lists.
 *
 * @param plan the reference's plan; for {@link Kind#RELAXATION_UPPER_BOUND} it may break rule 4
 * @param mediumBound no plan over these candidates has a higher coverage (medium) score: the plan's
 *     own score when it is proven optimal, else the solver's bound
 * @param relevanceBound where coverage is proven optimal, a proven upper bound on the total
 *     relevance of any plan at that coverage, each relevance rounded to thousandths as the objective
 *     counts it (equal to the plan's when it is optimal too); else empty
 * @param time solve time, model building included
 */
public record Reference(Kind kind, Plan plan, long mediumBound, OptionalDouble relevanceBound, Duration time) {

  /** Which model ran and what its figures mean. */
  public enum Kind {
    /**
     * CP-SAT on every hard rule, coverage proven optimal; total relevance at that coverage optimal
     * or within its {@link #relevanceBound}.
     */
    EXACT("exact reference (CP-SAT)"),
    /** CP-SAT on every hard rule, stopped by its time limit before proving coverage: a bound. */
    CP_SAT_TIME_LIMIT("CP-SAT at time limit (coverage not proven)"),
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
    requireNonNull(relevanceBound, "relevanceBound");
    requireNonNull(time, "time");
  }
}
