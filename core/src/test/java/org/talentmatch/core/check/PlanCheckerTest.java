package org.talentmatch.core.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.talentmatch.core.check.TestProblems.LIAOCHENG;
import static org.talentmatch.core.check.TestProblems.UNIVERSITY;
import static org.talentmatch.core.check.TestProblems.assign;
import static org.talentmatch.core.check.TestProblems.demand;
import static org.talentmatch.core.check.TestProblems.expert;
import static org.talentmatch.core.check.TestProblems.plan;
import static org.talentmatch.core.check.TestProblems.problem;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.talentmatch.api.model.DateRange;
import org.talentmatch.api.model.HostUnit;
import org.talentmatch.api.model.HostUnitType;
import org.talentmatch.api.model.Pin;
import org.talentmatch.api.model.Policy;
import org.talentmatch.api.model.Problem;
import org.talentmatch.api.model.Program;
import org.talentmatch.api.model.Seat;
import org.talentmatch.api.model.SeatRole;
import org.talentmatch.api.model.Title;
import org.talentmatch.api.plan.Assignment;
import org.talentmatch.api.plan.Plan;
import org.talentmatch.api.plan.PlanMetrics;
import org.talentmatch.api.plan.PlanScore;
import org.talentmatch.api.plan.SlotRef;
import org.talentmatch.api.plan.UnfilledSlot;
import org.talentmatch.core.rules.HardRule;

class PlanCheckerTest {

  private static final SlotRef D1_LEAD = new SlotRef("D1", 0, 0);

  /** One demand D1 (one LEAD seat) and the given expert E1. */
  private static Problem oneSeat(Problem.Builder problem, org.talentmatch.api.model.Expert.Builder e1) {
    return problem.addExpert(e1.build()).addDemand(demand("D1").build()).build();
  }

  private static CheckReport checkFilled(Problem problem) {
    return PlanChecker.check(problem, plan(problem, assign(problem, "D1", 0, 0, "E1")));
  }

  @Test
  void cleanPlanHasNoViolationAndNoInconsistency() {
    Problem problem = oneSeat(problem(), expert("E1"));
    CheckReport report = checkFilled(problem);
    assertThat(report.violations()).isEmpty();
    assertThat(report.inconsistencies()).isEmpty();
    assertThat(report.isFeasible()).isTrue();
    assertThat(report.isValid()).isTrue();
    assertThat(report.medium()).isZero();
  }

  @Nested
  class StaticRules {
    @Test
    void rule1ProgramTheExpertDoesNotTakePartIn() {
      Problem problem = oneSeat(problem(), expert("E1").programs(Program.MEDICAL_PAIRING));
      assertThat(checkFilled(problem).violations()).singleElement().satisfies(v -> {
        assertThat(v.rule()).isEqualTo(HardRule.PROGRAM);
        assertThat(v.slot()).contains(D1_LEAD);
        assertThat(v.expertId()).isEqualTo("E1");
        assertThat(v.message()).contains("EXPERT_SERVICE");
      });
    }

    @Test
    void rule2TitleBelowTheSeatsMinimum() {
      Problem problem = problem().addExpert(expert("E1").title(Title.ASSOCIATE).build())
          .addDemand(demand("D1").seats(List.of(Seat.of(SeatRole.LEAD, 1, "设施蔬菜").withMinTitle(Title.SENIOR))).build())
          .build();
      assertThat(checkFilled(problem).violations()).singleElement()
          .satisfies(v -> assertThat(v.rule()).isEqualTo(HardRule.TITLE_DEGREE))
          .satisfies(v -> assertThat(v.slot()).contains(D1_LEAD));
    }

    @Test
    void rule3UnavailableOnTheLastDayOfTheDemand() {
      Problem problem = oneSeat(problem(), expert("E1").addUnavailable(DateRange.of("2027-04-12", "2027-05-01")));
      assertThat(checkFilled(problem).violations()).singleElement()
          .satisfies(v -> assertThat(v.rule()).isEqualTo(HardRule.AVAILABILITY))
          .satisfies(v -> assertThat(v.slot()).contains(D1_LEAD));
    }

