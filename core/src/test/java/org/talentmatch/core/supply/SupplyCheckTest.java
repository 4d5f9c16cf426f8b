package org.talentmatch.core.supply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.talentmatch.core.check.TestProblems.JINAN;
import static org.talentmatch.core.check.TestProblems.LIAOCHENG;
import static org.talentmatch.core.check.TestProblems.UNIVERSITY;
import static org.talentmatch.core.check.TestProblems.ZIBO;
import static org.talentmatch.core.check.TestProblems.demand;
import static org.talentmatch.core.check.TestProblems.expert;
import static org.talentmatch.core.check.TestProblems.problem;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.talentmatch.api.model.DateRange;
import org.talentmatch.api.model.Degree;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.Expert;
import org.talentmatch.api.model.HostUnit;
import org.talentmatch.api.model.HostUnitType;
import org.talentmatch.api.model.Policy;
import org.talentmatch.api.model.Problem;
import org.talentmatch.api.model.Program;
import org.talentmatch.api.model.Seat;
import org.talentmatch.api.model.SeatRole;
import org.talentmatch.api.model.Title;
import org.talentmatch.api.plan.SeatShortage;
import org.talentmatch.api.plan.SupplyReport;
import org.talentmatch.api.plan.SupplyShortfall;
import org.talentmatch.api.search.Candidate;
import org.talentmatch.core.search.CandidateTable;
import org.talentmatch.core.search.SeatKey;

class SupplyCheckTest {
  private static final CandidateTable NO_CANDIDATES = new CandidateTable(Map.of());
  private static final Seat SENIOR_LEAD = Seat.of(SeatRole.LEAD, 1, "设施蔬菜").withMinTitle(Title.SENIOR);

  static Candidate candidate(String expertId) {
    return new Candidate(expertId, 0.8, 10, List.of());
  }

  /** {@code count} experts E0, E1, … equal to {@code template} but for their ids. */
  private static List<Expert> experts(int count, Expert.Builder template) {
    Expert t = template.build();
    return IntStream.range(0, count)
        .mapToObj(i -> new Expert("E" + i, t.name(), t.institution(), t.title(), t.degree(), t.programs(), t.skills(),
            t.profile(), t.location(), t.huicaiCard(), t.unavailable(), t.maxAssignments()))
        .toList();
  }

  /** The single shortage of a one-demand problem with no candidate at all. */
  private static SeatShortage onlyShortage(Problem problem) {
    SupplyReport report = SupplyCheck.check(problem, NO_CANDIDATES);
    assertThat(report.shortages()).hasSize(1);
    return report.shortages().get(0);
  }

  private static Problem oneDemand(Policy policy, List<Expert> experts, Demand demand) {
    return problem().policy(policy).experts(experts).addDemand(demand).build();
  }

  @Nested
  class Reasons {
    @Test
    void seatWithACandidateIsNotShort() {
      Problem problem = oneDemand(Policy.defaults(), List.of(expert("E1").build()), demand("D1").build());
      CandidateTable table = new CandidateTable(Map.of(new SeatKey("D1", 0), List.of(candidate("E1"))));
      assertThat(SupplyCheck.check(problem, table).shortages()).isEmpty();
    }

    @Test
    void nobodyInTheProgram() {
      Problem problem = oneDemand(Policy.defaults(), List.of(expert("E1").programs(Program.MEDICAL_PAIRING).build()),
          demand("D1").program(Program.SCI_TECH_TO_COUNTRYSIDE).build());
      SeatShortage s = onlyShortage(problem);
      assertThat(s.reason()).isEqualTo("没有参加“科技下乡”项目的专家");
      assertThat(s.reasonEn()).isEqualTo("no expert takes part in SCI_TECH_TO_COUNTRYSIDE");
      assertThat(s.demandId()).isEqualTo("D1");
      assertThat(s.seat()).isZero();
      assertThat(s.slots()).isEqualTo(1);
    }

    @Test
    void nobodyOfTheProgramHasTheTitle() {
      Problem problem = oneDemand(Policy.defaults(), experts(12, expert("X").title(Title.ASSOCIATE)),
          demand("D1").seats(List.of(SENIOR_LEAD)).build());
      SeatShortage s = onlyShortage(problem);
      assertThat(s.reason()).isEqualTo("参加该项目的 12 位专家中没有职称达到正高级的");
      assertThat(s.reasonEn()).isEqualTo("none of the 12 experts of the program has minTitle SENIOR");
    }

