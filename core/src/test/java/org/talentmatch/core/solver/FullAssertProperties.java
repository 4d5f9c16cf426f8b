package org.talentmatch.core.solver;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.talentmatch.core.solver.domain.MatchingSolution;

/**
 * The default phases in {@link EnvironmentMode#FULL_ASSERT}: after every move OptaPlanner recalculates
 * the score from scratch and compares it with the incremental one, so a constraint stream whose
 * incremental updates drift (a shared join, a filter on a pair) fails here; the solution cloner is
 * exercised at every new best.
 */
class FullAssertProperties {

  @Property(tries = 6)
  void incrementalScoreMatchesScratchCalculation(@ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
    ScoreFixtures.Scored random = ScoreFixtures.randomPlan(seed, 25, 30);
    MatchingSolution start = new PlanSolver().startingSolution(random.problem(), random.candidates());

    MatchingSolution best = SolverFactory.<MatchingSolution>create(PlanSolver.defaultSolverConfig()
            .withEnvironmentMode(EnvironmentMode.FULL_ASSERT)
            .withRandomSeed(seed)
            .withTerminationConfig(new TerminationConfig().withScoreCalculationCountLimit(3_000L)))
        .buildSolver().solve(start);

    assertThat(best.score().getHardScore()).isZero();
  }
}
