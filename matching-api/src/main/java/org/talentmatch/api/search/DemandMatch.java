package org.talentmatch.api.search;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;

/** An open demand recommended to an expert (人才信息推送): the best-fitting seat of it. */
public record DemandMatch(String demandId, int seat, double relevance, double distanceKm, List<String> reasons) {

  public DemandMatch {
    requireNonNull(demandId, "demandId");
    checkArgument(seat >= 0, "seat must be >= 0: %s", seat);
    checkArgument(relevance >= 0 && relevance <= 1, "relevance must be in [0, 1]: %s", relevance);
    reasons = List.copyOf(reasons);
  }
}
