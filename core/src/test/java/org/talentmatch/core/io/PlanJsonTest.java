package org.talentmatch.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentmatch.api.InvalidProblemException;
import org.talentmatch.api.ValidationError;
import org.talentmatch.api.plan.Assignment;
import org.talentmatch.api.plan.Plan;
import org.talentmatch.api.plan.PlanMetrics;
import org.talentmatch.api.plan.PlanScore;
import org.talentmatch.api.plan.Reason;
import org.talentmatch.api.plan.UnfilledSlot;

class PlanJsonTest {
  private static final Plan PLAN = new Plan(
      new PlanScore(0, -3, -12873),
      List.of(
          new Assignment("D1", 0, 0, "E1", OptionalDouble.empty(), 142.3, true,
              List.of(new Reason("pinned", "0", "已确认的安排", "confirmed arrangement"))),
          new Assignment("D1", 1, 1, "E3", OptionalDouble.of(0.91), 130.0, false,
              List.of(new Reason("skill-relevance", "+91", "技能匹配：土壤改良", "skills matched: 土壤改良")))),
      List.of(new UnfilledSlot("D2", 0, 0, "400公里内没有学历达到硕士的候选人",
          "no candidate with minDegree MASTER within 400 km")),
      new PlanMetrics(4, 2, 0.6667, 0.91, 0.0, 136.2, OptionalInt.empty()));

  private static final String PLAN_JSON = """
      {
        "format": "talentmatch/v1-plan",
        "score": {
          "hard": 0,
          "medium": -3,
          "soft": -12873
        },
        "assignments": [
          {
            "demandId": "D1",
            "seat": 0,
            "slot": 0,
            "expertId": "E1",
            "relevance": null,
            "distanceKm": 142.3,
            "pinned": true,
            "reasons": [
              {
                "rule": "pinned",
                "impact": "0",
                "text": "已确认的安排",
                "textEn": "confirmed arrangement"
              }
            ]
          },
          {
            "demandId": "D1",
            "seat": 1,
            "slot": 1,
            "expertId": "E3",
            "relevance": 0.91,
            "distanceKm": 130.0,
            "pinned": false,
            "reasons": [
              {
                "rule": "skill-relevance",
                "impact": "+91",
                "text": "技能匹配：土壤改良",
                "textEn": "skills matched: 土壤改良"
              }
            ]
          }
        ],
        "unfilled": [
          {
            "demandId": "D2",
            "seat": 0,
            "slot": 0,
            "reason": "400公里内没有学历达到硕士的候选人",
            "reasonEn": "no candidate with minDegree MASTER within 400 km"
          }
        ],
        "metrics": {
          "seatsTotal": 4,
          "seatsFilled": 2,
          "priorityAreaFillRate": 0.6667,
          "meanRelevance": 0.91,
          "loadGini": 0.0,
          "meanDistanceKm": 136.2
        }
      }
      """;

  @Test
  void writesTheFormatsFieldsInItsOrder() {
    assertThat(PlanJson.toJson(PLAN)).isEqualTo(PLAN_JSON);
  }

  @Test
  void roundTrips() throws Exception {
    assertThat(PlanJson.parse(PlanJson.toJson(PLAN))).isEqualTo(PLAN);
  }

  @Test
  void writesMovedOnlyWhenPresent() throws Exception {
    Plan replanned = new Plan(PLAN.score(), PLAN.assignments(), PLAN.unfilled(),
        new PlanMetrics(4, 2, 0.6667, 0.91, 0.0, 136.2, OptionalInt.of(1)));

    String json = PlanJson.toJson(replanned);

    assertThat(json).contains("  \"meanDistanceKm\": 136.2,\n    \"moved\": 1\n");
    assertThat(PlanJson.parse(json)).isEqualTo(replanned);
    assertThat(PlanJson.toJson(PLAN)).doesNotContain("moved");
  }

  @Test
  void roundsRelevanceAndRatesToFourDecimalsAndDistancesToOneInPlainNotation() throws Exception {
    Plan raw = new Plan(PLAN.score(),
        List.of(new Assignment("D1", 1, 0, "E3", OptionalDouble.of(0.912_349), 130.04999, false, List.of())),
        List.of(), new PlanMetrics(1, 1, 2.0 / 3, 0.000_05, 1e-7, 0.05, OptionalInt.empty()));

    String json = PlanJson.toJson(raw);
    Plan read = PlanJson.parse(json);

    assertThat(json).contains("\"relevance\": 0.9123,", "\"distanceKm\": 130.0,", "\"priorityAreaFillRate\": 0.6667,",
        "\"meanRelevance\": 0.0001,", "\"loadGini\": 0.0,", "\"meanDistanceKm\": 0.1");
    assertThat(read.assignments().get(0).relevance()).hasValue(0.9123);
    assertThat(read.metrics().meanRelevance()).isEqualTo(0.0001);
  }

  @Test
  void isByteStableForEqualPlans(@TempDir Path dir) throws Exception {
    Plan copy = new Plan(PLAN.score(), List.copyOf(PLAN.assignments()), List.copyOf(PLAN.unfilled()), PLAN.metrics());
    PlanJson.write(PLAN, dir.resolve("a.json"));
    PlanJson.write(copy, dir.resolve("b.json"));

    assertThat(Files.readAllBytes(dir.resolve("a.json"))).isEqualTo(Files.readAllBytes(dir.resolve("b.json")))
        .isEqualTo(PLAN_JSON.getBytes(StandardCharsets.UTF_8));
    assertThat(PlanJson.read(dir.resolve("a.json"))).isEqualTo(PLAN);
  }

  @Test
  void reportsEveryStructuralErrorWithItsPath() {
    String json = PLAN_JSON.replace("\"talentmatch/v1-plan\"", "\"talentmatch/v1\"")
        .replace("\"relevance\": 0.91", "\"relevance\": 1.5")
        .replace("\"slot\": 1,", "\"slot\": -1,")
        .replace("\"seatsTotal\": 4,", "");

    assertThatThrownBy(() -> PlanJson.parse(json)).isInstanceOfSatisfying(InvalidProblemException.class,
        e -> assertThat(e.errors()).containsExactly(
            new ValidationError("$.format", "expected \"talentmatch/v1-plan\", got \"talentmatch/v1\""),
            new ValidationError("$.assignments[1].slot", "must be ≥ 0"),
            new ValidationError("$.assignments[1].relevance", "must be between 0 and 1"),
            new ValidationError("$.metrics.seatsTotal", "required")));
  }

  @Test
  void acceptsReasonsWithoutEnglishText() throws Exception {
    String json = PLAN_JSON.replaceFirst(",\\s*\"textEn\": \"confirmed arrangement\"", "");

    assertThat(PlanJson.parse(json).assignments().get(0).reasons().get(0).textEn()).isEmpty();
  }
}
