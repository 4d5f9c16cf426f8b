package org.talentmatch.core.search;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.io.IOException;
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

/**
 * Every seat's best candidates from the index: as the solver's {@link CandidateTable}, or streamed
 * seat by seat in problem order for an export of a whole file.
 */
public final class CandidateGenerator {
  /** More candidates than this per seat only slow the solver down. */
  public static final int MAX_CANDIDATES_PER_SEAT = 400;
  /**
   * Seats searched in parallel between two deliveries of {@link #forEachSeat}: enough to keep every
   * core busy, few enough that only a batch of results is held in memory at a time.
   */
  static final int STREAM_BATCH_SEATS = 256;

  private CandidateGenerator() {}

  /** One seat's ranked candidates, best first; empty when nobody passes the hard rules and the floor. */
  public record SeatCandidates(SeatKey seat, List<Candidate> candidates) {

    public SeatCandidates {
      requireNonNull(seat, "seat");
      candidates = List.copyOf(candidates);
    }
  }

  /** Receives the seats of {@link #forEachSeat}; may write them out, hence the checked exception. */
  @FunctionalInterface
  public interface SeatConsumer {
    void accept(SeatCandidates seat) throws IOException;
  }

  /**
   * For every seat of every demand, in problem order (demands as listed, seats by index), its best
   * {@code top} experts of the problem past the static hard rules and the policy's relevance floor,
   * as {@link ExpertIndex#search} ranks them; seats with no candidate are delivered too. Seats are
   * searched in parallel, a batch at a time, and handed to {@code consumer} one by one on the calling
   * thread, so the consumer needs no synchronisation and the output is the same on any number of
   * cores. Unlike {@link #generate}, pinned experts get no special treatment: this is what search
   * finds.
   *
   * @throws IOException the first failure of {@code consumer}; no seat is delivered after it
   */
  public static void forEachSeat(ExpertIndex index, Problem problem, int top, SeatConsumer consumer)
      throws IOException {
    requireNonNull(index, "index");
    requireNonNull(problem, "problem");
    requireNonNull(consumer, "consumer");
    checkArgument(top >= 1, "top must be >= 1: %s", top);
    Map<String, Expert> experts = expertsById(problem);
    List<SeatKey> seats = seatsOf(problem);
    Map<String, Demand> demands = demandsById(problem);
    for (int from = 0; from < seats.size(); from += STREAM_BATCH_SEATS) {
      List<SeatCandidates> batch = seats.subList(from, Math.min(seats.size(), from + STREAM_BATCH_SEATS))
          .parallelStream()
          .map(key -> new SeatCandidates(key,
              search(index, demands.get(key.demandId()), key.seat(), problem, top, experts)))
          .toList();
      for (SeatCandidates seat : batch) {
        consumer.accept(seat);
      }
    }
  }

  /**
   * For every seat of every demand, the best {@code min(candidatesPerSlot × seat.count, 400)}
   * experts of the problem past the static hard rules and the policy's relevance floor, searched in
   * parallel. The same index and problem always give the same table. Experts in the index but not
   * in the problem are left out, so the index should hold the problem's experts (and little else), as
   * the problem lists them: each hit is checked and scored on the problem's record, while Lucene
   * retrieves on the indexed copy.
   * A pinned expert the search did not rank (cut off, or below the floor) joins its seat's list with
   * the relevance search gives them: a confirmed arrangement is always a candidate of its seat.
   */
  public static CandidateTable generate(ExpertIndex index, Problem problem, int candidatesPerSlot) {
    requireNonNull(index, "index");
    requireNonNull(problem, "problem");
    checkArgument(candidatesPerSlot >= 1, "candidatesPerSlot must be >= 1: %s", candidatesPerSlot);
    List<SeatKey> seats = seatsOf(problem);
    Map<String, Demand> demands = demandsById(problem);
    Map<String, Expert> experts = expertsById(problem);
    Map<SeatKey, List<String>> pinnedBySeat = problem.pinned().stream().collect(Collectors.groupingBy(
        pin -> new SeatKey(pin.demandId(), pin.seat()), Collectors.mapping(Pin::expertId, Collectors.toList())));
    Map<SeatKey, List<Candidate>> bySeat = seats.parallelStream()
        .map(key -> {
          Demand demand = demands.get(key.demandId());
          List<Candidate> ranked = candidates(index, demand, key.seat(), problem, candidatesPerSlot, experts);
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
      int candidatesPerSlot, Map<String, Expert> experts) {
    int limit = (int) Math.min(MAX_CANDIDATES_PER_SEAT, (long) candidatesPerSlot * demand.seats().get(seat).count());
    return search(index, demand, seat, problem, limit, experts);
  }

  /** The seat's best experts of the problem, each checked and scored on the problem's own record. */
  private static List<Candidate> search(ExpertIndex index, Demand demand, int seat, Problem problem, int limit,
      Map<String, Expert> experts) {
    return index.search(demand, seat, problem.policy(), limit, experts).stream()
        .filter(candidate -> experts.containsKey(candidate.expertId()))
        .toList();
  }

  /** A later record of an id wins, as when the index was built from the same list. */
  private static Map<String, Expert> expertsById(Problem problem) {
    return problem.experts().stream()
        .collect(Collectors.toUnmodifiableMap(Expert::id, e -> e, (first, second) -> second));
  }

  private static Map<String, Demand> demandsById(Problem problem) {
    return problem.demands().stream().collect(Collectors.toUnmodifiableMap(Demand::id, d -> d));
  }

  /** Every seat of every demand, in problem order. */
  private static List<SeatKey> seatsOf(Problem problem) {
    List<SeatKey> seats = new ArrayList<>();
    for (Demand demand : problem.demands()) {
      for (int seat = 0; seat < demand.seats().size(); seat++) {
        seats.add(new SeatKey(demand.id(), seat));
      }
    }
    return seats;
  }
}
