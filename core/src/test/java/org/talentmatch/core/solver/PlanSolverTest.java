package org.talentmatch.core.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.talentmatch.core.solver.ProblemFixtures.candidate;
import static org.talentmatch.core.solver.ProblemFixtures.quickOptions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.talentmatch.api.PlanProgress;
import org.talentmatch.api.SolveOptions;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.Pin;
import org.talentmatch.api.model.Problem;
import org.talentmatch.api.model.Program;
import org.talentmatch.api.model.Seat;
import org.talentmatch.api.model.SeatRole;
import org.talentmatch.api.plan.Assignment;
import org.talentmatch.api.plan.ConstraintTotal;
import org.talentmatch.api.plan.PlanExplanation;
import org.talentmatch.api.plan.PlanScore;
import org.talentmatch.api.plan.Reason;
import org.talentmatch.api.plan.SlotRef;
import org.talentmatch.core.rules.Geo;
import org.talentmatch.core.search.CandidateTable;
import org.talentmatch.core.search.SeatKey;

class PlanSolverTest {
  private static final PlanSolver SOLVER = new PlanSolver();

  @Test
  void fillsEverySlotOfTheSmallCaseWithoutBreakingHardRules() {
    ProblemFixtures.Case small = ProblemFixtures.smallCase();
    SolverOutcome outcome = SOLVER.solve(small.problem(), small.candidates(), quickOptions(1));

    assertThat(outcome.score().hard()).isZero();
    assertThat(outcome.score().medium()).isZero();
    assertThat(outcome.unfilled()).isEmpty();
    assertThat(outcome.assignments()).hasSize(7);
    assertThat(PlanChecks.violations(small.problem(), outcome.assignments())).isEmpty();
    assertThat(outcome.timeToFirstFeasible()).isPresent();
    assertThat(outcome.scoreCalculationCount()).isPositive();
  }

  @Test
  void listsAssignmentsInProblemOrderWithSearchRelevanceAndHaversineDistance() {
    ProblemFixtures.Case small = ProblemFixtures.smallCase();
    SolverOutcome outcome = SOLVER.solve(small.problem(), small.candidates(), quickOptions(1));

    assertThat(outcome.assignments()).extracting(Assignment::slotRef).containsExactly(
        new SlotRef("D1", 0, 0), new SlotRef("D1", 1, 0), new SlotRef("D1", 1, 1),
        new SlotRef("D2", 0, 0), new SlotRef("D2", 0, 1), new SlotRef("D3", 0, 0), new SlotRef("D4", 0, 0));
    for (Assignment assignment : outcome.assignments()) {
      double listed = small.candidates().candidates(assignment.demandId(), assignment.seat()).stream()
          .filter(c -> c.expertId().equals(assignment.expertId())).findFirst().orElseThrow().relevance();
      assertThat(assignment.relevance()).hasValue(listed);
      Demand demand = small.problem().demands().stream().filter(d -> d.id().equals(assignment.demandId())).findFirst().orElseThrow();
      var expert = small.problem().experts().stream().filter(e -> e.id().equals(assignment.expertId())).findFirst().orElseThrow();
      assertThat(assignment.distanceKm()).isEqualTo(Geo.haversineKm(expert.location(), demand.location()));
    }
  }

  @Test
  void keepsPinsAndExplainsEachAssignment() {
    ProblemFixtures.Case small = ProblemFixtures.smallCase();
    SolverOutcome outcome = SOLVER.solve(small.problem(), small.candidates(), quickOptions(1));

    Assignment pinned = outcome.assignments().stream().filter(a -> a.demandId().equals("D3")).findFirst().orElseThrow();
    assertThat(pinned.expertId()).isEqualTo("E6");
    assertThat(pinned.pinned()).isTrue();
    assertThat(outcome.assignments()).filteredOn(a -> !a.demandId().equals("D3")).noneMatch(Assignment::pinned);
    for (Assignment assignment : outcome.assignments()) {
      assertThat(assignment.reasons()).extracting(Reason::rule)
          .contains("skill-relevance", "travel-distance", "load-balance", "county-coverage");
    }
    Reason relevance = pinned.reasons().stream().filter(r -> r.rule().equals("skill-relevance")).findFirst().orElseThrow();
    assertThat(relevance.impact()).isEqualTo("+600");
    assertThat(relevance.text()).isEqualTo("技能匹配度 0.60：技能匹配：设施蔬菜");
    // E6 served 合作社 D3 last year: a 科技特派员 continuing the pairing
    assertThat(pinned.reasons()).extracting(Reason::rule).contains("continuity");
  }

