package org.talentmatch.core.search;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.Expert;
import org.talentmatch.api.model.Pin;
import org.talentmatch.api.model.Problem;
import org.talentmatch.api.search.Candidate;

/** Builds the solver's {@link CandidateTable}: every seat's best candidates from the index. */
public final class CandidateGenerator {
  /** More candidates than this per seat only slow the solver down. */
  public static final int MAX_CANDIDATES_PER_SEAT = 400;

  private CandidateGenerator() {}

  /**
   * For every seat of every demand, the best {@code min(candidatesPerSlot × seat.count, 400)}
   * experts of the problem past the static hard rules and the policy's relevance floor, searched in
   * parallel. The same index and problem always give the same table. Experts in the index but not
   * in the problem are left out, so the index should hold the problem's experts (and little else).
   * A pinned expert the search did not rank (cut off, or below the floor) joins its seat's list with
   * the relevance search gives them: a confirmed arrangement is always a candidate of its seat.
   */
  public static CandidateTable generate(ExpertIndex index, Problem problem, int candidatesPerSlot) {
    requireNonNull(index, "index");
    requireNonNull(problem, "problem");
    checkArgument(candidatesPerSlot >= 1, "candidatesPerSlot must be >= 1: %s", candidatesPerSlot);
    Set<String> inProblem = problem.experts().stream().map(Expert::id).collect(Collectors.toUnmodifiableSet());
    List<SeatKey> seats = new ArrayList<>();
    Map<String, Demand> demands = problem.demands().stream()
        .collect(Collectors.toUnmodifiableMap(Demand::id, d -> d));
    for (Demand demand : problem.demands()) {
      for (int seat = 0; seat < demand.seats().size(); seat++) {
        seats.add(new SeatKey(demand.id(), seat));
      }
    }
    Map<String, Expert> experts = problem.experts().stream()
        .collect(Collectors.toUnmodifiableMap(Expert::id, e -> e, (first, second) -> first));
    Map<SeatKey, List<String>> pinnedBySeat = problem.pinned().stream().collect(Collectors.groupingBy(
        pin -> new SeatKey(pin.demandId(), pin.seat()), Collectors.mapping(Pin::expertId, Collectors.toList())));
    Map<SeatKey, List<Candidate>> bySeat = seats.parallelStream()
        .map(key -> {
          Demand demand = demands.get(key.demandId());
          List<Candidate> ranked = candidates(index, demand, key.seat(), problem, candidatesPerSlot, inProblem);
          List<String> pinned = pinnedBySeat.getOrDefault(key, List.of());
          return Map.entry(key, withPinned(ranked, pinned, id -> index.assess(experts.get(id), demand, key.seat())));
        })
        .filter(entry -> !entry.getValue().isEmpty())
        .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    return new CandidateTable(bySeat);
  }

  private static List<Candidate> withPinned(List<Candidate> ranked, List<String> pinned,
      Function<String, Candidate> assess) {
    Set<String> present = ranked.stream().map(Candidate::expertId).collect(Collectors.toSet());
    List<Candidate> missing = pinned.stream().filter(id -> !present.contains(id)).distinct().map(assess).toList();
    if (missing.isEmpty()) {
      return ranked;
    }
    List<Candidate> all = new ArrayList<>(ranked);
    all.addAll(missing);
    all.sort(ExpertIndex.BEST_FIRST);
    return List.copyOf(all);
  }

  private static List<Candidate> candidates(ExpertIndex index, Demand demand, int seat, Problem problem,
      int candidatesPerSlot, Set<String> inProblem) {
    int limit = (int) Math.min(MAX_CANDIDATES_PER_SEAT, (long) candidatesPerSlot * demand.seats().get(seat).count());
    return index.search(demand, seat, problem.policy(), limit).stream()
        .filter(candidate -> inProblem.contains(candidate.expertId()))
        .toList();
  }
}
