package org.talentmatch.benchmarks.solver;

import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.heuristic.selector.common.decorator.SelectionFilter;
import org.optaplanner.core.impl.heuristic.selector.move.generic.ChangeMove;
import org.talentmatch.core.solver.domain.MatchingSolution;

/**
 * Filtered selection: skips change moves that empty a slot. Emptying a slot costs coverage (medium
 * score), which dominates every soft goal, so such moves are almost never accepted; filtering them
 * spends the evaluations on moves that can improve the plan. A hard conflict can still be resolved by
 * changing to another expert or by a swap.
 */
public final class KeepFilledSlotsFilled implements SelectionFilter<MatchingSolution, ChangeMove<MatchingSolution>> {
  @Override
  public boolean accept(ScoreDirector<MatchingSolution> scoreDirector, ChangeMove<MatchingSolution> move) {
    return move.getToPlanningValue() != null;
  }
}
