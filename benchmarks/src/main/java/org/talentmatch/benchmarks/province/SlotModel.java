package org.talentmatch.benchmarks.province;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.Expert;
import org.talentmatch.api.model.Pin;
import org.talentmatch.api.model.Problem;
import org.talentmatch.api.plan.Assignment;
import org.talentmatch.api.plan.Plan;
import org.talentmatch.api.plan.PlanScore;
import org.talentmatch.api.plan.UnfilledSlot;
import org.talentmatch.api.search.Candidate;
import org.talentmatch.core.check.PlanChecker;
import org.talentmatch.core.rules.Geo;
import org.talentmatch.core.search.CandidateTable;

/**
 * The problem as the baseline and the reference planners see it: every seat with its cost per empty
 * slot, its pinned experts (fixed in every method), its free slots and its ranked candidates from
 * the shared {@link CandidateTable}; and every expert's cap left after their pins. It also turns a
 * choice of experts per seat back into a {@link Plan}, so that {@link PlanChecker} scores every
 * method the same way.
 */
final class SlotModel {
  /** Relevance in the integer objectives of the exact solvers: thousandths. */
  static final int RELEVANCE_UNITS = 1_000;

  /**
   * One seat entry of a demand.
   *
   * @param cost FORMAT.md's cost of each of its empty slots
   * @param pinned experts pinned to it, who hold its first slots
   * @param freeSlots slots left after the pins
   * @param candidates the shared candidate list, most relevant first; pinned experts included
   */
  record SeatEntry(Demand demand, int seat, int cost, List<String> pinned, int freeSlots, List<Candidate> candidates) {}

  private final Problem problem;
  private final List<SeatEntry> seats;
  private final Map<String, Expert> experts;
  private final Map<String, Demand> demands;
  private final Map<String, List<Demand>> pinnedDemands;

  private SlotModel(Problem problem, List<SeatEntry> seats, Map<String, Expert> experts, Map<String, Demand> demands,
      Map<String, List<Demand>> pinnedDemands) {
    this.problem = problem;
    this.seats = seats;
    this.experts = experts;
    this.demands = demands;
    this.pinnedDemands = pinnedDemands;
  }

  /** The seats of a validated problem (demand order, then seat) with their candidates. */
  static SlotModel of(Problem problem, CandidateTable candidates) {
    requireNonNull(problem, "problem");
    requireNonNull(candidates, "candidates");
    Map<String, Demand> demands = problem.demands().stream().collect(Collectors.toMap(Demand::id, d -> d));
    Map<String, List<Demand>> pinnedDemands = new HashMap<>();
    for (Pin pin : problem.pinned()) {
      pinnedDemands.computeIfAbsent(pin.expertId(), id -> new ArrayList<>()).add(demands.get(pin.demandId()));
    }
    List<SeatEntry> seats = new ArrayList<>();
    for (Demand demand : problem.demands()) {
      for (int seat = 0; seat < demand.seats().size(); seat++) {
        int index = seat;
        List<String> pinned = problem.pinned().stream()
            .filter(pin -> pin.demandId().equals(demand.id()) && pin.seat() == index)
            .map(Pin::expertId).distinct().toList();
        int free = demand.seats().get(seat).count() - pinned.size();
        if (free < 0) {
          throw new IllegalArgumentException("seat " + seat + " of " + demand.id() + " has more pins than slots");
        }
        List<Candidate> ranked = candidates.candidates(demand.id(), seat).stream()
            .sorted((a, b) -> Double.compare(b.relevance(), a.relevance()))
            .toList();
        seats.add(new SeatEntry(demand, seat, demand.unfilledCost(seat), pinned, free, ranked));
      }
    }
    Map<String, Expert> experts = problem.experts().stream().collect(Collectors.toMap(Expert::id, e -> e));
    return new SlotModel(problem, List.copyOf(seats), experts, demands, pinnedDemands);
  }

  Problem problem() {
    return problem;
  }

  List<SeatEntry> seats() {
    return seats;
  }

  /** Free slots over all seats. */
  int freeSlots() {
    return seats.stream().mapToInt(SeatEntry::freeSlots).sum();
  }

  Demand demand(String id) {
    return demands.get(id);
  }

  /** The expert's cap: their own, else the policy's. */
  int cap(String expertId) {
    return experts.get(expertId).capUnder(problem.policy());
  }

