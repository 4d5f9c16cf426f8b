package org.talentmatch.core.solver;

import com.google.common.collect.Lists;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;
import org.talentmatch.core.solver.domain.ExpertFact;
import org.talentmatch.core.solver.domain.MatchingSolution;
import org.talentmatch.core.solver.domain.SeatSlot;

/**
 * Fills empty slots along augmenting paths, which change and swap moves rarely find: expert
 * {@code e1} moves from slot {@code t1} into the empty slot {@code s}, {@code e2} moves from
 * {@code t2} into {@code t1}, and so on until a slot is refilled by an expert free to take it. Each
 * expert on a path changes one slot, so every hard rule (4–6: dates, cap, one slot per demand) is
 * checked on that expert alone. A breadth-first search from each empty slot, costliest first, finds
 * the shortest such path over the slots' candidate lists; pinned slots never move.
 *
 * <p>Where no path refills every slot, the search settles for one that ends by leaving a cheaper
 * slot empty. A path is kept only if the score calculated by OptaPlanner improves, so soft goals and
 * any rule this search does not model are never traded for nothing. On a solution without filled
 * slots the first step of every search is a direct fill, so this also serves as a fast greedy
 * construction: slots in decreasing {@link SeatSlot.Difficulty}, each taking its most relevant free
 * candidate or a path.
 *
 * <p>Deterministic: slots, candidates and held slots are visited in list order.
 */
public final class CoverageRepair implements CustomPhaseCommand<MatchingSolution> {
  private static final String VARIABLE = "expert";
  /** Slots a search may visit from one empty slot: bounds the work on a hopeless slot. */
  private static final int MAX_VISITED_SLOTS = 2_000;

  @Override
  public void changeWorkingSolution(ScoreDirector<MatchingSolution> scoreDirector) {
    InnerScoreDirector<MatchingSolution, HardMediumSoftLongScore> director = inner(scoreDirector);
    List<SeatSlot> slots = director.getWorkingSolution().slots();
    Holdings holdings = new Holdings(slots);
    List<SeatSlot> empty = fillableEmpty(slots);
    empty.sort(Comparator.comparingInt(SeatSlot::unfilledCost).reversed()
        .thenComparing(new SeatSlot.Difficulty().reversed()));
    HardMediumSoftLongScore score = director.calculateScore();
    for (SeatSlot slot : empty) {
      if (slot.isFilled()) {
        continue;
      }
      Optional<List<Step>> path = holdings.augmentingPath(slot);
      if (path.isEmpty()) {
        continue;
      }
      apply(director, holdings, path.get(), false);
      HardMediumSoftLongScore changed = director.calculateScore();
      if (changed.compareTo(score) > 0) {
        score = changed;
      } else {
        apply(director, holdings, path.get(), true);
        director.calculateScore();
      }
    }
  }

  /** Applies a path's steps (each: an expert into a slot, leaving another), or takes them back. */
  private static void apply(InnerScoreDirector<MatchingSolution, ?> director, Holdings holdings, List<Step> path,
      boolean undo) {
    for (Step step : undo ? Lists.reverse(path) : path) {
      ExpertFact expert = step.expert();
      SeatSlot into = undo ? step.left().orElse(null) : step.into();
      SeatSlot from = undo ? step.into() : step.left().orElse(null);
      // Leave first, so that each slot holds at most one expert at all times.
      if (from != null && from.expert() == expert) {
        set(director, from, null);
        holdings.release(expert, from);
      }
      if (into != null) {
        if (into.expert() != null) {
          holdings.release(into.expert(), into);
        }
        set(director, into, expert);
        holdings.hold(expert, into);
      }
    }
  }

  /** The custom phases' view of OptaPlanner's score director: they calculate scores themselves. */
  @SuppressWarnings("unchecked")
  static InnerScoreDirector<MatchingSolution, HardMediumSoftLongScore> inner(
      ScoreDirector<MatchingSolution> scoreDirector) {
    return (InnerScoreDirector<MatchingSolution, HardMediumSoftLongScore>) scoreDirector;
  }

  /** The empty slots a construction or repair may fill: not pinned, with some candidate; a mutable list. */
  static List<SeatSlot> fillableEmpty(List<SeatSlot> slots) {
    return new ArrayList<>(slots.stream()
        .filter(slot -> !slot.isFilled() && !slot.isPinned() && !slot.candidates().isEmpty())
        .toList());
  }

  /** Sets a slot's expert (or empties it) through the score director, which then updates the score. */
  static void set(InnerScoreDirector<MatchingSolution, ?> director, SeatSlot slot, ExpertFact expert) {
    director.beforeVariableChanged(slot, VARIABLE);
    slot.setExpert(expert);
    director.afterVariableChanged(slot, VARIABLE);
  }