    @Test
    void nobodyOfTheProgramHasTitleAndDegree() {
      Seat seat = SENIOR_LEAD.withMinDegree(Degree.DOCTORATE);
      Problem problem = oneDemand(Policy.defaults(), List.of(expert("E1").degree(Degree.MASTER).build()),
          demand("D1").seats(List.of(seat)).build());
      SeatShortage s = onlyShortage(problem);
      assertThat(s.reason()).isEqualTo("参加该项目的 1 位专家中没有职称达到正高级且学历达到博士的");
      assertThat(s.reasonEn()).isEqualTo("none of the 1 experts of the program has minTitle SENIOR and minDegree DOCTORATE");
    }

    @Test
    void nobodyWithinTravelDistance() {
      Problem problem = oneDemand(Policy.defaults().withMaxTravelKm(100), List.of(expert("E1").location(JINAN).build()),
          demand("D1").seats(List.of(SENIOR_LEAD)).build());
      SeatShortage s = onlyShortage(problem);
      assertThat(s.reason()).isEqualTo("100公里内没有符合职称要求的候选人");
      assertThat(s.reasonEn()).isEqualTo("no candidate with minTitle SENIOR within 100 km");
    }

    @Test
    void nobodyWithinTravelDistanceForASeatWithoutTitleRequirement() {
      Problem problem = oneDemand(Policy.defaults().withMaxTravelKm(100), List.of(expert("E1").location(JINAN).build()),
          demand("D1").build());
      SeatShortage s = onlyShortage(problem);
      assertThat(s.reason()).isEqualTo("100公里内没有参加该项目的专家");
      assertThat(s.reasonEn()).isEqualTo("no candidate of the program within 100 km");
    }

    @Test
    void everybodyUnavailable() {
      Problem problem = oneDemand(Policy.defaults(),
          experts(5, expert("X").addUnavailable(DateRange.of("2027-04-01", "2027-04-10"))), demand("D1").build());
      SeatShortage s = onlyShortage(problem);
      assertThat(s.reason()).isEqualTo("符合条件的 5 位专家在 2027-04-10..2027-04-12 均不可用");
      assertThat(s.reasonEn()).isEqualTo("all 5 eligible experts are unavailable on 2027-04-10..2027-04-12");
    }

    @Test
    void everybodyHasAConflictOfInterest() {
      Problem problem = oneDemand(Policy.defaults(), experts(2, expert("X")),
          demand("D1").hostUnit(HostUnit.of("山农大寿光基地", HostUnitType.OTHER, UNIVERSITY)).build());
      SeatShortage s = onlyShortage(problem);
      assertThat(s.reason()).isEqualTo("符合条件的 2 位专家均与承接单位存在利益冲突（同属山东农业大学）");
      assertThat(s.reasonEn()).contains("all 2 eligible experts belong to 山东农业大学");
    }

    @Test
    void nobodyMatchesTheSkills() {
      Demand demand = demand("D1").seats(List.of(Seat.of(SeatRole.MEMBER, 2, "设施蔬菜", "土壤改良"))).build();
      SeatShortage s = onlyShortage(oneDemand(Policy.defaults(), experts(8, expert("X")), demand));
      assertThat(s.reason()).isEqualTo("符合条件的 8 位专家技能均不匹配：设施蔬菜、土壤改良（匹配度低于 0.30）");
      assertThat(s.reasonEn()).isEqualTo("none of the 8 eligible experts matches 设施蔬菜, 土壤改良 (relevance below 0.30)");
      assertThat(s.slots()).isEqualTo(2);
    }

    @Test
    void skillReasonNamesThePolicyFloor() {
      Problem problem = oneDemand(Policy.defaults().withMinRelevance(0.45), List.of(expert("E1").build()),
          demand("D1").build());
      assertThat(onlyShortage(problem).reason()).endsWith("（匹配度低于 0.45）");
      Problem noPolicyFloor = oneDemand(Policy.defaults(), List.of(expert("E1").build()), demand("D1").build());
      assertThat(SupplyCheck.check(noPolicyFloor, NO_CANDIDATES, 0.5).shortages().get(0).reasonEn())
          .endsWith("(relevance below 0.50)");
    }
  }