  @Test
  void explanationTotalsAddUpToTheScore() {
    ProblemFixtures.Case small = ProblemFixtures.smallCase();
    SolverOutcome outcome = SOLVER.solve(small.problem(), small.candidates(), quickOptions(1));

    PlanExplanation explanation = SOLVER.explain(small.problem(), small.candidates(), outcome.assignments());
    assertThat(explanation.score()).isEqualTo(outcome.score());
    assertThat(explanation.totals()).extracting(ConstraintTotal::rule).contains("skill-relevance", "unfilled-slot");
    PlanScore sum = explanation.totals().stream().map(ConstraintTotal::impact)
        .reduce(new PlanScore(0, 0, 0), (a, b) -> new PlanScore(a.hard() + b.hard(), a.medium() + b.medium(), a.soft() + b.soft()));
    assertThat(sum).isEqualTo(outcome.score());
    assertThat(explanation.reasonsBySlot().get(new SlotRef("D1", 0, 0)))
        .isEqualTo(outcome.assignments().get(0).reasons());
  }

  @Test
  void coverageBeatsSoftGoalsForAFarLowRelevanceOnlyCandidate() {
    Problem problem = Problem.builder(ProblemFixtures.YEAR)
        .addExpert(ProblemFixtures.expert("FAR", 34.8, 115.6))
        .addDemand(ProblemFixtures.demand("D1", Program.EXPERT_SERVICE, "2027-04-10", "2027-04-12",
            Seat.of(SeatRole.MEMBER, 1, "设施蔬菜")))
        .build();
    CandidateTable candidates = new CandidateTable(Map.of(new SeatKey("D1", 0), List.of(candidate("FAR", 0.31))));
    PlanSolver travelAverse = new PlanSolver(MatchingWeights.defaults().withTravelPerKm(20));

    // one slot and one candidate leave local search no move: the solver must not idle until the limit
    SolverOutcome outcome = travelAverse.solve(problem, candidates,
        SolveOptions.builder().timeLimit(java.time.Duration.ofSeconds(60)).seed(1).build());

    assertThat(outcome.elapsed()).isLessThan(java.time.Duration.ofSeconds(30));
    assertThat(outcome.assignments()).extracting(Assignment::expertId).containsExactly("FAR");
    assertThat(outcome.score().medium()).isZero();
    assertThat(outcome.score().soft()).isNegative();
  }

  /**
   * Two demands on overlapping dates, one slot each, and two experts (each can serve one): the best
   * total relevance (1.0 + 0.5) leaves D2 with a poor match; the fairer plan (0.65 + 0.8) gives up
   * 0.05 of relevance to lift the worst-off demand from 0.5 to 0.65.
   */
  @Test
  void fairnessTowardDemandsLiftsTheWorstOffAtASmallCostOfTotalRelevance() {
    Problem problem = Problem.builder(ProblemFixtures.YEAR)
        .addExpert(ProblemFixtures.expert("A", 36.88, 118.79))
        .addExpert(ProblemFixtures.expert("B", 36.88, 118.79))
        .addDemand(ProblemFixtures.demand("D1", Program.EXPERT_SERVICE, "2027-04-10", "2027-04-12",
            Seat.of(SeatRole.MEMBER, 1, "设施蔬菜")))
        .addDemand(ProblemFixtures.demand("D2", Program.EXPERT_SERVICE, "2027-04-11", "2027-04-13",
            Seat.of(SeatRole.MEMBER, 1, "设施蔬菜")))
        .build();
    CandidateTable candidates = new CandidateTable(Map.of(
        new SeatKey("D1", 0), List.of(candidate("A", 1.0), candidate("B", 0.65)),
        new SeatKey("D2", 0), List.of(candidate("A", 0.8), candidate("B", 0.5))));

    SolverOutcome relevanceOnly = new PlanSolver(MatchingWeights.defaults().withDemandFairness(0))
        .solve(problem, candidates, quickOptions(1));
    SolverOutcome fair = SOLVER.solve(problem, candidates, quickOptions(1));

    assertThat(relevanceOnly.assignments()).extracting(Assignment::expertId).containsExactly("A", "B");
    assertThat(fair.assignments()).extracting(Assignment::expertId).containsExactly("B", "A");
    assertThat(org.talentmatch.core.check.PlanChecker.demandFairness(problem, fair.assignments()).orElseThrow())
        .satisfies(f -> {
          assertThat(f.worstOffDemandId()).isEqualTo("D1");
          assertThat(f.worstOffRelevance()).isEqualTo(0.65);
        });
    assertThat(fair.explanation().reasonsBySlot().get(new SlotRef("D2", 0, 0))).extracting(Reason::rule)
        .contains("demand-fairness");
  }

