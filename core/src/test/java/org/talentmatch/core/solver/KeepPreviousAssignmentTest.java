package org.talentmatch.core.solver;

import static org.talentmatch.core.solver.ModelFixtures.demand;
import static org.talentmatch.core.solver.ModelFixtures.expert;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;
import org.talentmatch.api.model.SeatRole;
import org.talentmatch.api.plan.SlotRef;
import org.talentmatch.core.solver.domain.CandidateFit;
import org.talentmatch.core.solver.domain.DemandFacts;
import org.talentmatch.core.solver.domain.ExpertFact;
import org.talentmatch.core.solver.domain.MatchingConstraintConfiguration;
import org.talentmatch.core.solver.domain.MatchingSolution;
import org.talentmatch.core.solver.domain.SeatSlot;

class KeepPreviousAssignmentTest {
  private final ConstraintVerifier<MatchingConstraints, MatchingSolution> verifier =
      ConstraintVerifier.build(new MatchingConstraints(), MatchingSolution.class, SeatSlot.class);
  private final ExpertFact wang = expert("E1");
  private final ExpertFact li = expert("E2");
  private final DemandFacts demand = demand("D1", 0, 2);

  @Test
  void slotStillHeldByItsPreviousExpertCostsNothing() {
    verifier.verifyThat(MatchingConstraints::keepPreviousAssignment)
        .given(startedFrom(wang, 0))
        .penalizesBy(0);
  }

  @Test
  void slotHandedToAnotherExpertOrLeftEmptyCostsOneMoveEach() {
    SeatSlot replaced = startedFrom(wang, 0);
    replaced.setExpert(li);
    SeatSlot emptied = startedFrom(li, 1);
    emptied.setExpert(null);

    verifier.verifyThat(MatchingConstraints::keepPreviousAssignment)
        .given(replaced, emptied)
        .penalizesBy(2);
  }

  @Test
  void slotWithoutPreviousExpertCostsNothingWhateverItHolds() {
    verifier.verifyThat(MatchingConstraints::keepPreviousAssignment)
        .given(ModelFixtures.slot(demand, 0, li), ModelFixtures.slot(demand, 1, null))
        .penalizesBy(0);
  }

  @Test
  void theDefaultWeightPricesAMoveAboveAWholeSlotOfRelevance() {
    SeatSlot replaced = startedFrom(wang, 0);
    replaced.setExpert(li);
    MatchingWeights w = MatchingWeights.defaults();
    MatchingSolution solution = new MatchingSolution(List.of(wang, li), List.of(replaced),
        new MatchingConstraintConfiguration(0, 0, 0, 0, 0, 0, 0, 0, w.keepPreviousAssignment()));

    verifier.verifyThat()
        .givenSolution(solution)
        .scores(HardMediumSoftLongScore.ofSoft(-w.keepPreviousAssignment()));
    org.assertj.core.api.Assertions.assertThat(w.keepPreviousAssignment())
        .isGreaterThanOrEqualTo(1000 * w.skillRelevance());
  }

  /** A slot whose candidates are both experts, started from {@code previous} as re-planning does. */
  private SeatSlot startedFrom(ExpertFact previous, int slotIndex) {
    Map<ExpertFact, CandidateFit> fits = Map.of(
        wang, new CandidateFit(OptionalDouble.of(0.9), 10, List.of()),
        li, new CandidateFit(OptionalDouble.of(0.8), 10, List.of()));
    SeatSlot slot = new SeatSlot(new SlotRef(demand.id(), 0, slotIndex), demand, SeatRole.MEMBER, 3,
        List.of(wang, li), fits);
    slot.startFromPrevious(previous);
    return slot;
  }
}
