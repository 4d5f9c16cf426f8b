package org.talentmatch.core.replan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.talentmatch.api.InvalidProblemException;
import org.talentmatch.api.ValidationError;
import org.talentmatch.api.change.Exclusion;
import org.talentmatch.api.change.PlanChange;
import org.talentmatch.api.model.DateRange;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.Expert;
import org.talentmatch.api.model.HostUnit;
import org.talentmatch.api.model.HostUnitType;
import org.talentmatch.api.model.Pin;
import org.talentmatch.api.model.Problem;
import org.talentmatch.api.model.Program;
import org.talentmatch.api.model.Seat;
import org.talentmatch.api.model.SeatRole;
import org.talentmatch.api.model.Title;
import org.talentmatch.api.model.Degree;
import org.talentmatch.api.plan.Assignment;
import org.talentmatch.api.plan.Plan;
import org.talentmatch.api.plan.PlanMetrics;
import org.talentmatch.api.plan.PlanScore;
import org.talentmatch.api.plan.SlotRef;

class ChangeApplierTest {
  private static final SlotRef D1_SLOT0 = new SlotRef("D1", 0, 0);
  private static final SlotRef D1_SLOT1 = new SlotRef("D1", 0, 1);

  private final Problem problem = Problem.builder(DateRange.of("2027-01-01", "2027-12-31"))
      .addExpert(expert("E1")).addExpert(expert("E2")).addExpert(expert("E3"))
      .addDemand(demand("D1", "2027-04-10", "2027-04-12"))
      .addDemand(demand("D2", "2027-06-01", "2027-06-03"))
      .addPin(new Pin("D1", 0, "E1"))
      .build();
  private final Plan plan = new Plan(new PlanScore(0, -3, 0),
      List.of(assignment(D1_SLOT0, "E1", true), assignment(D1_SLOT1, "E2", false),
          assignment(new SlotRef("D2", 0, 0), "E3", false)),
      List.of(), new PlanMetrics(4, 3, 0, 0.9, 0, 10, OptionalInt.empty()));

  @Test
  void confirmPinsAndDeclineExcludesTheExpertFromTheDemandAndReleasesTheirPin() throws Exception {
    AppliedChanges applied = ChangeApplier.apply(problem, plan, List.of(
        new PlanChange.Confirm(D1_SLOT1, "E2"),
        new PlanChange.Decline(D1_SLOT0, "E1")));

    assertThat(applied.problem().pinned()).containsExactly(new Pin("D1", 0, "E2"));
    assertThat(applied.releasedPins()).singleElement().satisfies(released -> {
      assertThat(released.pin()).isEqualTo(new Pin("D1", 0, "E1"));
      assertThat(released.changeIndex()).isEqualTo(1);
    });
    assertThat(applied.exclusions()).containsExactly(new Exclusion("D1", "E1"));
    assertThat(applied.declined()).extracting(Assignment::expertId).containsExactly("E1");
    assertThat(applied.standing()).extracting(Assignment::expertId).containsExactly("E2", "E3");
  }

  /** A period's changes file replayed against a later plan: the earlier decline stays in force. */
  @Test
  void aDeclineOfASlotThePlanNoLongerHoldsStillExcludesTheExpert() throws Exception {
    AppliedChanges applied = ChangeApplier.apply(problem, plan, List.of(new PlanChange.Decline(D1_SLOT1, "E3")));

    assertThat(applied.exclusions()).containsExactly(new Exclusion("D1", "E3"));
    assertThat(applied.declined()).isEmpty();
    assertThat(applied.standing()).hasSize(3);
  }

  @Test
  void confirmingAnAssignmentThePlanDoesNotHoldIsAnInputError() {
    assertThatThrownBy(() -> ChangeApplier.apply(problem, plan, List.of(new PlanChange.Confirm(D1_SLOT1, "E3"))))
        .isInstanceOfSatisfying(InvalidProblemException.class, e -> assertThat(e.errors()).singleElement()
            .satisfies(error -> assertThat(error.path()).isEqualTo("$.changes[0].expertId")));
  }

  @Test
  void movingADemandOntoDatesItsPinnedExpertCannotServeReleasesThePin() throws Exception {
    AppliedChanges applied = ChangeApplier.apply(problem, plan, List.of(
        new PlanChange.Unavailable("E1", DateRange.of("2027-08-01", "2027-08-31")),
        new PlanChange.MoveDemand("D1", DateRange.of("2027-08-10", "2027-08-12"))));

    assertThat(applied.problem().pinned()).isEmpty();
    assertThat(applied.releasedPins()).singleElement().satisfies(r -> assertThat(r.changeIndex()).isEqualTo(1));
    assertThat(applied.problem().demands().get(0).dates()).isEqualTo(DateRange.of("2027-08-10", "2027-08-12"));
    assertThat(applied.problem().experts().get(0).unavailable()).hasSize(1);
  }

  @Test
  void aChangeReferringToWhatNoLongerExistsNamesItsIndexAndField() {
    List<PlanChange> changes = List.of(
        new PlanChange.CancelDemand("D2"),
        new PlanChange.Decline(new SlotRef("D2", 0, 0), "E3"),
        new PlanChange.Confirm(new SlotRef("D1", 0, 1), "E3"),
        new PlanChange.Confirm(new SlotRef("D1", 1, 0), "E2"),
        new PlanChange.Unavailable("E9", DateRange.of("2027-03-01", "2027-03-02")),
        new PlanChange.AddExpert(expert("E2")),
        new PlanChange.MoveDemand("D1", DateRange.of("2028-03-01", "2028-03-02")));

    assertThatThrownBy(() -> ChangeApplier.apply(problem, plan, changes))
        .isInstanceOfSatisfying(InvalidProblemException.class, e -> assertThat(e.errors())
            .extracting(ValidationError::path)
            .containsExactly("$.changes[1].demandId", "$.changes[2].expertId", "$.changes[3].seat",
                "$.changes[4].expertId", "$.changes[5].expert.id", "$.changes[6].start"));
  }

  private static Assignment assignment(SlotRef ref, String expertId, boolean pinned) {
    return new Assignment(ref.demandId(), ref.seat(), ref.slot(), expertId, OptionalDouble.of(0.9), 10, pinned,
        List.of());
  }

  private static Expert expert(String id) {
    return Expert.builder(id).institution("山东农业大学").title(Title.SENIOR).degree(Degree.DOCTORATE)
        .programs(Program.EXPERT_SERVICE).skills("设施蔬菜").location("370911", 36.16, 117.16).build();
  }

  private static Demand demand(String id, String start, String end) {
    return Demand.builder(id).program(Program.EXPERT_SERVICE).title("设施蔬菜技术指导")
        .hostUnit(HostUnit.of("合作社" + id, HostUnitType.COOPERATIVE)).location("370783", 36.88, 118.79)
        .dates(start, end).addSeat(Seat.of(SeatRole.MEMBER, 2, "设施蔬菜")).build();
  }
}
