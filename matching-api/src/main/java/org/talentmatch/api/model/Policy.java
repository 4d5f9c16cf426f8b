package org.talentmatch.api.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.OptionalDouble;

/**
 * The workload and matching policy of a planning period.
 *
 * @param maxTravelKm no limit when empty
 * @param minRelevance the engine's default when empty
 */
public record Policy(
    int maxAssignmentsPerExpert, int cooldownDays, OptionalDouble maxTravelKm, OptionalDouble minRelevance) {

  public static final int DEFAULT_MAX_ASSIGNMENTS = 3;
  public static final int DEFAULT_COOLDOWN_DAYS = 30;

  public Policy {
    checkArgument(maxAssignmentsPerExpert >= 1, "maxAssignmentsPerExpert must be >= 1: %s", maxAssignmentsPerExpert);
    checkArgument(cooldownDays >= 0, "cooldownDays must be >= 0: %s", cooldownDays);
    requireNonNull(maxTravelKm, "maxTravelKm");
    requireNonNull(minRelevance, "minRelevance");
    maxTravelKm.ifPresent(km -> checkArgument(km > 0 && Double.isFinite(km), "maxTravelKm must be > 0: %s", km));
    minRelevance.ifPresent(r -> checkArgument(r >= 0 && r <= 1, "minRelevance must be in [0, 1]: %s", r));
  }

  /** FORMAT.md's defaults: 3 assignments, 30 days cool-down, no travel limit, engine relevance floor. */
  public static Policy defaults() {
    return new Policy(DEFAULT_MAX_ASSIGNMENTS, DEFAULT_COOLDOWN_DAYS, OptionalDouble.empty(), OptionalDouble.empty());
  }

  public Policy withMaxAssignmentsPerExpert(int max) {
    return new Policy(max, cooldownDays, maxTravelKm, minRelevance);
  }

  public Policy withCooldownDays(int days) {
    return new Policy(maxAssignmentsPerExpert, days, maxTravelKm, minRelevance);
  }

  public Policy withMaxTravelKm(double km) {
    return new Policy(maxAssignmentsPerExpert, cooldownDays, OptionalDouble.of(km), minRelevance);
  }

  public Policy withMinRelevance(double relevance) {
    return new Policy(maxAssignmentsPerExpert, cooldownDays, maxTravelKm, OptionalDouble.of(relevance));
  }

  /** The relevance floor in force: the policy's, or the engine's default. */
  public double minRelevanceOr(double engineDefault) {
    return minRelevance.orElse(engineDefault);
  }
}