    @Test
    void rule7FartherThanTheTravelLimit() {
      Problem problem = oneSeat(problem().policy(Policy.defaults().withMaxTravelKm(200)), expert("E1").location(LIAOCHENG));
      assertThat(checkFilled(problem).violations()).singleElement()
          .satisfies(v -> assertThat(v.rule()).isEqualTo(HardRule.DISTANCE))
          .satisfies(v -> assertThat(v.message()).contains("200.0 km"));
      Problem near = oneSeat(problem().policy(Policy.defaults().withMaxTravelKm(200)), expert("E1"));
      assertThat(checkFilled(near).violations()).isEmpty();
    }

    @Test
    void rule8HostUnitOwnedByTheExpertsInstitution() {
      Problem problem = problem().addExpert(expert("E1").institution(UNIVERSITY + " ").build())
          .addDemand(demand("D1").hostUnit(HostUnit.of("寿光试验站", HostUnitType.OTHER, " " + UNIVERSITY)).build())
          .build();
      assertThat(checkFilled(problem).violations()).singleElement()
          .satisfies(v -> assertThat(v.rule()).isEqualTo(HardRule.CONFLICT_OF_INTEREST))
          .satisfies(v -> assertThat(v.slot()).contains(D1_LEAD));
    }
  }

  @Nested
  class PerExpertRules {
    private final Problem twoDemands = problem()
        .addExpert(expert("E1").build())
        .addDemand(demand("D1").build())
        .addDemand(demand("D2").dates("2027-04-12", "2027-04-14").build())
        .addDemand(demand("D3").dates("2027-04-13", "2027-04-14").build())
        .build();

    @Test
    void rule4OverlapOnABoundaryDayIsReportedAtTheLaterAssignment() {
      Plan plan = plan(twoDemands, assign(twoDemands, "D1", 0, 0, "E1"), assign(twoDemands, "D2", 0, 0, "E1"));
      assertThat(PlanChecker.check(twoDemands, plan).violations()).singleElement().satisfies(v -> {
        assertThat(v.rule()).isEqualTo(HardRule.DATE_OVERLAP);
        assertThat(v.slot()).contains(new SlotRef("D2", 0, 0));
        assertThat(v.message()).contains("D1");
      });
    }

    @Test
    void rule4ConsecutiveDemandsDoNotOverlap() {
      Plan plan = plan(twoDemands, assign(twoDemands, "D1", 0, 0, "E1"), assign(twoDemands, "D3", 0, 0, "E1"));
      assertThat(PlanChecker.check(twoDemands, plan).violations()).isEmpty();
    }

    @Test
    void rule5MoreAssignmentsThanTheExpertsOwnCap() {
      Problem problem = twoDemands.toBuilder().experts(List.of(expert("E1").maxAssignments(1).build())).build();
      Plan plan = plan(problem, assign(problem, "D1", 0, 0, "E1"), assign(problem, "D3", 0, 0, "E1"));
      assertThat(PlanChecker.check(problem, plan).violations()).singleElement().satisfies(v -> {
        assertThat(v.rule()).isEqualTo(HardRule.CAP);
        assertThat(v.expertId()).isEqualTo("E1");
        assertThat(v.slot()).isEmpty();
        assertThat(v.message()).contains("2 assignments, cap 1");
      });
    }

    @Test
    void rule5ThePolicyCapAppliesWhenTheExpertHasNone() {
      Problem problem = twoDemands.toBuilder().policy(Policy.defaults().withMaxAssignmentsPerExpert(1)).build();
      Plan plan = plan(problem, assign(problem, "D1", 0, 0, "E1"), assign(problem, "D3", 0, 0, "E1"));
      assertThat(PlanChecker.check(problem, plan).violations()).extracting(Violation::rule).containsExactly(HardRule.CAP);
    }

    @Test
    void rule6TwoSlotsOfOneDemand() {
      Problem problem = problem().addExpert(expert("E1").build())
          .addDemand(demand("D1").addSeat(Seat.of(SeatRole.MEMBER, 2, "设施蔬菜")).build()).build();
      Plan plan = plan(problem, assign(problem, "D1", 1, 0, "E1"), assign(problem, "D1", 1, 1, "E1"));
      assertThat(PlanChecker.check(problem, plan).violations()).singleElement().satisfies(v -> {
        assertThat(v.rule()).isEqualTo(HardRule.ONE_SLOT_PER_DEMAND);
        assertThat(v.slot()).contains(new SlotRef("D1", 1, 1));
      });
    }
  }

