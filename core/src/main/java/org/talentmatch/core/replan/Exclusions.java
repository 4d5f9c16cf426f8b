package org.talentmatch.core.replan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.talentmatch.api.change.Exclusion;
import org.talentmatch.api.search.Candidate;
import org.talentmatch.core.search.CandidateTable;
import org.talentmatch.core.search.SeatKey;

/** Declines made final: a declined expert leaves every seat of that demand's candidate lists. */
public final class Exclusions {
  private Exclusions() {}

  public static CandidateTable apply(CandidateTable table, Set<Exclusion> exclusions) {
    if (exclusions.isEmpty()) {
      return table;
    }
    Map<SeatKey, List<Candidate>> filtered = new HashMap<>();
    table.bySeat().forEach((seat, candidates) -> {
      List<Candidate> kept = candidates.stream()
          .filter(c -> !exclusions.contains(new Exclusion(seat.demandId(), c.expertId())))
          .toList();
      if (!kept.isEmpty()) {
        filtered.put(seat, kept);
      }
    });
    return new CandidateTable(filtered);
  }
}
