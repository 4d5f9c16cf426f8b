package org.talentmatch.core.search;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;
import org.talentmatch.api.search.Candidate;

/**
 * The output of candidate generation and the input of the solver: for every seat of a problem, its
 * ranked candidates (best first), each already past every static hard rule and the relevance floor.
 * A seat absent from the map has no candidate.
 */
public record CandidateTable(Map<SeatKey, List<Candidate>> bySeat) {

  public CandidateTable {
    requireNonNull(bySeat, "bySeat");
    bySeat = Map.copyOf(bySeat);
  }

  public List<Candidate> candidates(String demandId, int seat) {
    return bySeat.getOrDefault(new SeatKey(demandId, seat), List.of());
  }
}
