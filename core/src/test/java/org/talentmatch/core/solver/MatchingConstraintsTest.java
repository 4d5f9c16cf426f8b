package org.talentmatch.core.solver;

import static org.talentmatch.core.solver.ModelFixtures.commissionerDemand;
import static org.talentmatch.core.solver.ModelFixtures.demand;
import static org.talentmatch.core.solver.ModelFixtures.demandIn;
import static org.talentmatch.core.solver.ModelFixtures.expert;
import static org.talentmatch.core.solver.ModelFixtures.expertWithCap;
import static org.talentmatch.core.solver.ModelFixtures.expertWithHistory;
import static org.talentmatch.core.solver.ModelFixtures.huicaiCardHolder;
import static org.talentmatch.core.solver.ModelFixtures.past;
import static org.talentmatch.core.solver.ModelFixtures.priorityAreaDemand;
import static org.talentmatch.core.solver.ModelFixtures.slot;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;
import org.talentmatch.core.solver.domain.DemandFacts;
import org.talentmatch.core.solver.domain.ExpertFact;
import org.talentmatch.core.solver.domain.MatchingConstraintConfiguration;
import org.talentmatch.core.solver.domain.MatchingSolution;
import org.talentmatch.core.solver.domain.SeatSlot;

class MatchingConstraintsTest {
  private final ConstraintVerifier<MatchingConstraints, MatchingSolution> verifier =
      ConstraintVerifier.build(new MatchingConstraints(), MatchingSolution.class, SeatSlot.class)
          .withConstraintStreamImplType(ConstraintStreamImplType.BAVET);

  private final ExpertFact wang = expert("E1");
  private final ExpertFact li = expert("E2");

  @Nested
  class ExpertDatesOverlap {
    @Test
    void penalizesSharedBoundaryDay() {
      verifier.verifyThat(MatchingConstraints::expertDatesOverlap)
          .given(slot(demand("D1", 0, 2), 0, wang), slot(demand("D2", 2, 4), 0, wang))
          .penalizesBy(1);
    }

    @Test
    void ignoresConsecutiveDatesAndOtherExperts() {
      verifier.verifyThat(MatchingConstraints::expertDatesOverlap)
          .given(slot(demand("D1", 0, 2), 0, wang), slot(demand("D2", 3, 4), 0, wang),
              slot(demand("D3", 0, 2), 0, li))
          .penalizesBy(0);
    }

    @Test
    void leavesTwoSlotsOfOneDemandToRuleSix() {
      DemandFacts demand = demand("D1", 0, 2);
      verifier.verifyThat(MatchingConstraints::expertDatesOverlap)
          .given(slot(demand, 0, wang), slot(demand, 1, wang))
          .penalizesBy(0);
    }
  }

  @Nested
  class ExpertHoldsTwoSlotsOfOneDemand {
    @Test
    void penalizesSameExpertTwiceInOneDemand() {
      DemandFacts demand = demand("D1", 0, 2);
      verifier.verifyThat(MatchingConstraints::expertHoldsTwoSlotsOfOneDemand)
          .given(slot(demand, 0, wang), slot(demand, 1, wang))
          .penalizesBy(1);
    }

    @Test
    void ignoresDifferentExpertsAndDemands() {
      DemandFacts demand = demand("D1", 0, 2);
      verifier.verifyThat(MatchingConstraints::expertHoldsTwoSlotsOfOneDemand)
          .given(slot(demand, 0, wang), slot(demand, 1, li), slot(demand("D2", 50, 52), 0, wang))
          .penalizesBy(0);
    }
  }

  @Nested
  class ExpertOverCap {
    @Test
    void penalizesEachAssignmentBeyondTheCap() {
      ExpertFact capped = expertWithCap("E9", 1);
      verifier.verifyThat(MatchingConstraints::expertOverCap)
          .given(slot(demand("D1", 0, 2), 0, capped), slot(demand("D2", 100, 102), 0, capped),
              slot(demand("D3", 200, 202), 0, capped))
          .penalizesBy(2);
    }

    @Test
    void acceptsAssignmentsUpToTheCap() {
      verifier.verifyThat(MatchingConstraints::expertOverCap)
          .given(slot(demand("D1", 0, 2), 0, wang), slot(demand("D2", 100, 102), 0, wang),
              slot(demand("D3", 200, 202), 0, wang))
          .penalizesBy(0);
    }
  }

  @Nested
  class UnfilledSlot {
    @Test
    void penalizesEmptySlotByItsCoverageCost() {
      DemandFacts demand = demand("D1", 0, 2);
      verifier.verifyThat(MatchingConstraints::unfilledSlot)
          .given(slot(demand, 0, 8, null, 0, 0), slot(demand, 1, 2, wang, 0.9, 10))
          .penalizesBy(8);
    }

    @Test
    void ignoresFilledSlots() {
      verifier.verifyThat(MatchingConstraints::unfilledSlot)
          .given(slot(demand("D1", 0, 2), 0, 8, wang, 0.9, 10))
          .penalizesBy(0);
    }
  }

