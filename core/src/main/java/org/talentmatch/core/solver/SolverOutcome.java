package org.talentmatch.core.solver;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.talentmatch.api.plan.Assignment;
import org.talentmatch.api.plan.PlanExplanation;
import org.talentmatch.api.plan.PlanScore;
import org.talentmatch.api.plan.SlotRef;

/**
 * The result of one solve. Assignments and unfilled slots are in the problem's demand order, then
 * seat, then slot.
 *
 * @param timeToFirstFeasible when the solver first held a plan without hard violations; empty if it
 *     never did
 * @param scoreCalculationCount how many scores OptaPlanner calculated (a speed measure)
 * @param explanation the score of the plan broken down by rule and by slot
 */
public record SolverOutcome(
    PlanScore score,
    List<Assignment> assignments,
    List<SlotRef> unfilled,
    Optional<Duration> timeToFirstFeasible,
    long scoreCalculationCount,
    Duration elapsed,
    PlanExplanation explanation) {

  public SolverOutcome {
    requireNonNull(score, "score");
    assignments = List.copyOf(assignments);
    unfilled = List.copyOf(unfilled);
    requireNonNull(timeToFirstFeasible, "timeToFirstFeasible");
    requireNonNull(elapsed, "elapsed");
    requireNonNull(explanation, "explanation");
  }
}