  @Nested
  class Pins {
    private final Problem pinned = oneSeat(problem().addPin(new Pin("D1", 0, "E1")), expert("E1"))
        .toBuilder().addExpert(expert("E2").build()).build();

    @Test
    void rule9PinKeptAndMarked() {
      Plan plan = plan(pinned, assign(pinned, "D1", 0, 0, "E1", OptionalDouble.empty(), true));
      assertThat(PlanChecker.check(pinned, plan).isValid()).isTrue();
    }

    @Test
    void rule9PinMissingIsReportedAtItsDemand() {
      Plan plan = plan(pinned, assign(pinned, "D1", 0, 0, "E2"));
      assertThat(PlanChecker.check(pinned, plan).violations()).singleElement().satisfies(v -> {
        assertThat(v.rule()).isEqualTo(HardRule.PIN);
        assertThat(v.demandId()).contains("D1");
        assertThat(v.slot()).isEmpty();
        assertThat(v.expertId()).isEqualTo("E1");
      });
    }

    @Test
    void rule9PinPresentButNotMarkedPinned() {
      Plan plan = plan(pinned, assign(pinned, "D1", 0, 0, "E1"));
      assertThat(PlanChecker.check(pinned, plan).violations()).singleElement()
          .satisfies(v -> assertThat(v.rule()).isEqualTo(HardRule.PIN))
          .satisfies(v -> assertThat(v.slot()).contains(D1_LEAD));
    }

    @Test
    void anAssignmentMarkedPinnedWithoutAPinIsAnInconsistency() {
      Problem problem = oneSeat(problem(), expert("E1"));
      Plan plan = plan(problem, assign(problem, "D1", 0, 0, "E1", OptionalDouble.of(0.8), true));
      CheckReport report = PlanChecker.check(problem, plan);
      assertThat(report.isFeasible()).isTrue();
      assertThat(report.inconsistencies()).singleElement().asString().contains("marked pinned");
    }
  }

  @Nested
  class Relevance {
    private final Problem problem = oneSeat(problem(), expert("E1"));

    private List<HardRule> rulesBroken(Problem p, OptionalDouble relevance, boolean pinned, double defaultFloor) {
      Plan plan = plan(p, assign(p, "D1", 0, 0, "E1", relevance, pinned));
      return PlanChecker.check(p, plan, defaultFloor).violations().stream().map(Violation::rule).toList();
    }

    @Test
    void rule10BelowTheDefaultFloor() {
      assertThat(rulesBroken(problem, OptionalDouble.of(0.29), false, 0.3)).containsExactly(HardRule.RELEVANCE);
      assertThat(rulesBroken(problem, OptionalDouble.of(0.30), false, 0.3)).isEmpty();
      assertThat(PlanChecker.check(problem, plan(problem, assign(problem, "D1", 0, 0, "E1", OptionalDouble.of(0.29), false)))
          .violations()).extracting(Violation::rule).containsExactly(HardRule.RELEVANCE);
    }

    @Test
    void rule10ThePolicyFloorWinsOverTheDefault() {
      Problem lenient = problem.toBuilder().policy(Policy.defaults().withMinRelevance(0.1)).build();
      assertThat(rulesBroken(lenient, OptionalDouble.of(0.2), false, 0.3)).isEmpty();
      assertThat(rulesBroken(lenient, OptionalDouble.of(0.05), false, 0.3)).containsExactly(HardRule.RELEVANCE);
    }

    @Test
    void rule10NonPinnedAssignmentWithoutRelevance() {
      assertThat(rulesBroken(problem, OptionalDouble.empty(), false, 0.3)).containsExactly(HardRule.RELEVANCE);
    }

    @Test
    void rule10DoesNotApplyToPinnedAssignments() {
      Problem withPin = problem.toBuilder().addPin(new Pin("D1", 0, "E1")).build();
      assertThat(rulesBroken(withPin, OptionalDouble.empty(), true, 0.3)).isEmpty();
      assertThat(rulesBroken(withPin, OptionalDouble.of(0.01), true, 0.3)).isEmpty();
    }
  }

