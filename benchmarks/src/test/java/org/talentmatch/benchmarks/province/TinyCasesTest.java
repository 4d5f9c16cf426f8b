package org.talentmatch.benchmarks.province;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.talentmatch.api.model.DateRange;
import org.talentmatch.api.model.Degree;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.Expert;
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
import org.talentmatch.api.search.Candidate;
import org.talentmatch.core.check.CheckReport;
import org.talentmatch.core.check.PlanChecker;
import org.talentmatch.core.rules.HardRule;
import org.talentmatch.core.search.CandidateTable;
import org.talentmatch.core.search.SeatKey;

/** Greedy, the exact reference and the relaxation against optima worked out by hand. */
class TinyCasesTest {
  private static final Duration LIMIT = Duration.ofSeconds(10);

  @Test
  void greedyGivesTheSharedExpertToTheFirstDemandWhileExactFillsBoth() {
    // Cap 1. D1 (priority 5) ranks A 0.9, B 0.5; D2 (priority 3) has only A.
    // Greedy: D1 <- A, D2 empty: medium -3. Optimum: D1 <- B, D2 <- A: medium 0, relevance 1.3.
    Problem problem = problem(Policy.defaults().withMaxAssignmentsPerExpert(1), List.of(),
        demand("D1", 5, SeatRole.MEMBER, "2027-03-01", "2027-03-02"),
        demand("D2", 3, SeatRole.MEMBER, "2027-05-01", "2027-05-02"));
    CandidateTable candidates = table(Map.of(
        "D1", List.of(candidate("A", 0.9), candidate("B", 0.5)),
        "D2", List.of(candidate("A", 0.8))));

    Plan greedy = GreedyPlanner.plan(problem, candidates);
    assertThat(experts(greedy)).containsExactly(Map.entry("D1", "A"));
    assertFeasible(problem, greedy, -3);

    Reference exact = exact(problem, candidates);
    assertThat(experts(exact.plan())).containsOnly(Map.entry("D1", "B"), Map.entry("D2", "A"));
    assertThat(RelevanceCeiling.total(exact.plan())).isCloseTo(1.3, within());
    assertFeasible(problem, exact.plan(), 0);
    assertThat(exact.mediumBound()).isZero();
    // The ceiling gives each seat its best candidate, A twice: 0.9 + 0.8, above the optimum's 1.3.
    assertThat(RelevanceCeiling.of(problem, candidates)).isCloseTo(1.7, within());
  }

  @Test
  void relevanceCeilingCountsASeatsBestCandidatesUpToItsCount() {
    // D1 seats two (A 0.9, B 0.5, C 0.4: the best two count), D2 one (B 0.6, A 0.3); D3 has no candidate.
    Demand two = Demand.builder("D1").program(Program.EXPERT_SERVICE).title("设施蔬菜技术指导")
        .hostUnit(HostUnit.of("D1合作社", HostUnitType.COOPERATIVE)).location("370902", 36.2, 117.1)
        .priority(3).dates("2027-03-01", "2027-03-02").addSeat(Seat.of(SeatRole.MEMBER, 2, "设施蔬菜")).build();
    Problem problem = problem(Policy.defaults(), List.of(), two,
        demand("D2", 3, SeatRole.MEMBER, "2027-05-01", "2027-05-02"),
        demand("D3", 3, SeatRole.MEMBER, "2027-06-01", "2027-06-02"));
    CandidateTable candidates = table(Map.of(
        "D1", List.of(candidate("A", 0.9), candidate("B", 0.5), candidate("C", 0.4)),
        "D2", List.of(candidate("B", 0.6), candidate("A", 0.3))));

    assertThat(RelevanceCeiling.of(problem, candidates)).isCloseTo(0.9 + 0.5 + 0.6, within());
  }

  @Test
  void exactWeighsSlotsByCostWhereGreedyFollowsDemandOrder() {
    // One expert, two overlapping demands. D1 priority 2 with a LEAD seat (cost 4) ranks below D2
    // priority 3 (member, cost 3) in greedy's demand order, but its empty slot costs more.
    Problem problem = problem(Policy.defaults(), List.of(),
        demand("D1", 2, SeatRole.LEAD, "2027-03-01", "2027-03-05"),
        demand("D2", 3, SeatRole.MEMBER, "2027-03-04", "2027-03-06"));
    CandidateTable candidates = table(Map.of("D1", List.of(candidate("A", 0.6)), "D2", List.of(candidate("A", 0.9))));

    assertFeasible(problem, GreedyPlanner.plan(problem, candidates), -4);
    Reference exact = exact(problem, candidates);
    assertThat(experts(exact.plan())).containsExactly(Map.entry("D1", "A"));
    assertFeasible(problem, exact.plan(), -3);
  }

  @Test
  void atEqualCoverageExactTakesTheMostTotalRelevance() {
    // Overlapping dates: A and B serve one demand each. A→D1, B→D2 = 1.35 beats B→D1, A→D2 = 0.9.
    Problem problem = problem(Policy.defaults(), List.of(),
        demand("D1", 3, SeatRole.MEMBER, "2027-03-01", "2027-03-05"),
        demand("D2", 3, SeatRole.MEMBER, "2027-03-01", "2027-03-05"));
    CandidateTable candidates = table(Map.of(
        "D2", List.of(candidate("A", 0.5), candidate("B", 0.45)),
        "D1", List.of(candidate("A", 0.9), candidate("B", 0.4))));

    Reference exact = exact(problem, candidates);
    assertThat(experts(exact.plan())).containsOnly(Map.entry("D1", "A"), Map.entry("D2", "B"));
    assertThat(RelevanceCeiling.total(exact.plan())).isCloseTo(1.35, within());
    assertFeasible(problem, exact.plan(), 0);
  }

