package org.talentmatch.api.search;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * An expert found for a seat, after every hard filter.
 *
 * @param relevance 0–1, comparable across seats (see the search package's documentation)
 * @param reasons what matched, in words a clerk understands, e.g. {@code 技能匹配：日光温室 ≈ 设施蔬菜（同义词）}
 */
public record Candidate(String expertId, double relevance, double distanceKm, List<String> reasons) {

  public Candidate {
    requireNonNull(expertId, "expertId");
    checkArgument(relevance >= 0 && relevance <= 1, "relevance must be in [0, 1]: %s", relevance);
    checkArgument(distanceKm >= 0, "distanceKm must be >= 0: %s", distanceKm);
    reasons = List.copyOf(reasons);
  }
}