  @Nested
  class Coverage {
    // priority 4 in a priority area: the LEAD slot costs 4 * 2 * 2 = 16, each MEMBER slot 4 * 2 = 8.
    private final Problem problem = problem()
        .addExpert(expert("E1").build())
        .addExpert(expert("E2").build())
        .addDemand(demand("D1").priority(4).priorityArea(true).addSeat(Seat.of(SeatRole.MEMBER, 2, "土壤改良")).build())
        .addDemand(demand("D2").priority(2).dates("2027-06-01", "2027-06-02").build())
        .build();

    @Test
    void mediumIsMinusTheCostOfTheEmptySlots() {
      // Empty: D1 lead 16 + D1 member 8 + D2 lead (priority 2, LEAD) 4 = 28.
      Plan plan = plan(problem, assign(problem, "D1", 1, 0, "E1"), assign(problem, "D2", 0, 0, "E2"));
      assertThat(PlanChecker.check(problem, plan).medium()).isEqualTo(-(16 + 8));
      assertThat(PlanChecker.check(problem, plan(problem)).medium()).isEqualTo(-(16 + 8 + 8 + 4));
    }

    @Test
    void metricsAreRecomputedFromTheProblem() {
      Assignment lyingDistance = new Assignment("D1", 1, 0, "E1", OptionalDouble.of(0.6), 1.0, false, List.of());
      List<Assignment> assignments = List.of(lyingDistance, assign(problem, "D1", 0, 0, "E2", OptionalDouble.of(0.9), false),
          assign(problem, "D2", 0, 0, "E1", OptionalDouble.of(0.3), false));
      PlanMetrics m = PlanChecker.metrics(problem, assignments);
      assertThat(m.seatsTotal()).isEqualTo(4);
      assertThat(m.seatsFilled()).isEqualTo(3);
      assertThat(m.priorityAreaFillRate()).isCloseTo(2.0 / 3, within(1e-12));
      assertThat(m.meanRelevance()).isCloseTo(0.6, within(1e-12));
      // Loads E1 = 2, E2 = 1: Σ|xi - xj| = 2, 2 n² mean = 2 * 4 * 1.5 = 12.
      assertThat(m.loadGini()).isCloseTo(2.0 / 12, within(1e-12));
      // Every expert sits in Jinan and every demand in Shouguang, about 148 km apart; the 1.0 km the
      // plan claims is ignored.
      assertThat(m.meanDistanceKm()).isCloseTo(assign(problem, "D2", 0, 0, "E1").distanceKm(), within(1e-9))
          .isBetween(140.0, 160.0);
      assertThat(m.moved()).isEmpty();
    }

    @Test
    void meanRelevanceSkipsAssignmentsWithoutRelevance() {
      List<Assignment> assignments = List.of(assign(problem, "D1", 1, 0, "E1", OptionalDouble.empty(), true),
          assign(problem, "D2", 0, 0, "E1", OptionalDouble.of(0.5), false));
      assertThat(PlanChecker.metrics(problem, assignments).meanRelevance()).isEqualTo(0.5);
    }

    @Test
    void emptyPlanMetrics() {
      PlanMetrics m = PlanChecker.metrics(problem, List.of());
      assertThat(m).isEqualTo(new PlanMetrics(4, 0, 0.0, 0.0, 0.0, 0.0, java.util.OptionalInt.empty()));
    }

    @Test
    void priorityAreaFillRateIsZeroWithoutPriorityAreaSlots() {
      Problem noPriorityArea = oneSeat(problem(), expert("E1"));
      assertThat(PlanChecker.metrics(noPriorityArea, List.of()).priorityAreaFillRate()).isZero();
    }
  }

  @Nested
  class Gini {
    @Test
    void equalLoadsHaveGiniZero() {
      assertThat(Metrics.gini(new int[] {2, 2, 2})).isZero();
      assertThat(Metrics.gini(new int[] {5})).isZero();
      assertThat(Metrics.gini(new int[] {})).isZero();
    }