  /** The assignments the expert may still take: their cap less their pins. */
  int remainingCap(String expertId) {
    return cap(expertId) - pinnedDemands.getOrDefault(expertId, List.of()).size();
  }

  /**
   * Whether the expert's pins leave them free for a slot of {@code demand}: they are not pinned to
   * that demand (rule 6) and, where {@code withDates}, no pinned demand of theirs overlaps it (rule 4).
   */
  boolean freeOfPinsFor(String expertId, Demand demand, boolean withDates) {
    for (Demand pinned : pinnedDemands.getOrDefault(expertId, List.of())) {
      if (pinned.id().equals(demand.id()) || (withDates && pinned.dates().overlaps(demand.dates()))) {
        return false;
      }
    }
    return true;
  }

  /** A candidate of a seat (by index in {@link #seats()}) that the pins leave open. */
  record Choice(int seat, Candidate candidate) {}

  /**
   * Every (seat, candidate) pair the pins leave open: the seat has a free slot, the expert has cap
   * left and is free of pins for the demand ({@link #freeOfPinsFor} with {@code withDates}).
   */
  List<Choice> choices(boolean withDates) {
    List<Choice> choices = new ArrayList<>();
    for (int i = 0; i < seats.size(); i++) {
      SeatEntry entry = seats.get(i);
      if (entry.freeSlots() == 0) {
        continue;
      }
      for (Candidate candidate : entry.candidates()) {
        String expertId = candidate.expertId();
        if (remainingCap(expertId) > 0 && freeOfPinsFor(expertId, entry.demand(), withDates)) {
          choices.add(new Choice(i, candidate));
        }
      }
    }
    return choices;
  }

  /** A candidate's relevance in {@link #RELEVANCE_UNITS}. */
  static long relevanceUnits(Candidate candidate) {
    return Math.round(candidate.relevance() * RELEVANCE_UNITS);
  }

  /**
   * Weight of one filled slot in a lexicographic objective: coverage first, relevance second. One
   * unit of coverage outweighs the relevance of every free slot together.
   */
  long coverageWeight() {
    return (long) RELEVANCE_UNITS * freeSlots() + 1;
  }

  /**
   * The plan that holds every pin and the chosen candidates in the free slots of their seats; every
   * other slot is listed unfilled with {@code why}. The score is the coverage score; soft is 0,
   * since the baselines have no soft scale.
   */
  Plan toPlan(List<Choice> choices, String why) {
    Map<Integer, List<Candidate>> chosen = choices.stream().collect(Collectors.groupingBy(Choice::seat,
        Collectors.mapping(Choice::candidate, Collectors.toList())));
    List<Assignment> assignments = new ArrayList<>();
    List<UnfilledSlot> unfilled = new ArrayList<>();
    long medium = 0;
    for (int i = 0; i < seats.size(); i++) {
      SeatEntry entry = seats.get(i);
      Demand demand = entry.demand();
      int slot = 0;
      for (String expertId : entry.pinned()) {
        OptionalDouble relevance = entry.candidates().stream().filter(c -> c.expertId().equals(expertId))
            .mapToDouble(Candidate::relevance).findFirst();
        double km = Geo.haversineKm(experts.get(expertId).location(), demand.location());
        assignments.add(new Assignment(demand.id(), entry.seat(), slot++, expertId, relevance, km, true, List.of()));
      }
      List<Candidate> picked = chosen.getOrDefault(i, List.of());
      if (picked.size() > entry.freeSlots()) {
        throw new IllegalArgumentException(picked.size() + " experts for " + entry.freeSlots() + " free slots of "
            + demand.id() + "/" + entry.seat());
      }
      for (Candidate candidate : picked) {
        assignments.add(new Assignment(demand.id(), entry.seat(), slot++, candidate.expertId(),
            OptionalDouble.of(candidate.relevance()), candidate.distanceKm(), false, List.of()));
      }
      for (; slot < demand.seats().get(entry.seat()).count(); slot++) {
        unfilled.add(new UnfilledSlot(demand.id(), entry.seat(), slot, why, why));
        medium -= entry.cost();
      }
    }
    return new Plan(new PlanScore(0, medium, 0), assignments, unfilled, PlanChecker.metrics(problem, assignments));
  }
}
