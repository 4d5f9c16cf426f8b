package org.talentmatch.core.supply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.talentmatch.core.check.TestProblems.assign;
import static org.talentmatch.core.check.TestProblems.demand;
import static org.talentmatch.core.check.TestProblems.expert;
import static org.talentmatch.core.check.TestProblems.problem;
import static org.talentmatch.core.supply.SupplyCheckTest.candidate;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.talentmatch.api.model.Problem;
import org.talentmatch.api.model.Program;
import org.talentmatch.api.model.Seat;
import org.talentmatch.api.model.SeatRole;
import org.talentmatch.api.plan.Assignment;
import org.talentmatch.api.plan.SlotRef;
import org.talentmatch.api.plan.SupplyReport;
import org.talentmatch.api.plan.UnfilledSlot;
import org.talentmatch.core.search.CandidateTable;
import org.talentmatch.core.search.SeatKey;

class UnfilledReasonsTest {
  // D1 (04-10..12) has a LEAD seat and a MEMBER seat; D2 overlaps it, D3 does not; D9 nobody can serve.
  private final Problem problem = problem()
      .addExpert(expert("SAME").build())
      .addExpert(expert("BUSY").build())
      .addExpert(expert("CAPPED").maxAssignments(1).build())
      .addExpert(expert("FREE").build())
      .addDemand(demand("D1").addSeat(Seat.of(SeatRole.MEMBER, 1, "土壤改良")).build())
      .addDemand(demand("D2").dates("2027-04-12", "2027-04-20").build())
      .addDemand(demand("D3").dates("2027-09-01", "2027-09-02").build())
      .addDemand(demand("D9").program(Program.SANZHI_YIFU).build())
      .build();
  private final List<Assignment> assignments = List.of(
      assign(problem, "D1", 1, 0, "SAME"), assign(problem, "D2", 0, 0, "BUSY"), assign(problem, "D3", 0, 0, "CAPPED"));

  private UnfilledSlot reason(List<String> leadCandidates, SlotRef slot) {
    CandidateTable table = new CandidateTable(Map.of(
        new SeatKey("D1", 0), leadCandidates.stream().map(SupplyCheckTest::candidate).toList(),
        new SeatKey("D1", 1), List.of(candidate("SAME")),
        new SeatKey("D2", 0), List.of(candidate("BUSY")),
        new SeatKey("D3", 0), List.of(candidate("CAPPED"))));
    SupplyReport report = SupplyCheck.check(problem, table);
    return UnfilledReasons.of(problem, table, report, assignments).reasonFor(slot);
  }

  @Test
  void seatWithoutCandidateGetsTheSupplyReason() {
    UnfilledSlot u = reason(List.of("SAME"), new SlotRef("D9", 0, 0));
    assertThat(u.reason()).isEqualTo("没有参加“三支一扶”项目的专家");
    assertThat(u.reasonEn()).isEqualTo("no expert takes part in SANZHI_YIFU");
    assertThat(u.slotRef()).isEqualTo(new SlotRef("D9", 0, 0));
  }

  @Test
  void everyCandidateTakenIsAccountedFor() {
    UnfilledSlot u = reason(List.of("SAME", "BUSY", "CAPPED"), new SlotRef("D1", 0, 0));
    assertThat(u.reason()).isEqualTo("全部 3 位候选人均已安排：1 位已在本需求的其他席位，1 位在日期重叠的其他任务中，1 位已达任务上限");
    assertThat(u.reasonEn()).isEqualTo("all 3 candidates are taken: 1 hold another slot of this demand, "
        + "1 serve elsewhere on overlapping dates, 1 are at their assignment cap");
  }

  @Test
  void onlyTheKindsThatOccurAreNamed() {
    assertThat(reason(List.of("BUSY"), new SlotRef("D1", 0, 0)).reason())
        .isEqualTo("全部 1 位候选人均已安排：1 位在日期重叠的其他任务中");
  }

  @Test
  void aFreeCandidateMeansThePlanCouldHaveFilledTheSlot() {
    UnfilledSlot u = reason(List.of("SAME", "BUSY", "FREE"), new SlotRef("D1", 0, 0));
    assertThat(u.reason()).startsWith("3 位候选人中有 1 位仍可安排");
    assertThat(u.reasonEn()).startsWith("1 of the 3 candidates were still free");
  }

  @Test
  void slotsOutsideTheProblemAreRejected() {
    assertThatIllegalArgumentException().isThrownBy(() -> reason(List.of("FREE"), new SlotRef("D1", 0, 1)));
    assertThatIllegalArgumentException().isThrownBy(() -> reason(List.of("FREE"), new SlotRef("NOPE", 0, 0)));
  }
}