    @Test
    void handComputedValues() {
      // {1, 3}: Σ|xi - xj| = 4, 2 n² mean = 2 * 4 * 2 = 16.
      assertThat(Metrics.gini(new int[] {3, 1})).isCloseTo(0.25, within(1e-12));
      // {1, 2, 3}: Σ|xi - xj| = 2 * (1 + 2 + 1) = 8, 2 n² mean = 2 * 9 * 2 = 36.
      assertThat(Metrics.gini(new int[] {2, 3, 1})).isCloseTo(8.0 / 36, within(1e-12));
      // {1, 1, 1, 5}: Σ|xi - xj| = 2 * 3 * 4 = 24, 2 n² mean = 2 * 16 * 2 = 64.
      assertThat(Metrics.gini(new int[] {1, 5, 1, 1})).isCloseTo(24.0 / 64, within(1e-12));
    }

    @Test
    void planGiniCountsOnlyExpertsWithAnAssignment() {
      Problem problem = problem().addExpert(expert("E1").maxAssignments(3).build()).addExpert(expert("E2").build())
          .addExpert(expert("IDLE").build())
          .addDemand(demand("D1").build())
          .addDemand(demand("D2").dates("2027-05-01", "2027-05-01").build())
          .addDemand(demand("D3").dates("2027-06-01", "2027-06-01").build())
          .addDemand(demand("D4").dates("2027-07-01", "2027-07-01").build())
          .build();
      List<Assignment> assignments = List.of(assign(problem, "D1", 0, 0, "E1"), assign(problem, "D2", 0, 0, "E1"),
          assign(problem, "D3", 0, 0, "E1"), assign(problem, "D4", 0, 0, "E2"));
      assertThat(PlanChecker.metrics(problem, assignments).loadGini()).isCloseTo(0.25, within(1e-12));
    }
  }

  @Nested
  class Inconsistencies {
    private final Problem problem = problem()
        .addExpert(expert("E1").build())
        .addExpert(expert("E2").build())
        .addDemand(demand("D1").addSeat(Seat.of(SeatRole.MEMBER, 2, "土壤改良")).build())
        .build();

    private List<String> inconsistencies(Plan plan) {
      return PlanChecker.check(problem, plan).inconsistencies();
    }

    private Plan withUnfilled(Plan plan, List<UnfilledSlot> unfilled) {
      return new Plan(plan.score(), plan.assignments(), unfilled, plan.metrics());
    }

    @Test
    void assignmentsNamingUnknownThings() {
      List<Assignment> bad = List.of(
          new Assignment("D9", 0, 0, "E1", OptionalDouble.of(0.8), 0, false, List.of()),
          new Assignment("D1", 2, 0, "E1", OptionalDouble.of(0.8), 0, false, List.of()),
          new Assignment("D1", 1, 2, "E1", OptionalDouble.of(0.8), 0, false, List.of()),
          new Assignment("D1", 0, 0, "E9", OptionalDouble.of(0.8), 0, false, List.of()));
      Plan plan = plan(problem, 0, bad);
      CheckReport report = PlanChecker.check(problem, plan);
      assertThat(report.inconsistencies()).anySatisfy(s -> assertThat(s).contains("unknown demand D9"))
          .anySatisfy(s -> assertThat(s).contains("seat 2 but demand D1 has 2 seats"))
          .anySatisfy(s -> assertThat(s).contains("slot 2 but seat 1 of D1 has 2 slots"))
          .anySatisfy(s -> assertThat(s).contains("unknown expert E9"));
      // None of them fills a slot.
      assertThat(report.metrics().seatsFilled()).isZero();
      assertThat(report.medium()).isEqualTo(-(6 + 3 + 3));
    }

    @Test
    void slotAssignedTwice() {
      Plan plan = plan(problem, 0, List.of(assign(problem, "D1", 1, 0, "E1"), assign(problem, "D1", 1, 0, "E2")));
      assertThat(inconsistencies(plan)).anySatisfy(s -> assertThat(s).contains("D1/1/0 is assigned twice"));
    }

