package org.talentmatch.benchmarks.province;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import org.talentmatch.api.plan.Plan;

/**
 * One row of the table: a method's plan and what it took.
 *
 * @param firstFeasible from the method's start; empty where the method has no notion of it
 * @param time the method alone, on the shared candidates
 * @param scoreCalculationSpeed OptaPlanner's score calculations per second; empty for the others
 * @param mediumBound for references, the proven bound on the coverage score; else empty
 */
record MethodResult(String method, Plan plan, Optional<Duration> firstFeasible, Duration time,
    OptionalLong scoreCalculationSpeed, long peakHeapBytes, OptionalLong mediumBound) {

  MethodResult {
    requireNonNull(method, "method");
    requireNonNull(plan, "plan");
    requireNonNull(firstFeasible, "firstFeasible");
    requireNonNull(time, "time");
    requireNonNull(scoreCalculationSpeed, "scoreCalculationSpeed");
    requireNonNull(mediumBound, "mediumBound");
  }
}