  @Test
  void relaxationBoundsExactWhereOverlapMatters() {
    // A alone can serve D1 and D2 (cap 3) but their dates overlap: exact fills one (medium -3), the
    // relaxation without rule 4 fills both (medium 0) and its plan breaks exactly rule 4.
    Problem problem = problem(Policy.defaults(), List.of(),
        demand("D1", 3, SeatRole.MEMBER, "2027-03-01", "2027-03-05"),
        demand("D2", 3, SeatRole.MEMBER, "2027-03-05", "2027-03-09"));
    CandidateTable candidates = table(Map.of("D1", List.of(candidate("A", 0.7)), "D2", List.of(candidate("A", 0.8))));

    Reference exact = exact(problem, candidates);
    assertFeasible(problem, exact.plan(), -3);
    assertThat(experts(exact.plan())).containsExactly(Map.entry("D2", "A"));

    Reference bound = FlowRelaxation.solve(problem, candidates);
    assertThat(bound.kind()).isEqualTo(Reference.Kind.RELAXATION_UPPER_BOUND);
    assertThat(bound.mediumBound()).isZero().isGreaterThan(exact.mediumBound());
    CheckReport check = PlanChecker.check(problem, bound.plan());
    assertThat(check.violations()).extracting(v -> v.rule()).containsExactly(HardRule.DATE_OVERLAP);
  }

  @Test
  void pinsAreKeptAndBlockWhatTheyOverlapInEveryMethod() {
    // A is pinned to D1; D2 overlaps it and has only A; D3 does not and has only A. Cap 2.
    Problem problem = problem(Policy.defaults().withMaxAssignmentsPerExpert(2), List.of(new Pin("D1", 0, "A")),
        demand("D1", 3, SeatRole.MEMBER, "2027-03-01", "2027-03-05"),
        demand("D2", 5, SeatRole.MEMBER, "2027-03-03", "2027-03-04"),
        demand("D3", 1, SeatRole.MEMBER, "2027-06-01", "2027-06-02"));
    CandidateTable candidates = table(Map.of(
        "D1", List.of(candidate("A", 0.6)), "D2", List.of(candidate("A", 0.9)), "D3", List.of(candidate("A", 0.5))));

    for (Plan plan : List.of(GreedyPlanner.plan(problem, candidates), exact(problem, candidates).plan())) {
      assertFeasible(problem, plan, -5);
      assertThat(experts(plan)).containsOnly(Map.entry("D1", "A"), Map.entry("D3", "A"));
      assertThat(plan.assignments()).filteredOn(Assignment::pinned).extracting(Assignment::demandId).containsExactly("D1");
    }
    // Without rule 4 the pin still uses one of A's two assignments: D2 (cost 5) beats D3 (cost 1).
    Plan relaxed = FlowRelaxation.solve(problem, candidates).plan();
    assertThat(experts(relaxed)).containsOnly(Map.entry("D1", "A"), Map.entry("D2", "A"));
    assertThat(relaxed.score().medium()).isEqualTo(-1);
  }

  private static Reference exact(Problem problem, CandidateTable candidates) {
    Reference exact = CpSatReference.solve(problem, candidates, GreedyPlanner.plan(problem, candidates), LIMIT, 1_000).orElseThrow();
    assertThat(exact.kind()).isEqualTo(Reference.Kind.EXACT);
    assertThat(exact.mediumBound()).isEqualTo(exact.plan().score().medium());
    return exact;
  }

  private static void assertFeasible(Problem problem, Plan plan, long medium) {
    CheckReport check = PlanChecker.check(problem, plan);
    assertThat(check.violations()).isEmpty();
    assertThat(check.inconsistencies()).isEmpty();
    assertThat(check.medium()).isEqualTo(medium).isEqualTo(plan.score().medium());
  }

  private static Map<String, String> experts(Plan plan) {
    return plan.assignments().stream().collect(Collectors.toMap(Assignment::demandId, Assignment::expertId,
        (a, b) -> a + "," + b, LinkedHashMap::new));
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return org.assertj.core.data.Offset.offset(1e-9);
  }

  private static Problem problem(Policy policy, List<Pin> pins, Demand... demands) {
    List<Expert> experts = List.of(expert("A"), expert("B"));
    return Problem.builder(DateRange.of("2027-01-01", "2027-12-31"))
        .policy(policy).experts(experts).demands(Arrays.asList(demands)).pinned(pins).build();
  }

  private static Expert expert(String id) {
    return Expert.builder(id).institution("山东农业大学").title(Title.SENIOR).degree(Degree.DOCTORATE)
        .programs(Program.EXPERT_SERVICE).skills("设施蔬菜").location("370902", 36.2, 117.1).build();
  }

  private static Demand demand(String id, int priority, SeatRole role, String start, String end) {
    return Demand.builder(id).program(Program.EXPERT_SERVICE).title("设施蔬菜技术指导")
        .hostUnit(HostUnit.of(id + "合作社", HostUnitType.COOPERATIVE))
        .location("370902", 36.2, 117.1).priority(priority).dates(start, end)
        .addSeat(Seat.of(role, 1, "设施蔬菜")).build();
  }

  private static Candidate candidate(String expertId, double relevance) {
    return new Candidate(expertId, relevance, 0, List.of());
  }

  private static CandidateTable table(Map<String, List<Candidate>> byDemand) {
    return new CandidateTable(byDemand.entrySet().stream()
        .collect(Collectors.toMap(e -> new SeatKey(e.getKey(), 0), Map.Entry::getValue)));
  }
}