  @Test
  void leavesASlotEmptyRatherThanBreakingAHardRule() {
    ProblemFixtures.Case small = ProblemFixtures.smallCase();
    // E1 is pinned to lead D1; D2 (overlapping dates) offers only E1.
    Problem problem = small.problem().toBuilder().addPin(new Pin("D1", 0, "E1")).build();
    Map<SeatKey, List<org.talentmatch.api.search.Candidate>> table = new java.util.HashMap<>(small.candidates().bySeat());
    table.put(new SeatKey("D2", 0), List.of(candidate("E1", 0.95)));

    SolverOutcome outcome = SOLVER.solve(problem, new CandidateTable(table), quickOptions(1));

    assertThat(outcome.score().hard()).isZero();
    assertThat(outcome.unfilled()).containsExactly(new SlotRef("D2", 0, 0), new SlotRef("D2", 0, 1));
    assertThat(outcome.score().medium()).isEqualTo(-6);
    assertThat(outcome.explanation().reasonsBySlot().get(new SlotRef("D2", 0, 0)))
        .extracting(Reason::rule, Reason::impact).containsExactly(org.assertj.core.groups.Tuple.tuple("unfilled", "-3medium"));
  }

  @Test
  void pinsAnExpertSearchDidNotProposeWithUnknownRelevance() {
    ProblemFixtures.Case small = ProblemFixtures.smallCase();
    Problem problem = small.problem().toBuilder().addPin(new Pin("D4", 0, "E4")).build();

    SolverOutcome outcome = SOLVER.solve(problem, small.candidates(), quickOptions(1));

    Assignment phd = outcome.assignments().stream().filter(a -> a.demandId().equals("D4")).findFirst().orElseThrow();
    assertThat(phd.expertId()).isEqualTo("E4");
    assertThat(phd.pinned()).isTrue();
    assertThat(phd.relevance()).isEqualTo(OptionalDouble.empty());
    assertThat(phd.reasons()).filteredOn(r -> r.rule().equals("skill-relevance"))
        .extracting(Reason::text).containsExactly("技能匹配度未知（已确认的安排）");
  }

  @Test
  void sameSeedGivesTheSamePlan() {
    ProblemFixtures.Case random = ProblemFixtures.randomCase(7, 30, 25);
    SolverOutcome first = SOLVER.solve(random.problem(), random.candidates(), quickOptions(42));
    SolverOutcome second = SOLVER.solve(random.problem(), random.candidates(), quickOptions(42));

    assertThat(second.assignments()).isEqualTo(first.assignments());
    assertThat(second.score()).isEqualTo(first.score());
  }

  @Test
  void reportsProgressOfEachNewBestPlan() {
    ProblemFixtures.Case small = ProblemFixtures.smallCase();
    List<PlanProgress> progress = new ArrayList<>();
    SolveOptions options = SolveOptions.builder().timeLimit(java.time.Duration.ofSeconds(2)).seed(1)
        .progressListener(progress::add).build();

    SolverOutcome outcome = SOLVER.solve(small.problem(), small.candidates(), options);

    assertThat(progress).isNotEmpty();
    assertThat(progress).allSatisfy(p -> assertThat(p.slotsTotal()).isEqualTo(7));
    PlanProgress last = progress.get(progress.size() - 1);
    assertThat(last.bestScore()).isEqualTo(outcome.score());
    assertThat(last.slotsFilled()).isEqualTo(outcome.assignments().size());
  }

  @Test
  void rejectsACandidateTableNamingAnUnknownExpert() {
    ProblemFixtures.Case small = ProblemFixtures.smallCase();
    CandidateTable bad = new CandidateTable(Map.of(new SeatKey("D1", 0), List.of(candidate("NOBODY", 0.9))));

    assertThatThrownBy(() -> SOLVER.solve(small.problem(), bad, quickOptions(1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NOBODY");
  }
}
