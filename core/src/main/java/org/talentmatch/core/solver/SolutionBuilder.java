package org.talentmatch.core.solver;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.Expert;
import org.talentmatch.api.model.HistoryEntry;
import org.talentmatch.api.model.Pin;
import org.talentmatch.api.model.Problem;
import org.talentmatch.api.model.Seat;
import org.talentmatch.api.plan.Assignment;
import org.talentmatch.api.plan.SlotRef;
import org.talentmatch.api.search.Candidate;
import org.talentmatch.core.rules.Geo;
import org.talentmatch.core.search.CandidateTable;
import org.talentmatch.core.solver.domain.CandidateFit;
import org.talentmatch.core.solver.domain.DemandFacts;
import org.talentmatch.core.solver.domain.ExpertFact;
import org.talentmatch.core.solver.domain.MatchingConstraintConfiguration;
import org.talentmatch.core.solver.domain.MatchingSolution;
import org.talentmatch.core.solver.domain.PastService;
import org.talentmatch.core.solver.domain.SeatSlot;

/**
 * Turns a problem and its candidate table into the planning model: one slot per position of each
 * seat, whose value range is the seat's candidate list. An expert placed on a slot from outside that
 * list (a pin, or a plan being explained) joins that slot's value range with an unknown relevance.
 */
final class SolutionBuilder {
  private final Problem problem;
  private final CandidateTable candidates;
  private final MatchingConstraintConfiguration configuration;
  private final Map<String, Expert> expertsById;
  private final Map<String, Demand> demandsById;
  private final Map<String, ExpertFact> factsById;

  SolutionBuilder(Problem problem, CandidateTable candidates, MatchingConstraintConfiguration configuration) {
    this(problem, candidates, configuration, List.of());
  }

  /**
   * @param known expert facts to reuse by id instead of new ones (a planning session's working
   *     solution must see one instance per expert: some moves compare experts by identity)
   */
  SolutionBuilder(Problem problem, CandidateTable candidates, MatchingConstraintConfiguration configuration,
      List<ExpertFact> known) {
    this.problem = problem;
    this.candidates = candidates;
    this.configuration = configuration;
    this.expertsById = problem.experts().stream()
        .collect(Collectors.toMap(Expert::id, e -> e, (a, b) -> a, LinkedHashMap::new));
    this.demandsById = problem.demands().stream().collect(Collectors.toMap(Demand::id, d -> d, (a, b) -> a));
    Map<String, List<PastService>> history = problem.history().stream().collect(Collectors.groupingBy(
        HistoryEntry::expertId, Collectors.mapping(SolutionBuilder::pastService, Collectors.toList())));
    this.factsById = new LinkedHashMap<>();
    Map<String, ExpertFact> knownById = known.stream().collect(Collectors.toMap(ExpertFact::id, f -> f));
    for (Expert expert : expertsById.values()) {
      ExpertFact reused = knownById.get(expert.id());
      if (reused != null) {
        factsById.put(expert.id(), reused);
        continue;
      }
      factsById.put(expert.id(), new ExpertFact(expert.id(), expert.capUnder(problem.policy()),
          problem.policy().cooldownDays(), expert.huicaiCard(), history.getOrDefault(expert.id(), List.of())));
    }
  }

  /** The problem to solve: pinned experts take the first slots of their seats, pinned. */
  MatchingSolution withPins() {
    Map<SlotRef, String> pinned = new HashMap<>();
    Map<SlotRef, Boolean> pinFlags = new HashMap<>();
    Map<String, Integer> nextSlotOfSeat = new HashMap<>();
    for (Pin pin : problem.pinned()) {
      Seat seat = seatOf(pin.demandId(), pin.seat());
      int slot = nextSlotOfSeat.merge(pin.demandId() + "/" + pin.seat(), 1, Integer::sum) - 1;
      checkArgument(slot < seat.count(), "more pins than slots on seat %s/%s", pin.demandId(), pin.seat());
      SlotRef ref = new SlotRef(pin.demandId(), pin.seat(), slot);
      pinned.put(ref, pin.expertId());
      pinFlags.put(ref, true);
    }
    return build(pinned, pinFlags);
  }

  /**
   * Re-planning: pins placed as {@link #withPins}, then every other assignment of the previous plan
   * started on its own slot (on the seat's first free slot when a pin took that one) and remembered as
   * the slot's previous expert. An assignment whose expert is no longer a candidate of its seat
   * (declined, now unavailable, out of reach after a move, its demand cancelled) is left out: the
   * solver fills that slot anew.
   */
  MatchingSolution withPrevious(List<Assignment> previous) {
    MatchingSolution solution = withPins();
    Map<SlotRef, SeatSlot> slotsByRef = new HashMap<>();
    Set<String> pinnedInDemand = new HashSet<>();
    for (SeatSlot slot : solution.slots()) {
      slotsByRef.put(slot.ref(), slot);
      if (slot.isPinned()) {
        pinnedInDemand.add(slot.demandId() + "/" + slot.expert().id());
      }
    }
    List<Assignment> displaced = new ArrayList<>();
    for (Assignment assignment : previous) {
      SeatSlot slot = slotsByRef.get(assignment.slotRef());
      ExpertFact expert = factsById.get(assignment.expertId());
      if (slot == null || expert == null || !slot.candidates().contains(expert)
          || pinnedInDemand.contains(assignment.demandId() + "/" + assignment.expertId())) {
        continue;
      }
      if (slot.isFilled()) {
        displaced.add(assignment);
      } else {
        slot.startFromPrevious(expert);
      }
    }
    for (Assignment assignment : displaced) {
      ExpertFact expert = factsById.get(assignment.expertId());
      for (int slotIndex = 0; slotIndex < seatOf(assignment.demandId(), assignment.seat()).count(); slotIndex++) {
        SeatSlot slot = slotsByRef.get(new SlotRef(assignment.demandId(), assignment.seat(), slotIndex));
        if (!slot.isFilled()) {
          slot.startFromPrevious(expert);
          break;
        }
      }
    }
    return solution;
  }