    @Test
    void slotBothAssignedAndUnfilled() {
      Plan plan = plan(problem, assign(problem, "D1", 0, 0, "E1"));
      List<UnfilledSlot> unfilled = new java.util.ArrayList<>(plan.unfilled());
      unfilled.add(new UnfilledSlot("D1", 0, 0, "x", "x"));
      assertThat(inconsistencies(withUnfilled(plan, unfilled))).containsExactly(
          "slot D1/0/0 is both assigned (to E1) and listed unfilled");
    }

    @Test
    void slotNeitherAssignedNorUnfilled() {
      Plan plan = plan(problem, assign(problem, "D1", 0, 0, "E1"));
      assertThat(inconsistencies(withUnfilled(plan, plan.unfilled().subList(1, plan.unfilled().size()))))
          .containsExactly("slot D1/1/0 is neither assigned nor listed unfilled");
    }

    @Test
    void reportedScoresThatDisagree() {
      Plan honest = plan(problem, assign(problem, "D1", 0, 0, "E1"));
      Plan wrongMedium = new Plan(new PlanScore(0, honest.score().medium() + 1, 0), honest.assignments(),
          honest.unfilled(), honest.metrics());
      assertThat(inconsistencies(wrongMedium)).singleElement().asString().contains("score.medium");
      Plan claimsInfeasible = new Plan(new PlanScore(-1, honest.score().medium(), 0), honest.assignments(),
          honest.unfilled(), honest.metrics());
      assertThat(inconsistencies(claimsInfeasible)).singleElement().asString().contains("score.hard is -1");

      Problem tooFar = problem.toBuilder().policy(Policy.defaults().withMaxTravelKm(50)).build();
      assertThat(PlanChecker.check(tooFar, honest).inconsistencies()).singleElement().asString()
          .contains("score.hard is 0 but 1 hard rule violations");
    }

    @Test
    void reportedMetricsThatDisagree() {
      Plan honest = plan(problem, assign(problem, "D1", 0, 0, "E1"));
      PlanMetrics m = honest.metrics();
      PlanMetrics wrong = new PlanMetrics(m.seatsTotal() + 1, m.seatsFilled(), m.priorityAreaFillRate(),
          m.meanRelevance() + 0.01, m.loadGini(), m.meanDistanceKm() + 0.04, m.moved());
      Plan plan = new Plan(honest.score(), honest.assignments(), honest.unfilled(), wrong);
      assertThat(inconsistencies(plan)).hasSize(2)
          .anySatisfy(s -> assertThat(s).startsWith("metrics.seatsTotal is 4"))
          .anySatisfy(s -> assertThat(s).startsWith("metrics.meanRelevance is 0.8100"));
    }

    @Test
    void reportedDistanceThatDisagrees() {
      Assignment a = assign(problem, "D1", 0, 0, "E1");
      Assignment off = new Assignment("D1", 0, 0, "E1", a.relevance(), a.distanceKm() + 5, false, List.of());
      assertThat(inconsistencies(plan(problem, off))).singleElement().asString().contains("reports distanceKm");
    }

    @Test
    void unfilledEntriesNamingUnknownOrRepeatedSlots() {
      Plan plan = plan(problem);
      List<UnfilledSlot> unfilled = new java.util.ArrayList<>(plan.unfilled());
      unfilled.add(new UnfilledSlot("D9", 0, 0, "x", "x"));
      unfilled.add(plan.unfilled().get(0));
      assertThat(inconsistencies(withUnfilled(plan, unfilled))).containsExactly(
          "unfilled entry D9/0/0 names unknown demand D9", "slot D1/0/0 is listed unfilled more than once");
    }
  }

  @Test
  void violationsAndInconsistenciesAreIndependent() {
    Problem problem = oneSeat(problem(), expert("E1").programs(Program.MEDICAL_PAIRING));
    Plan plan = plan(problem, 0, List.of(assign(problem, "D1", 0, 0, "E1")));
    CheckReport report = PlanChecker.check(problem, plan);
    assertThat(report.hardViolationCount()).isEqualTo(1);
    assertThat(report.isFeasible()).isFalse();
    assertThat(report.isValid()).isFalse();
    assertThat(report.violations().get(0).demandId()).isEqualTo(Optional.of("D1"));
  }
}
