package org.talentmatch.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.talentmatch.api.InvalidProblemException;
import org.talentmatch.api.ValidationError;
import org.talentmatch.api.change.PlanChange;
import org.talentmatch.api.model.DateRange;
import org.talentmatch.api.plan.Alternate;
import org.talentmatch.api.plan.Assignment;
import org.talentmatch.api.plan.Plan;
import org.talentmatch.api.plan.PlanMetrics;
import org.talentmatch.api.plan.PlanScore;
import org.talentmatch.api.plan.SlotRef;

class ChangesJsonTest {
  private static final String EXPERT = """
      {"id": "E09001", "institution": "山东农业大学", "title": "SENIOR", "degree": "DOCTORATE",
       "programs": ["EXPERT_SERVICE"], "skills": ["设施蔬菜"],
       "location": {"region": "370911", "lat": 36.16, "lon": 117.16}}""";
  private static final String DEMAND = """
      {"id": "D09001", "program": "EXPERT_SERVICE", "title": "大棚蔬菜技术指导",
       "hostUnit": {"name": "某合作社", "type": "COOPERATIVE"},
       "location": {"region": "370783", "lat": 36.88, "lon": 118.79},
       "start": "2027-04-10", "end": "2027-04-12",
       "seats": [{"role": "MEMBER", "count": 1, "skills": ["设施蔬菜"]}]}""";

  @Test
  void readsEveryTypeOfChangeInOrder() throws Exception {
    List<PlanChange> changes = ChangesJson.parse("""
        {"format": "talentmatch/v1-changes", "changes": [
          {"type": "confirm", "demandId": "D00042", "seat": 0, "slot": 0, "expertId": "E00017"},
          {"type": "decline", "demandId": "D00042", "seat": 1, "slot": 0, "expertId": "E00311"},
          {"type": "unavailable", "expertId": "E00090", "start": "2027-04-01", "end": "2027-04-30"},
          {"type": "cancelDemand", "demandId": "D00077"},
          {"type": "moveDemand", "demandId": "D00078", "start": "2027-06-02", "end": "2027-06-04", "note": "ignored"},
          {"type": "addDemand", "demand": %s},
          {"type": "addExpert", "expert": %s}
        ]}""".formatted(DEMAND, EXPERT));

    assertThat(changes).hasSize(7);
    assertThat(changes.get(0)).isEqualTo(new PlanChange.Confirm(new SlotRef("D00042", 0, 0), "E00017"));
    assertThat(changes.get(1)).isEqualTo(new PlanChange.Decline(new SlotRef("D00042", 1, 0), "E00311"));
    assertThat(changes.get(2)).isEqualTo(
        new PlanChange.Unavailable("E00090", DateRange.of("2027-04-01", "2027-04-30")));
    assertThat(changes.get(3)).isEqualTo(new PlanChange.CancelDemand("D00077"));
    assertThat(changes.get(4)).isEqualTo(
        new PlanChange.MoveDemand("D00078", DateRange.of("2027-06-02", "2027-06-04")));
    assertThat(((PlanChange.AddDemand) changes.get(5)).demand().id()).isEqualTo("D09001");
    assertThat(((PlanChange.AddExpert) changes.get(6)).expert().skills()).containsExactly("设施蔬菜");
  }

  @Test
  void reportsEveryStructuralErrorWithItsPath() {
    String json = """
        {"format": "talentmatch/v1-changes", "changes": [
          {"type": "confirm", "demandId": "D1", "slot": -1, "expertId": "E1"},
          {"type": "resign", "expertId": "E1"},
          {"type": "moveDemand", "demandId": "D1", "start": "2027-06-05", "end": "2027-06-04"},
          {"type": "addDemand", "demand": {"id": "D2"}},
          {"expertId": "E1"},
          3
        ]}""";

    assertThatThrownBy(() -> ChangesJson.parse(json))
        .isInstanceOfSatisfying(InvalidProblemException.class, e -> assertThat(e.errors())
            .extracting(ValidationError::path)
            .contains("$.changes[0].seat", "$.changes[0].slot", "$.changes[1].type", "$.changes[2].end",
                "$.changes[3].demand.program", "$.changes[3].demand.seats", "$.changes[4].type", "$.changes[5]"));
  }

  @Test
  void refusesAnotherFormat() {
    assertThatThrownBy(() -> ChangesJson.parse("{\"format\": \"talentmatch/v1\", \"changes\": []}"))
        .isInstanceOfSatisfying(InvalidProblemException.class, e -> assertThat(e.errors())
            .extracting(ValidationError::path).containsExactly("$.format"));
  }

  @Test
  void planAlternatesAreWrittenAndReadBack() throws Exception {
    Assignment assignment = new Assignment("D1", 0, 0, "E1", OptionalDouble.of(0.9), 12.5, false, List.of(),
        List.of(new Alternate("E2", 0.85, 30.0), new Alternate("E3", 0.8, 5.0)));
    Plan plan = new Plan(new PlanScore(0, 0, 900), List.of(assignment), List.of(),
        new PlanMetrics(1, 1, 0, 0.9, 0, 12.5, java.util.OptionalInt.of(2)));

    String json = PlanJson.toJson(plan);

    assertThat(json).contains("\"alternates\"");
    assertThat(PlanJson.parse(json)).isEqualTo(plan);
    assertThat(PlanJson.toJson(new Plan(plan.score(), List.of(assignment.withAlternates(List.of())), List.of(),
        plan.metrics()))).doesNotContain("alternates");
  }
}