  /**
   * Planning sessions: confirmed experts pinned on the very slots they hold (a session knows where
   * each confirmed arrangement sits, so it need not be moved to the seat's first slot), the rest empty.
   */
  MatchingSolution withPinnedSlots(Map<SlotRef, String> pinnedSlots) {
    Map<SlotRef, Boolean> pinFlags = new HashMap<>();
    pinnedSlots.forEach((ref, expertId) -> {
      checkArgument(ref.slot() < seatOf(ref.demandId(), ref.seat()).count(), "no slot %s in the problem", ref);
      pinFlags.put(ref, true);
    });
    return build(pinnedSlots, pinFlags);
  }

  /** A plan's assignments placed on their slots, to explain them. */
  MatchingSolution withAssignments(List<Assignment> assignments) {
    Map<SlotRef, String> placed = new HashMap<>();
    Map<SlotRef, Boolean> pinFlags = new HashMap<>();
    for (Assignment assignment : assignments) {
      SlotRef ref = assignment.slotRef();
      checkArgument(ref.slot() < seatOf(ref.demandId(), ref.seat()).count(), "no slot %s in the problem", ref);
      checkArgument(placed.put(ref, assignment.expertId()) == null, "slot %s is assigned twice", ref);
      pinFlags.put(ref, assignment.pinned());
    }
    return build(placed, pinFlags);
  }

  private MatchingSolution build(Map<SlotRef, String> placed, Map<SlotRef, Boolean> pinFlags) {
    List<SeatSlot> slots = new ArrayList<>(problem.slotCount());
    for (int order = 0; order < problem.demands().size(); order++) {
      Demand demand = problem.demands().get(order);
      DemandFacts facts = demandFacts(demand, order);
      for (int seatIndex = 0; seatIndex < demand.seats().size(); seatIndex++) {
        Map<ExpertFact, CandidateFit> listed = listedFits(demand, seatIndex);
        Seat seat = demand.seats().get(seatIndex);
        for (int slotIndex = 0; slotIndex < seat.count(); slotIndex++) {
          SlotRef ref = new SlotRef(demand.id(), seatIndex, slotIndex);
          String expertId = placed.get(ref);
          Map<ExpertFact, CandidateFit> fits = listed;
          if (expertId != null && !listed.containsKey(fact(expertId))) {
            fits = new LinkedHashMap<>(listed);
            fits.put(fact(expertId), new CandidateFit(OptionalDouble.empty(), distanceKm(expertId, demand), List.of()));
          }
          SeatSlot slot = new SeatSlot(ref, facts, seat.role(), demand.unfilledCost(seatIndex),
              List.copyOf(fits.keySet()), fits);
          if (expertId != null) {
            if (pinFlags.get(ref)) {
              slot.pin(fact(expertId));
            } else {
              slot.setExpert(fact(expertId));
            }
          }
          slots.add(slot);
        }
      }
    }
    return new MatchingSolution(List.copyOf(factsById.values()), slots, configuration);
  }

  /** The seat's candidates in rank order, first occurrence of an expert kept. */
  private Map<ExpertFact, CandidateFit> listedFits(Demand demand, int seatIndex) {
    Map<ExpertFact, CandidateFit> fits = new LinkedHashMap<>();
    for (Candidate candidate : candidates.candidates(demand.id(), seatIndex)) {
      fits.putIfAbsent(fact(candidate.expertId()), new CandidateFit(OptionalDouble.of(candidate.relevance()),
          distanceKm(candidate.expertId(), demand), candidate.reasons()));
    }
    return fits;
  }

  private ExpertFact fact(String expertId) {
    ExpertFact fact = factsById.get(expertId);
    checkArgument(fact != null, "expert %s is not in the problem", expertId);
    return fact;
  }

  private double distanceKm(String expertId, Demand demand) {
    return Geo.haversineKm(expertsById.get(expertId).location(), demand.location());
  }

  private Seat seatOf(String demandId, int seatIndex) {
    Demand demand = demandsById.get(demandId);
    checkArgument(demand != null, "demand %s is not in the problem", demandId);
    checkArgument(seatIndex < demand.seats().size(), "demand %s has no seat %s", demandId, seatIndex);
    return demand.seats().get(seatIndex);
  }

  private static DemandFacts demandFacts(Demand demand, int order) {
    return new DemandFacts(demand.id(), order, demand.program(), epochDay(demand.dates().start()),
        epochDay(demand.dates().end()), demand.priority(), demand.priorityArea(), demand.location().region(),
        demand.hostUnit().name());
  }

  private static PastService pastService(HistoryEntry entry) {
    return new PastService(entry.hostUnit(), epochDay(entry.dates().start()), epochDay(entry.dates().end()));
  }

  private static long epochDay(LocalDate day) {
    return day.toEpochDay();
  }
}
