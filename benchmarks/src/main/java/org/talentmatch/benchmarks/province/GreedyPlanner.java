package org.talentmatch.benchmarks.province;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.talentmatch.api.model.DateRange;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.Problem;
import org.talentmatch.api.model.SeatRole;
import org.talentmatch.api.plan.Plan;
import org.talentmatch.api.search.Candidate;
import org.talentmatch.core.search.CandidateTable;

/**
 * What a portal without an optimiser does: pins first, then demands in priority order (priority ×
 * priority area, highest first; ties by id), LEAD seats before members, and each slot takes the most
 * relevant candidate of the shared list that every hard rule still allows: the expert's cap, no
 * overlapping dates (boundary days included), one slot per demand. It never revisits a choice.
 */
public final class GreedyPlanner {
  static final String UNFILLED = "贪心分配：无可用候选人 / greedy: no candidate left that the hard rules allow";

  private GreedyPlanner() {}

  /** The greedy plan of a validated problem over the candidates every method shares. */
  public static Plan plan(Problem problem, CandidateTable candidates) {
    SlotModel model = SlotModel.of(problem, candidates);
    Experts taken = new Experts(model);
    problem.pinned().stream().distinct().forEach(pin -> taken.hold(pin.expertId(), model.demand(pin.demandId())));

    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < model.seats().size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.<Integer>comparingInt(i -> -demandRank(model.seats().get(i).demand()))
        .thenComparing(i -> model.seats().get(i).demand().id())
        .thenComparing(i -> model.seats().get(i).demand().seats().get(model.seats().get(i).seat()).role() != SeatRole.LEAD)
        .thenComparingInt(i -> model.seats().get(i).seat()));

    List<SlotModel.Choice> chosen = new ArrayList<>();
    for (int i : order) {
      SlotModel.SeatEntry entry = model.seats().get(i);
      int picked = 0;
      for (Candidate candidate : entry.candidates()) {
        if (picked == entry.freeSlots()) {
          break;
        }
        if (taken.allows(candidate.expertId(), entry.demand())) {
          taken.hold(candidate.expertId(), entry.demand());
          chosen.add(new SlotModel.Choice(i, candidate));
          picked++;
        }
      }
    }
    return model.toPlan(chosen, UNFILLED);
  }

  private static int demandRank(Demand demand) {
    return demand.priority() * (demand.priorityArea() ? 2 : 1);
  }

  /** What each expert already holds: count, dates and demands. */
  private static final class Experts {
    private final SlotModel model;
    private final Map<String, List<DateRange>> dates = new HashMap<>();
    private final Map<String, Set<String>> demands = new HashMap<>();

    Experts(SlotModel model) {
      this.model = model;
    }

    boolean allows(String expertId, Demand demand) {
      Set<String> held = demands.getOrDefault(expertId, Set.of());
      if (held.contains(demand.id())) {
        return false;
      }
      if (held.size() >= model.cap(expertId)) {
        return false;
      }
      return dates.getOrDefault(expertId, List.of()).stream().noneMatch(d -> d.overlaps(demand.dates()));
    }

    void hold(String expertId, Demand demand) {
      dates.computeIfAbsent(expertId, id -> new ArrayList<>()).add(demand.dates());
      demands.computeIfAbsent(expertId, id -> new HashSet<>()).add(demand.id());
    }
  }
}
