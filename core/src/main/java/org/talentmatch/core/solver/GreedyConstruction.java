package org.talentmatch.core.solver;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;
import org.talentmatch.core.solver.domain.ExpertFact;
import org.talentmatch.core.solver.domain.MatchingConstraintConfiguration;
import org.talentmatch.core.solver.domain.MatchingSolution;
import org.talentmatch.core.solver.domain.SeatSlot;

/**
 * The construction: empty slots in decreasing {@link SeatSlot.Difficulty} (fewest candidates first),
 * each given the best by score of the candidates that rules 4–6 allow next to what the expert already
 * holds ({@link CoverageRepair.Holdings}); a slot none of whose candidates is free stays empty for
 * {@link CoverageRepair}. Every step keeps the plan feasible, so the first feasible plan is there as
 * soon as this phase ends.
 *
 * <p>It chooses as OptaPlanner's first fit decreasing does (same order, same score), but weighs only
 * free candidates: the decreasing fit also tries every busy one, each a hard violation, and ends with
 * slots empty that a free candidate could have taken. At province scale (15,000 slots, about 100
 * candidates each; {@code SolverLab}, shared 2-core machine) it reached the same soft score with the
 * coverage of the repair in 6.4 s where first fit decreasing and repair took 7.4 s. Weighing fewer
 * candidates ({@link #setCandidatesWeighed}, the most valuable by relevance and travel first) is faster
 * but local search does not win back the difference: 16 gave a feasible plan in 3.9 s and a soft score
 * 1.7% lower after 30 s, 8 gave 1.3 s and 3.2% lower.
 *
 * <p>A candidate whose {@link SoftGainBound} cannot beat the best score found for the slot is passed
 * over without the score director: the same plan, with 27,879 candidates scored (plus one score of
 * each slot left empty) instead of 1,403,955 at province scale, in 1.0 s instead of 3.9 s ({@code
 * SolverLab --size province}, 2-core machine).
 */
public final class GreedyConstruction implements CustomPhaseCommand<MatchingSolution> {
  /** Free candidates weighed by score per slot, most valuable first; every free one by default. */
  private int candidatesWeighed = Integer.MAX_VALUE;
  /** Whether a candidate whose bound cannot beat the slot's best so far is passed over unscored. */
  private final boolean passesOverByBound;

  /** The construction OptaPlanner's custom phase runs. */
  public GreedyConstruction() {
    this(true);
  }

  private GreedyConstruction(boolean passesOverByBound) {
    this.passesOverByBound = passesOverByBound;
  }

  /** The same construction asking the score director about every candidate: the plan passing over must keep. */
  static GreedyConstruction scoringEveryCandidate() {
    return new GreedyConstruction(false);
  }

  /**
   * OptaPlanner's custom property {@code candidatesWeighed}: fewer is faster and leaves more for local
   * search to improve.
   */
  public void setCandidatesWeighed(int candidatesWeighed) {
    checkArgument(candidatesWeighed >= 1, "candidatesWeighed must be >= 1: %s", candidatesWeighed);
    this.candidatesWeighed = candidatesWeighed;
  }

  @Override
  public void changeWorkingSolution(ScoreDirector<MatchingSolution> scoreDirector) {
    InnerScoreDirector<MatchingSolution, HardMediumSoftLongScore> director = CoverageRepair.inner(scoreDirector);
    List<SeatSlot> slots = director.getWorkingSolution().slots();
    MatchingConstraintConfiguration configuration = director.getWorkingSolution().configuration();
    CoverageRepair.Holdings holdings = new CoverageRepair.Holdings(slots);
    SoftGainBound bound = new SoftGainBound(slots, holdings, configuration);
    List<SeatSlot> empty = CoverageRepair.fillableEmpty(slots);
    empty.sort(new SeatSlot.Difficulty().reversed());
    for (SeatSlot slot : empty) {
      long softWithSlotEmpty = director.calculateScore().softScore();
      ExpertFact best = null;
      HardMediumSoftLongScore bestScore = null;
      int weighed = 0;
      for (ExpertFact candidate : byValue(slot, configuration)) {
        if (weighed == candidatesWeighed) {
          break;
        }
        if (!holdings.allows(candidate, slot, null)) {
          continue;
        }
        weighed++;
        // Hard and medium are the same for every allowed candidate: only the soft score can beat the best.
        if (passesOverByBound && bestScore != null
            && softWithSlotEmpty + bound.of(slot, candidate) <= bestScore.softScore()) {
          continue;
        }
        CoverageRepair.set(director, slot, candidate);
        HardMediumSoftLongScore score = director.calculateScore();
        if (bestScore == null || score.compareTo(bestScore) > 0) {
          best = candidate;
          bestScore = score;
        }
        CoverageRepair.set(director, slot, null);
      }
      if (best != null) {
        CoverageRepair.set(director, slot, best);
        holdings.hold(best, slot);
        bound.fill(slot, best);
      }
    }
    director.calculateScore();
  }

  /** The slot's candidates, most {@link MatchingConstraintConfiguration#slotValue valuable} first. */
  private static List<ExpertFact> byValue(SeatSlot slot, MatchingConstraintConfiguration configuration) {
    List<ExpertFact> candidates = slot.candidates();
    long[] values = new long[candidates.size()];
    Integer[] order = new Integer[candidates.size()];
    for (int i = 0; i < values.length; i++) {
      values[i] = configuration.slotValue(slot.fitOf(candidates.get(i)));
      order[i] = i;
    }
    // Stable: candidates of equal value keep the candidate table's order.
    Arrays.sort(order, Comparator.comparingLong((Integer i) -> values[i]).reversed());
    List<ExpertFact> ordered = new ArrayList<>(values.length);
    for (Integer i : order) {
      ordered.add(candidates.get(i));
    }
    return ordered;
  }
}
