package org.talentmatch.core.solver;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class PlanSolverProperties {
  private static final PlanSolver SOLVER = new PlanSolver();

  @Property(tries = 12)
  void plansNeverBreakRulesFourToSixAndKeepPins(@ForAll @LongRange(min = 0, max = 1_000_000) long seed,
      @ForAll @IntRange(min = 3, max = 25) int experts, @ForAll @IntRange(min = 1, max = 15) int demands) {
    ProblemFixtures.Case random = ProblemFixtures.randomCase(seed, experts, demands);

    SolverOutcome outcome = SOLVER.solve(random.problem(), random.candidates(), ProblemFixtures.quickOptions(seed));

    assertThat(PlanChecks.violations(random.problem(), outcome.assignments())).isEmpty();
    assertThat(outcome.score().hard()).isZero();
    assertThat(outcome.assignments().size() + outcome.unfilled().size()).isEqualTo(random.problem().slotCount());
    long coverageCost = outcome.unfilled().stream().mapToLong(ref -> random.problem().demands().stream()
        .filter(d -> d.id().equals(ref.demandId())).findFirst().orElseThrow().unfilledCost(ref.seat())).sum();
    assertThat(outcome.score().medium()).isEqualTo(-coverageCost);
  }
}