  /**
   * One move of a path: {@code expert} takes {@code into}, leaving {@code left} if present. Steps are
   * ordered from the empty slot onward; the last one either leaves nothing or leaves a slot empty.
   */
  record Step(ExpertFact expert, SeatSlot into, Optional<SeatSlot> left) {}

  /** The slots each expert holds, kept in step with the working solution. */
  static final class Holdings {
    private final Map<ExpertFact, List<SeatSlot>> held = new HashMap<>();

    Holdings(List<SeatSlot> slots) {
      for (SeatSlot slot : slots) {
        if (slot.isFilled()) {
          hold(slot.expert(), slot);
        }
      }
    }

    void hold(ExpertFact expert, SeatSlot slot) {
      held.computeIfAbsent(expert, e -> new ArrayList<>(expert.cap())).add(slot);
    }

    /** How many slots {@code expert} holds. */
    int count(ExpertFact expert) {
      return held.getOrDefault(expert, List.of()).size();
    }

    void release(ExpertFact expert, SeatSlot slot) {
      List<SeatSlot> slots = held.get(expert);
      slots.remove(slot);
    }

    /**
     * Whether {@code expert} may hold {@code slot} once it gives up {@code leaving} (null: nothing):
     * within its cap, on no other slot of that demand, on no overlapping dates of another demand.
     */
    boolean allows(ExpertFact expert, SeatSlot slot, SeatSlot leaving) {
      List<SeatSlot> slots = held.getOrDefault(expert, List.of());
      int count = slots.size() - (leaving != null ? 1 : 0);
      if (count >= expert.cap()) {
        return false;
      }
      for (SeatSlot other : slots) {
        if (other == leaving) {
          continue;
        }
        if (other.demandId().equals(slot.demandId())) {
          return false;
        }
        if (other.startDay() <= slot.endDay() && slot.startDay() <= other.endDay()) {
          return false;
        }
      }
      return true;
    }

    /**
     * The shortest path that fills {@code empty}, or else the one that leaves the cheapest slot empty
     * for it, if that is cheaper than {@code empty} itself.
     */
    Optional<List<Step>> augmentingPath(SeatSlot empty) {
      Map<SeatSlot, Step> reachedBy = new IdentityHashMap<>();
      // An expert joins at most one path step (globally, which is conservative): its one change is then
      // checked against its current slots alone.
      Set<ExpertFact> usedExperts = new HashSet<>();
      ArrayDeque<SeatSlot> queue = new ArrayDeque<>();
      queue.add(empty);
      reachedBy.put(empty, null);
      SeatSlot cheapestEnd = null;
      while (!queue.isEmpty() && reachedBy.size() < MAX_VISITED_SLOTS) {
        SeatSlot open = queue.poll();
        for (ExpertFact candidate : open.candidates()) {
          if (candidate == open.expert() || usedExperts.contains(candidate)) {
            continue;
          }
          if (allows(candidate, open, null)) {
            return Optional.of(path(reachedBy, new Step(candidate, open, Optional.empty())));
          }
          for (SeatSlot held : this.held.getOrDefault(candidate, List.of())) {
            if (held.isPinned() || reachedBy.containsKey(held) || !allows(candidate, open, held)) {
              continue;
            }
            usedExperts.add(candidate);
            reachedBy.put(held, new Step(candidate, open, Optional.of(held)));
            queue.add(held);
            if (held.unfilledCost() < empty.unfilledCost()
                && (cheapestEnd == null || held.unfilledCost() < cheapestEnd.unfilledCost())) {
              cheapestEnd = held;
            }
          }
        }
      }
      return cheapestEnd == null ? Optional.empty() : Optional.of(pathTo(reachedBy, cheapestEnd));
    }

    /** The steps from the empty slot to {@code last}, which leaves nothing empty. */
    private static List<Step> path(Map<SeatSlot, Step> reachedBy, Step last) {
      List<Step> steps = pathTo(reachedBy, last.into());
      steps.add(last);
      return steps;
    }

    /** The steps that lead from the empty slot (which no step reaches) to {@code end}. */
    private static List<Step> pathTo(Map<SeatSlot, Step> reachedBy, SeatSlot end) {
      List<Step> steps = new ArrayList<>();
      for (Step step = reachedBy.get(end); step != null; step = reachedBy.get(step.into())) {
        steps.add(step);
      }
      Collections.reverse(steps);
      return steps;
    }
  }
}
