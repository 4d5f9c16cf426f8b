package org.talentmatch.core.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.talentmatch.core.check.TestProblems.assign;
import static org.talentmatch.core.check.TestProblems.demand;
import static org.talentmatch.core.check.TestProblems.expert;
import static org.talentmatch.core.check.TestProblems.plan;
import static org.talentmatch.core.check.TestProblems.problem;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.talentmatch.api.model.Problem;
import org.talentmatch.api.model.Seat;
import org.talentmatch.api.model.SeatRole;
import org.talentmatch.api.plan.Assignment;

class DemandFairnessTest {

  /** Demands D1…Dn, each with one seat of two MEMBER slots, and experts E0…E(2n−1). */
  private static Problem demandsOfTwoSlots(int n) {
    Problem.Builder builder = problem();
    for (int i = 0; i < 2 * n; i++) {
      builder.addExpert(expert("E" + i).build());
    }
    for (int i = 1; i <= n; i++) {
      builder.addDemand(demand("D" + i).seats(List.of(Seat.of(SeatRole.MEMBER, 2, "设施蔬菜"))).build());
    }
    return builder.build();
  }

  private static Assignment placed(Problem problem, int demand, int slot, double relevance) {
    return assign(problem, "D" + demand, 0, slot, "E" + (2 * (demand - 1) + slot), OptionalDouble.of(relevance), false);
  }

  @Test
  void reportsTheDemandWithTheLowestMeanRelevanceOfItsFilledSlots() {
    Problem problem = demandsOfTwoSlots(3);
    List<Assignment> assignments = List.of(
        placed(problem, 1, 0, 0.5), placed(problem, 1, 1, 1.0),  // mean 0.75, though it holds the best slot
        placed(problem, 2, 0, 0.9), placed(problem, 2, 1, 0.7),  // mean 0.8
        placed(problem, 3, 0, 0.6));                             // one filled slot of two: mean 0.6, the worst
    DemandFairness fairness = PlanChecker.demandFairness(problem, assignments).orElseThrow();

    assertThat(fairness.demandsMeasured()).isEqualTo(3);
    assertThat(fairness.worstOffDemandId()).isEqualTo("D3");
    assertThat(fairness.worstOffRelevance()).isCloseTo(0.6, within(1e-12));
    assertThat(fairness.p10Relevance()).isCloseTo(0.6, within(1e-12));
    assertThat(fairness.meanRelevance()).isCloseTo((0.75 + 0.8 + 0.6) / 3, within(1e-12));
  }

  @Test
  void tenthPercentileIsTheNearestRankValue() {
    // 20 demands served at 0.05, 0.10, …, 1.00: ⌈0.1 × 20⌉ = 2nd lowest is 0.10
    Problem problem = demandsOfTwoSlots(20);
    List<Assignment> assignments = new ArrayList<>();
    for (int d = 20; d >= 1; d--) {
      assignments.add(placed(problem, d, 0, d * 0.05));
    }
    DemandFairness fairness = PlanChecker.demandFairness(problem, assignments).orElseThrow();

    assertThat(fairness.worstOffDemandId()).isEqualTo("D1");
    assertThat(fairness.worstOffRelevance()).isCloseTo(0.05, within(1e-12));
    assertThat(fairness.p10Relevance()).isCloseTo(0.10, within(1e-12));
  }

  @Test
  void nearestRankNeverFallsBelowTheFirstValue() {
    assertThat(DemandFairness.nearestRank(0.1, 1)).isEqualTo(1);
    assertThat(DemandFairness.nearestRank(0.1, 10)).isEqualTo(1);
    assertThat(DemandFairness.nearestRank(0.1, 11)).isEqualTo(2);
    assertThat(DemandFairness.nearestRank(0.1, 20)).isEqualTo(2);
  }

  @Test
  void aTieGoesToTheEarlierDemandOfTheProblem() {
    Problem problem = demandsOfTwoSlots(3);
    List<Assignment> assignments = List.of(placed(problem, 3, 0, 0.5), placed(problem, 2, 0, 0.5), placed(problem, 1, 0, 0.9));

    assertThat(PlanChecker.demandFairness(problem, assignments).orElseThrow().worstOffDemandId()).isEqualTo("D2");
  }

  @Test
  void leavesOutAssignmentsOfUnknownRelevanceAndUnknownSlots() {
    Problem problem = demandsOfTwoSlots(2);
    List<Assignment> assignments = List.of(
        placed(problem, 1, 0, 0.9),
        assign(problem, "D1", 0, 1, "E1", OptionalDouble.empty(), true),   // would drag D1 to 0.45 as a zero
        assign(problem, "D2", 0, 0, "E2", OptionalDouble.empty(), true),   // D2 has nothing measurable
        assign(problem, "D9", 0, 0, "E3", OptionalDouble.of(0.1), false)); // no such demand

    DemandFairness fairness = PlanChecker.demandFairness(problem, assignments).orElseThrow();
    assertThat(fairness.demandsMeasured()).isEqualTo(1);
    assertThat(fairness.worstOffDemandId()).isEqualTo("D1");
    assertThat(fairness.worstOffRelevance()).isCloseTo(0.9, within(1e-12));
  }

  @Test
  void isEmptyWhenNoDemandHasAFilledSlot() {
    Problem problem = demandsOfTwoSlots(2);
    assertThat(PlanChecker.demandFairness(problem, List.of())).isEmpty();
    assertThat(PlanChecker.check(problem, plan(problem)).demandFairness()).isEmpty();
  }

  @Test
  void theCheckReportCarriesIt() {
    Problem problem = demandsOfTwoSlots(2);
    Assignment[] assignments = {placed(problem, 1, 0, 0.9), placed(problem, 2, 0, 0.4), placed(problem, 2, 1, 0.6)};
    CheckReport report = PlanChecker.check(problem, plan(problem, assignments));

    assertThat(report.isValid()).isTrue();
    assertThat(report.demandFairness()).isEqualTo(PlanChecker.demandFairness(problem, List.of(assignments)));
    assertThat(report.demandFairness().orElseThrow().worstOffDemandId()).isEqualTo("D2");
  }
}
