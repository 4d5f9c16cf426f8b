package org.talentmatch.core.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.talentmatch.core.solver.ModelFixtures.demand;
import static org.talentmatch.core.solver.ModelFixtures.expert;
import static org.talentmatch.core.solver.ModelFixtures.expertWithCap;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.talentmatch.api.model.SeatRole;
import org.talentmatch.api.plan.SlotRef;
import org.talentmatch.core.solver.domain.CandidateFit;
import org.talentmatch.core.solver.domain.DemandFacts;
import org.talentmatch.core.solver.domain.ExpertFact;
import org.talentmatch.core.solver.domain.MatchingConstraintConfiguration;
import org.talentmatch.core.solver.domain.MatchingSolution;
import org.talentmatch.core.solver.domain.SeatSlot;

class CoverageRepairTest {
  private static final MatchingConstraintConfiguration WEIGHTS =
      new MatchingConstraintConfiguration(1, 2, 1, 100, 10, 300, 200, 300);

  private final ExpertFact a = expert("A");
  private final ExpertFact b = expertWithCap("B", 1);
  private final ExpertFact c = expert("C");

  @Test
  void movesAnExpertToTheEmptySlotAndRefillsTheSlotItLeft() {
    // A alone can serve D1, but holds D2 on overlapping days; B can take D2.
    SeatSlot empty = slot(demand("D1", 0, 2), 12, a);
    SeatSlot held = slot(demand("D2", 1, 3), 3, a, b);
    held.setExpert(a);

    MatchingSolution repaired = repair(List.of(empty, held), a, b);

    assertThat(expertsOf(repaired)).containsExactly("A", "B");
    assertThat(repaired.score().hardScore()).isZero();
    assertThat(repaired.score().mediumScore()).isZero();
  }

  @Test
  void followsAThreeStepChain() {
    // A must leave D2 for D1; B (cap 1) must leave D3 for D2; C takes D3.
    SeatSlot empty = slot(demand("D1", 0, 2), 12, a);
    SeatSlot first = slot(demand("D2", 1, 3), 3, a, b);
    SeatSlot second = slot(demand("D3", 50, 52), 3, b, c);
    first.setExpert(a);
    second.setExpert(b);

    MatchingSolution repaired = repair(List.of(empty, first, second), a, b, c);

    assertThat(expertsOf(repaired)).containsExactly("A", "B", "C");
    assertThat(repaired.score().mediumScore()).isZero();
  }

  @Test
  void leavesACheaperSlotEmptyWhenNothingCanRefillIt() {
    SeatSlot empty = slot(demand("D1", 0, 2), 12, a);
    SeatSlot held = slot(demand("D2", 1, 3), 3, a);
    held.setExpert(a);

    MatchingSolution repaired = repair(List.of(empty, held), a);

    assertThat(expertsOf(repaired)).containsExactly("A", "∅");
    assertThat(repaired.score().mediumScore()).isEqualTo(-3);
  }

  @Test
  void neverMovesAPinnedExpert() {
    SeatSlot empty = slot(demand("D1", 0, 2), 12, a);
    SeatSlot pinned = slot(demand("D2", 1, 3), 3, a, b);
    pinned.pin(a);

    MatchingSolution repaired = repair(List.of(empty, pinned), a, b);

    assertThat(expertsOf(repaired)).containsExactly("∅", "A");
  }

  @Property(tries = 20)
  void keepsPinsAndHardRulesAndLeavesNoSlotADirectlyFreeCandidateCouldTake(
      @ForAll @LongRange(min = 0, max = 1_000_000) long seed,
      @ForAll @IntRange(min = 3, max = 25) int experts, @ForAll @IntRange(min = 1, max = 15) int demands) {
    ProblemFixtures.Case random = ProblemFixtures.randomCase(seed, experts, demands);
    MatchingSolution start = new PlanSolver().startingSolution(random.problem(), random.candidates());
    Map<SlotRef, ExpertFact> pins = new LinkedHashMap<>();
    start.slots().stream().filter(SeatSlot::isPinned).forEach(slot -> pins.put(slot.ref(), slot.expert()));

    MatchingSolution repaired = solveWithRepairOnly(start);

    assertThat(repaired.score().hardScore()).isZero();
    for (SeatSlot slot : repaired.slots()) {
      if (pins.containsKey(slot.ref())) {
        assertThat(slot.isPinned()).isTrue();
        assertThat(slot.expert()).isEqualTo(pins.get(slot.ref()));
      }
    }
    CoverageRepair.Holdings holdings = new CoverageRepair.Holdings(repaired.slots());
    for (SeatSlot slot : repaired.slots()) {
      if (!slot.isFilled()) {
        assertThat(slot.candidates()).noneMatch(candidate -> holdings.allows(candidate, slot, null));
      }
    }
  }

  private static MatchingSolution repair(List<SeatSlot> slots, ExpertFact... experts) {
    return solveWithRepairOnly(new MatchingSolution(List.of(experts), slots, WEIGHTS));
  }

  private static MatchingSolution solveWithRepairOnly(MatchingSolution start) {
    return SolverFactory.<MatchingSolution>create(PlanSolver.defaultSolverConfig()
            .withPhases(new CustomPhaseConfig().withCustomPhaseCommandClassList(List.of(CoverageRepair.class))))
        .buildSolver()
        .solve(start);
  }

  private static List<String> expertsOf(MatchingSolution solution) {
    return solution.slots().stream().map(slot -> slot.isFilled() ? slot.expert().id() : "∅").toList();
  }

  /** Slot 0 of seat 0 of {@code demand}, empty, whose candidates fit at relevance 0.8. */
  private static SeatSlot slot(DemandFacts demand, int unfilledCost, ExpertFact... candidates) {
    Map<ExpertFact, CandidateFit> fits = new LinkedHashMap<>();
    for (ExpertFact candidate : candidates) {
      fits.put(candidate, new CandidateFit(OptionalDouble.of(0.8), 10, List.of()));
    }
    return new SeatSlot(new SlotRef(demand.id(), 0, 0), demand, SeatRole.MEMBER, unfilledCost, List.of(candidates), fits);
  }
}
