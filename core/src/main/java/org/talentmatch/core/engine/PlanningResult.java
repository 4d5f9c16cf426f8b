package org.talentmatch.core.engine;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Optional;
import org.talentmatch.api.plan.Plan;
import org.talentmatch.api.plan.SupplyReport;

/**
 * A plan with what it took to make it: the supply check and the time of each stage of the
 * pipeline, for batch jobs and benchmarks that report them.
 *
 * @param timeToFirstFeasible from the start of solving; empty when no feasible plan was found
 */
public record PlanningResult(
    Plan plan,
    SupplyReport supply,
    Duration indexTime,
    Duration candidateTime,
    Optional<Duration> timeToFirstFeasible,
    Duration solveTime,
    long scoreCalculationCount,
    int candidateSeats,
    long candidatePairs) {

  public PlanningResult {
    requireNonNull(plan, "plan");
    requireNonNull(supply, "supply");
    requireNonNull(indexTime, "indexTime");
    requireNonNull(candidateTime, "candidateTime");
    requireNonNull(timeToFirstFeasible, "timeToFirstFeasible");
    requireNonNull(solveTime, "solveTime");
  }

  /** The same run with another plan (the same plan with more metrics, say). */
  public PlanningResult withPlan(Plan other) {
    return new PlanningResult(other, supply, indexTime, candidateTime, timeToFirstFeasible, solveTime,
        scoreCalculationCount, candidateSeats, candidatePairs);
  }

  /** Score calculations per second of solving. */
  public long scoreCalculationSpeed() {
    long millis = Math.max(1, solveTime.toMillis());
    return scoreCalculationCount * 1000 / millis;
  }
}
