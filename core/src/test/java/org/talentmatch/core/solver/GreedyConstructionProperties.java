package org.talentmatch.core.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.talentmatch.api.plan.SlotRef;
import org.talentmatch.core.solver.domain.ExpertFact;
import org.talentmatch.core.solver.domain.MatchingSolution;
import org.talentmatch.core.solver.domain.SeatSlot;

class GreedyConstructionProperties {

  @Property(tries = 25)
  void buildsAFeasiblePlanKeepsPinsAndLeavesASlotEmptyOnlyWhenNoCandidateIsFree(
      @ForAll @LongRange(min = 0, max = 1_000_000) long seed,
      @ForAll @IntRange(min = 3, max = 25) int experts, @ForAll @IntRange(min = 1, max = 20) int demands) {
    ProblemFixtures.Case random = ProblemFixtures.randomCase(seed, experts, demands);
    MatchingSolution start = new PlanSolver().startingSolution(random.problem(), random.candidates());
    Map<SlotRef, ExpertFact> pins = new HashMap<>();
    start.slots().stream().filter(SeatSlot::isPinned).forEach(slot -> pins.put(slot.ref(), slot.expert()));

    MatchingSolution built = SolverFactory.<MatchingSolution>create(PlanSolver.defaultSolverConfig()
            .withPhases(new CustomPhaseConfig().withCustomPhaseCommandClassList(List.of(GreedyConstruction.class))))
        .buildSolver()
        .solve(start);

    assertThat(built.score().hardScore()).isZero();
    CoverageRepair.Holdings holdings = new CoverageRepair.Holdings(built.slots());
    for (SeatSlot slot : built.slots()) {
      if (pins.containsKey(slot.ref())) {
        assertThat(slot.expert()).isEqualTo(pins.get(slot.ref()));
      }
      if (!slot.isFilled()) {
        assertThat(slot.candidates()).noneMatch(candidate -> holdings.allows(candidate, slot, null));
      }
    }
  }

  @Example
  void refusesToWeighNoCandidate() {
    assertThatThrownBy(() -> new GreedyConstruction().setCandidatesWeighed(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("candidatesWeighed");
  }
}
