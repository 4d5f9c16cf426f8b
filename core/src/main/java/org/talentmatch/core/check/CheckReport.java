package org.talentmatch.core.check;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.talentmatch.api.plan.PlanMetrics;

/**
 * What an independent check of a plan against its problem found.
 *
 * @param violations broken hard rules, in the order rules 1–3, 7, 8, 10 per assignment, then 6, 4,
 *     5 per expert, then 9 per pin
 * @param medium the coverage score recomputed from the problem: minus the cost of every slot that no
 *     valid assignment fills
 * @param metrics FORMAT.md's metrics recomputed from the problem and the plan's assignments
 * @param inconsistencies places where the plan contradicts itself or the problem (unknown ids, a slot
 *     assigned twice or both assigned and unfilled, a slot missing from both lists, a reported score,
 *     metric or distance that differs from the recomputed one)
 * @param demandFairness how well the worst-off demands are served, from the valid assignments; empty
 *     when no demand has a filled slot of known relevance
 */
public record CheckReport(List<Violation> violations, long medium, PlanMetrics metrics, List<String> inconsistencies,
    Optional<DemandFairness> demandFairness) {

  public CheckReport {
    violations = List.copyOf(violations);
    requireNonNull(metrics, "metrics");
    inconsistencies = List.copyOf(inconsistencies);
    requireNonNull(demandFairness, "demandFairness");
  }

  /** True when no hard rule is broken. */
  public boolean isFeasible() {
    return violations.isEmpty();
  }

  public int hardViolationCount() {
    return violations.size();
  }

  /** True when the plan is feasible and agrees with itself and with the problem in every respect. */
  public boolean isValid() {
    return isFeasible() && inconsistencies.isEmpty();
  }
}