  @Nested
  class SkillRelevance {
    @Test
    void rewardsRelevanceInThousandths() {
      verifier.verifyThat(MatchingConstraints::skillRelevance)
          .given(slot(demand("D1", 0, 2), 0, 3, wang, 0.87, 10))
          .rewardsWith(870);
    }

    @Test
    void ignoresEmptySlots() {
      verifier.verifyThat(MatchingConstraints::skillRelevance)
          .given(slot(demand("D1", 0, 2), 0, null))
          .rewardsWith(0);
    }
  }

  @Nested
  class LiftWorstOffDemands {
    private final DemandFacts d1 = demand("D1", 0, 2);
    private final DemandFacts d2 = demand("D2", 50, 52);

    private SeatSlot filled(DemandFacts demand, int slotIndex, ExpertFact expert, double relevance) {
      return slot(demand, slotIndex, 3, expert, relevance, 0);
    }

    @Test
    void penalizesTheSquaredShortfallOfTheDemandsMeanRelevance() {
      // mean (0.6 + 0.8) / 2 = 0.7: 1000 × 0.3² = 90
      verifier.verifyThat(MatchingConstraints::liftWorstOffDemands)
          .given(filled(d1, 0, wang, 0.6), filled(d1, 1, li, 0.8))
          .penalizesBy(90);
    }

    @Test
    void chargesEachDemandOnItsOwn() {
      // D1 at 0.9 costs 10, D2 at 0.5 costs 250
      verifier.verifyThat(MatchingConstraints::liftWorstOffDemands)
          .given(filled(d1, 0, wang, 0.9), filled(d2, 0, li, 0.5))
          .penalizesBy(10 + 250);
    }

    @Test
    void ignoresPerfectlyMatchedDemandsAndEmptySlots() {
      verifier.verifyThat(MatchingConstraints::liftWorstOffDemands)
          .given(filled(d1, 0, wang, 1.0), slot(d1, 1, null), slot(d2, 0, null))
          .penalizesBy(0);
    }

    @Test
    void leavesSlotsOfUnknownRelevanceOutOfTheMean() {
      // the pinned expert search did not propose would drag D1's mean to 0.45 if it counted as 0
      verifier.verifyThat(MatchingConstraints::liftWorstOffDemands)
          .given(filled(d1, 0, wang, 0.9), ModelFixtures.pinnedWithUnknownRelevance(d1, 1, li))
          .penalizesBy(10);
    }

    @Test
    void twoMediocreDemandsCostLessThanOneBadOneAtEqualTotalRelevance() {
      ExpertFact zhang = expert("E3");
      ExpertFact zhao = expert("E4");
      // both cases place 3.2 of relevance on four slots
      verifier.verifyThat(MatchingConstraints::liftWorstOffDemands)
          .given(filled(d1, 0, wang, 0.8), filled(d1, 1, li, 0.8), filled(d2, 0, zhang, 0.8), filled(d2, 1, zhao, 0.8))
          .penalizesBy(40 + 40);
      verifier.verifyThat(MatchingConstraints::liftWorstOffDemands)
          .given(filled(d1, 0, wang, 1.0), filled(d1, 1, li, 1.0), filled(d2, 0, zhang, 0.6), filled(d2, 1, zhao, 0.6))
          .penalizesBy(0 + 160);
    }
  }

  @Nested
  class TravelDistance {
    @Test
    void penalizesRoundedKilometres() {
      verifier.verifyThat(MatchingConstraints::travelDistance)
          .given(slot(demand("D1", 0, 2), 0, 3, wang, 0.5, 142.3), slot(demand("D2", 50, 52), 0, 3, li, 0.5, 7.6))
          .penalizesBy(142 + 8);
    }

    @Test
    void ignoresEmptySlots() {
      verifier.verifyThat(MatchingConstraints::travelDistance)
          .given(slot(demand("D1", 0, 2), 0, null))
          .penalizesBy(0);
    }
  }

  @Nested
  class LoadBalance {
    @Test
    void penalizesSquaredLoadIncludingHistory() {
      ExpertFact busy = expertWithHistory("E7", past("某合作社", -400, -398));
      // h = 1, c = 2: (1 + 2)² − 1² = 8
      verifier.verifyThat(MatchingConstraints::loadBalance)
          .given(slot(demand("D1", 0, 2), 0, busy), slot(demand("D2", 100, 102), 0, busy))
          .penalizesBy(8);
    }

    @Test
    void singleFreshAssignmentCostsOne() {
      verifier.verifyThat(MatchingConstraints::loadBalance)
          .given(slot(demand("D1", 0, 2), 0, wang), slot(demand("D2", 0, 2), 0, null))
          .penalizesBy(1);
    }

    @Test
    void ignoresEmptySlots() {
      verifier.verifyThat(MatchingConstraints::loadBalance)
          .given(slot(demand("D1", 0, 2), 0, null))
          .penalizesBy(0);
    }
  }