  @Nested
  class FilterOrder {
    @Test
    void titleIsNamedBeforeDistanceWhenBothExclude() {
      Problem problem = oneDemand(Policy.defaults().withMaxTravelKm(100),
          List.of(expert("E1").title(Title.ASSOCIATE).location(LIAOCHENG).build()),
          demand("D1").seats(List.of(SENIOR_LEAD)).build());
      assertThat(onlyShortage(problem).reasonEn()).isEqualTo("none of the 1 experts of the program has minTitle SENIOR");
    }

    @Test
    void filtersApplyInSequenceNotPerExpert() {
      // E1 is near but too junior, E2 senior but far: the title filter leaves E2, whom distance removes.
      Problem problem = oneDemand(Policy.defaults().withMaxTravelKm(100),
          List.of(expert("E1").title(Title.ASSOCIATE).location(ZIBO).build(), expert("E2").location(LIAOCHENG).build()),
          demand("D1").seats(List.of(SENIOR_LEAD)).build());
      assertThat(onlyShortage(problem).reasonEn()).isEqualTo("no candidate with minTitle SENIOR within 100 km");
    }

    @Test
    void availabilityIsNamedBeforeConflictOfInterest() {
      Problem problem = oneDemand(Policy.defaults(),
          List.of(expert("E1").addUnavailable(DateRange.of("2027-04-12", "2027-04-12")).build()),
          demand("D1").hostUnit(HostUnit.of("山农大寿光基地", HostUnitType.OTHER, UNIVERSITY)).build());
      assertThat(onlyShortage(problem).reasonEn()).startsWith("all 1 eligible experts are unavailable");
    }

    @Test
    void conflictCountsOnlyExpertsWhoPassedTheEarlierFilters() {
      // E2 is unavailable, so only E1 reaches the conflict-of-interest filter.
      Problem problem = oneDemand(Policy.defaults(),
          List.of(expert("E1").build(), expert("E2").addUnavailable(DateRange.of("2027-04-11", "2027-04-11")).build()),
          demand("D1").hostUnit(HostUnit.of("山农大寿光基地", HostUnitType.OTHER, UNIVERSITY)).build());
      assertThat(onlyShortage(problem).reason()).startsWith("符合条件的 1 位专家均与承接单位存在利益冲突");
    }
  }

  @Test
  void shortfallsByProgramAndCityMostShortFirst() {
    Problem problem = problem()
        .addExpert(expert("E1").programs(Program.EXPERT_SERVICE, Program.MEDICAL_PAIRING).build())
        // 潍坊市 EXPERT_SERVICE: 4 slots, 3 without candidate.
        .addDemand(demand("D1").addSeat(Seat.of(SeatRole.MEMBER, 2, "土壤改良")).build())
        .addDemand(demand("D2").build())
        // 济南市 MEDICAL_PAIRING: 2 slots, both without candidate.
        .addDemand(demand("D3").program(Program.MEDICAL_PAIRING).location(JINAN)
            .seats(List.of(Seat.of(SeatRole.MEMBER, 2, "全科医学"))).build())
        // 济南市 EXPERT_SERVICE: 1 slot with a candidate.
        .addDemand(demand("D4").location(JINAN).build())
        .build();
    CandidateTable table = new CandidateTable(Map.of(
        new SeatKey("D2", 0), List.of(candidate("E1")),
        new SeatKey("D4", 0), List.of(candidate("E1"))));
    SupplyReport report = SupplyCheck.check(problem, table);
    assertThat(report.shortages()).extracting(s -> s.demandId() + "/" + s.seat() + "x" + s.slots())
        .containsExactly("D1/0x1", "D1/1x2", "D3/0x2");
    assertThat(report.slotsWithoutCandidate()).isEqualTo(5);
    assertThat(report.shortfalls()).containsExactly(
        new SupplyShortfall(Program.EXPERT_SERVICE, "370700", "潍坊市", 4, 3),
        new SupplyShortfall(Program.MEDICAL_PAIRING, "370100", "济南市", 2, 2),
        new SupplyShortfall(Program.EXPERT_SERVICE, "370100", "济南市", 1, 0));
  }
}
