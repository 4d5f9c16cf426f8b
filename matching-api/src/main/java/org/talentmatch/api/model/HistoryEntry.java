package org.talentmatch.api.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A service an expert gave before the planning period. It feeds the soft rules only: cool-down,
 * load balance and the continuity of commissioner pairs (same expert, same host unit name).
 *
 * @param demandId may name a demand of an earlier file; never checked against this one
 */
public record HistoryEntry(
    String expertId, Optional<String> demandId, String hostUnit, String region, DateRange dates) {

  public HistoryEntry {
    Checks.nonBlank(expertId, "expertId");
    requireNonNull(demandId, "demandId");
    Checks.nonBlank(hostUnit, "hostUnit");
    Checks.nonBlank(region, "region");
    requireNonNull(dates, "dates");
  }
}