  @Nested
  class CooldownWithinPlan {
    @Test
    void penalizesTheShortfallInDays() {
      // gap = 10 − 2 − 1 = 7 days, 23 short of 30
      verifier.verifyThat(MatchingConstraints::cooldownWithinPlan)
          .given(slot(demand("D1", 0, 2), 0, wang), slot(demand("D2", 10, 12), 0, wang))
          .penalizesBy(23);
    }

    @Test
    void acceptsALongEnoughGap() {
      verifier.verifyThat(MatchingConstraints::cooldownWithinPlan)
          .given(slot(demand("D1", 0, 2), 0, wang), slot(demand("D2", 33, 35), 0, wang),
              slot(demand("D3", 4, 6), 0, li))
          .penalizesBy(0);
    }
  }

  @Nested
  class CooldownAgainstHistory {
    @Test
    void penalizesTheShortfallAfterTheLatestPastService() {
      ExpertFact recent = expertWithHistory("E7", past("甲", -100, -90), past("乙", -12, -11));
      // latest past service ends on day −11: gap = 0 − (−11) − 1 = 10 days, 20 short
      verifier.verifyThat(MatchingConstraints::cooldownAgainstHistory)
          .given(slot(demand("D1", 0, 2), 0, recent))
          .penalizesBy(20);
    }

    @Test
    void ignoresPastServicesLongAgo() {
      ExpertFact rested = expertWithHistory("E7", past("甲", -100, -90));
      verifier.verifyThat(MatchingConstraints::cooldownAgainstHistory)
          .given(slot(demand("D1", 0, 2), 0, rested))
          .penalizesBy(0);
    }
  }

  @Nested
  class CommissionerContinuity {
    @Test
    void rewardsCommissionerBackAtTheSameUnit() {
      ExpertFact commissioner = expertWithHistory("E5", past("某合作社", -400, -40));
      verifier.verifyThat(MatchingConstraints::commissionerContinuity)
          .given(slot(commissionerDemand("D1", "某合作社"), 0, commissioner))
          .rewardsWith(1);
    }

    @Test
    void ignoresOtherUnitsAndOtherPrograms() {
      ExpertFact commissioner = expertWithHistory("E5", past("某合作社", -400, -40));
      DemandFacts sameUnitOtherProgram = new DemandFacts("D2", 1, org.talentmatch.api.model.Program.EXPERT_SERVICE,
          ModelFixtures.day(500), ModelFixtures.day(502), 3, false, "370783", "某合作社");
      verifier.verifyThat(MatchingConstraints::commissionerContinuity)
          .given(slot(commissionerDemand("D1", "另一合作社"), 0, commissioner), slot(sameUnitOtherProgram, 0, commissioner))
          .rewardsWith(0);
    }
  }

  @Nested
  class HuicaiCardPriority {
    @Test
    void rewardsCardHolderInPriorityArea() {
      verifier.verifyThat(MatchingConstraints::huicaiCardPriority)
          .given(slot(priorityAreaDemand("D1"), 0, huicaiCardHolder("E3")))
          .rewardsWith(1);
    }

    @Test
    void ignoresNonHoldersAndOrdinaryAreas() {
      verifier.verifyThat(MatchingConstraints::huicaiCardPriority)
          .given(slot(priorityAreaDemand("D1"), 0, wang), slot(demand("D2", 50, 52), 0, huicaiCardHolder("E3")))
          .rewardsWith(0);
    }
  }

  @Nested
  class CountyCoverage {
    @Test
    void rewardsEachCountyWithAFilledSlotOnce() {
      verifier.verifyThat(MatchingConstraints::countyCoverage)
          .given(slot(demandIn("D1", "370783"), 0, wang), slot(demandIn("D2", "370783"), 0, li),
              slot(demandIn("D3", "370911"), 0, expert("E3")), slot(demandIn("D4", "371402"), 0, null))
          .rewardsWith(2);
    }

    @Test
    void ignoresCountiesWithOnlyEmptySlots() {
      verifier.verifyThat(MatchingConstraints::countyCoverage)
          .given(slot(demandIn("D4", "371402"), 0, null))
          .rewardsWith(0);
    }
  }

  @Test
  void weightsOfTheConfigurationScaleTheSoftScore() {
    ExpertFact holder = huicaiCardHolder("E3");
    DemandFacts demand = priorityAreaDemand("D1");
    SeatSlot filled = slot(demand, 0, 4, holder, 0.87, 142.3);
    SeatSlot empty = slot(demand, 1, 4, null, 0, 0);
    MatchingSolution solution = new MatchingSolution(List.of(holder), List.of(filled, empty),
        new MatchingConstraintConfiguration(2, 3, 1, 100, 10, 300, 200, 50));
    // soft = 2·870 − 3·17 (1000 × 0.13² = 16.9) − 142 − 100·1 + 200 (惠才卡) + 50 (county)
    verifier.verifyThat()
        .givenSolution(solution)
        .scores(HardMediumSoftLongScore.of(0, -4, 2 * 870 - 3 * 17 - 142 - 100 + 200 + 50));
  }
}
