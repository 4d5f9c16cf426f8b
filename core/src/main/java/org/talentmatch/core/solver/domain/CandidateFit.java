package org.talentmatch.core.solver.domain;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.OptionalDouble;

/**
 * How well one expert fits one slot.
 *
 * @param relevance search's 0–1 relevance; empty for a pinned expert search did not propose
 * @param reasons what search matched, in Chinese
 */
public record CandidateFit(OptionalDouble relevance, double distanceKm, List<String> reasons) {

  public CandidateFit {
    checkArgument(distanceKm >= 0, "distanceKm must be >= 0: %s", distanceKm);
    reasons = List.copyOf(reasons);
  }

  /** Relevance in thousandths, the unit of the skill-relevance reward; 0 when unknown. */
  public int relevancePerMille() {
    return (int) Math.round(relevance.orElse(0) * 1000);
  }

  public int roundedKm() {
    return (int) Math.round(distanceKm);
  }
}
