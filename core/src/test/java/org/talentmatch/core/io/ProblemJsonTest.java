package org.talentmatch.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.talentmatch.core.io.Samples.demand;
import static org.talentmatch.core.io.Samples.errorsOf;
import static org.talentmatch.core.io.Samples.expert;
import static org.talentmatch.core.io.Samples.mutated;
import static org.talentmatch.core.io.Samples.seat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.talentmatch.api.InvalidProblemException;
import org.talentmatch.api.ValidationError;
import org.talentmatch.api.model.DateRange;
import org.talentmatch.api.model.Degree;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.Expert;
import org.talentmatch.api.model.HistoryEntry;
import org.talentmatch.api.model.HostUnit;
import org.talentmatch.api.model.HostUnitType;
import org.talentmatch.api.model.Pin;
import org.talentmatch.api.model.Policy;
import org.talentmatch.api.model.Problem;
import org.talentmatch.api.model.Program;
import org.talentmatch.api.model.Seat;
import org.talentmatch.api.model.SeatRole;
import org.talentmatch.api.model.Title;

class ProblemJsonTest {

  @Test
  void readsTheSampleIntoTheExpectedProblem() throws Exception {
    Problem expected = Problem.builder(DateRange.of("2027-01-01", "2027-12-31"))
        .policy(new Policy(3, 30, OptionalDouble.of(400), OptionalDouble.of(0.3)))
        .addExpert(Expert.builder("E1").name("王建国").institution("山东农业大学").title(Title.SENIOR)
            .degree(Degree.DOCTORATE).programs(Program.EXPERT_SERVICE, Program.SCI_TECH_COMMISSIONER)
            .skills("设施蔬菜", "病虫害绿色防控").profile("长期从事日光温室蔬菜栽培与土壤连作障碍治理研究")
            .location("370911", 36.16, 117.16).addUnavailable(DateRange.of("2027-03-01", "2027-03-20"))
            .maxAssignments(2).build())
        .addExpert(Expert.builder("E2").name("李红").institution("山东第一医科大学").title(Title.ASSOCIATE)
            .degree(Degree.MASTER).programs(Program.MEDICAL_PAIRING).skills("全科医学")
            .location("370102", 36.65, 117.12).build())
        .addExpert(Expert.builder("E3").name("张伟").institution("青岛农业大学").title(Title.INTERMEDIATE)
            .degree(Degree.BACHELOR).programs(Program.EXPERT_SERVICE).skills("土壤改良", "植物保护")
            .location("370281", 36.27, 120.02).huicaiCard(true).build())
        .addDemand(Demand.builder("D1").program(Program.EXPERT_SERVICE).title("寿光设施蔬菜连作障碍治理")
            .description("合作社大棚黄瓜连年减产，需要土壤改良和病害防控技术指导")
            .hostUnit(HostUnit.of("某蔬菜专业合作社", HostUnitType.COOPERATIVE))
            .location("370783", 36.88, 118.79).priorityArea(true).priority(4).dates("2027-04-10", "2027-04-12")
            .addSeat(Seat.of(SeatRole.LEAD, 1, "设施蔬菜").withMinTitle(Title.SENIOR))
            .addSeat(Seat.of(SeatRole.MEMBER, 2, "土壤改良", "植物保护")).build())
        .addDemand(Demand.builder("D2").program(Program.MEDICAL_PAIRING).title("乡镇卫生院全科帮扶")
            .hostUnit(HostUnit.of("某镇卫生院", HostUnitType.CLINIC, "山东第一医科大学附属医院"))
            .location("371521", 36.46, 115.98).dates("2027-05-01", "2027-10-31")
            .addSeat(Seat.of(SeatRole.MEMBER, 1, "全科医学").withMinDegree(Degree.MASTER)).build())
        .addHistory(new HistoryEntry("E1", Optional.empty(), "某蔬菜专业合作社", "370783",
            DateRange.of("2026-05-01", "2026-05-03")))
        .addPin(new Pin("D1", 0, "E1"))
        .build();

    assertThat(ProblemJson.parse(Samples.sampleJson())).isEqualTo(expected);
  }

  @Test
  void roundTripsThroughItsOwnOutput() throws Exception {
    Problem sample = Samples.sampleProblem();
    String json = ProblemJson.toJson(sample);

    assertThat(ProblemJson.parse(json)).isEqualTo(sample);
    assertThat(ProblemJson.toJson(ProblemJson.parse(json))).isEqualTo(json);
    assertThat(json).startsWith("{\n  \"format\": \"talentmatch/v1\",\n  \"period\": {\n");
  }

  @Test
  void writesAtomicallyAndReadsBackFromAFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("out/problem.json");
    ProblemJson.write(Samples.sampleProblem(), file);

    assertThat(ProblemJson.read(file)).isEqualTo(Samples.sampleProblem());
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("王建国");
    assertThat(ProblemJson.parse(new ByteArrayInputStream(Files.readAllBytes(file))))
        .isEqualTo(Samples.sampleProblem());
  }

  @Test
  void appliesTheDefaultsOfOptionalFields() throws Exception {
    Problem problem = ProblemJson.parse(mutated(root -> {
      root.remove(List.of("policy", "history", "pinned"));
      expert(root, 0).remove(List.of("name", "profile", "huicaiCard", "unavailable", "maxAssignments"));
      demand(root, 0).remove(List.of("description", "priorityArea", "priority"));
      ((ObjectNode) demand(root, 0).get("hostUnit")).remove("institution");
    }));

    assertThat(problem.policy()).isEqualTo(Policy.defaults());
    assertThat(problem.history()).isEmpty();
    assertThat(problem.pinned()).isEmpty();
    Expert e1 = problem.experts().get(0);
    assertThat(e1.name()).isEmpty();
    assertThat(e1.profile()).isEmpty();
    assertThat(e1.huicaiCard()).isFalse();
    assertThat(e1.unavailable()).isEmpty();
    assertThat(e1.maxAssignments()).isEqualTo(OptionalInt.empty());
    Demand d1 = problem.demands().get(0);
    assertThat(d1.description()).isEmpty();
    assertThat(d1.priorityArea()).isFalse();
    assertThat(d1.priority()).isEqualTo(Demand.DEFAULT_PRIORITY);
    assertThat(d1.hostUnit().institution()).isEmpty();
  }

  @Test
  void ignoresUnknownFields() throws Exception {
    String json = mutated(root -> {
      root.put("generatedBy", "portal 2.3");
      expert(root, 1).putObject("contact").put("phone", "0531-00000000");
      seat(root, 0, 1).put("note", 42);
      ((ObjectNode) root.get("policy")).putArray("futureKnobs").add(1);
    });

    assertThat(ProblemJson.parse(json)).isEqualTo(Samples.sampleProblem());
  }

  @Test
  void reportsInputThatIsNotJsonAtTheRootWithLineAndColumn() {
    assertThat(errorsOf("{\n  \"format\": \"talentmatch/v1\",\n  \"period\": oops\n}")).singleElement()
        .satisfies(error -> {
          assertThat(error.path()).isEqualTo("$");
          assertThat(error.message()).startsWith("not valid JSON (line 3, column ").contains("oops");
        });
    assertThat(errorsOf("")).containsExactly(new ValidationError("$", "not valid JSON: the input is empty"));
    assertThat(errorsOf("[1, 2]")).containsExactly(new ValidationError("$", "expected an object"));
    assertThat(errorsOf("{} {}")).singleElement().satisfies(e -> assertThat(e.message()).startsWith("not valid JSON"));
  }

  @Test
  void reportsMalformedUtf8InsteadOfReplacingIt() {
    byte[] broken = Samples.sampleJson().replace("王建国", "王??").getBytes(StandardCharsets.UTF_8);
    int at = indexOf(broken, "??".getBytes(StandardCharsets.UTF_8));
    broken[at] = (byte) 0xC3; // a lead byte followed by an ASCII byte

    assertThatThrownBy(() -> ProblemJson.parse(new ByteArrayInputStream(broken)))
        .isInstanceOfSatisfying(InvalidProblemException.class, e -> assertThat(e.errors()).singleElement()
            .satisfies(error -> {
              assertThat(error.path()).isEqualTo("$");
              assertThat(error.message()).startsWith("not valid JSON (line ").contains("UTF-8");
            }));
  }

  @Test
  void reportsADuplicateMemberAsMalformed() {
    String json = Samples.sampleJson().replace("\"cooldownDays\": 30,", "\"cooldownDays\": 30, \"cooldownDays\": 7,");

    assertThat(errorsOf(json)).singleElement().satisfies(error -> {
      assertThat(error.path()).isEqualTo("$");
      assertThat(error.message()).contains("Duplicate field 'cooldownDays'");
    });
  }

  @Test
  void reportsAWrongFormatValue() {
    assertThat(errorsOf(mutated(root -> root.put("format", "talentmatch/v2"))))
        .containsExactly(new ValidationError("$.format", "expected \"talentmatch/v1\", got \"talentmatch/v2\""));
    assertThat(errorsOf(mutated(root -> root.remove("format"))))
        .containsExactly(new ValidationError("$.format", "required"));
  }

  @Test
  void reportsMissingRequiredFieldsWhetherAbsentOrNull() {
    assertThat(errorsOf(mutated(root -> expert(root, 0).remove("institution"))))
        .containsExactly(new ValidationError("$.experts[0].institution", "required"));
    assertThat(errorsOf(mutated(root -> seat(root, 1, 0).putNull("count"))))
        .containsExactly(new ValidationError("$.demands[1].seats[0].count", "required"));
    assertThat(errorsOf(mutated(root -> root.remove("demands"))))
        .containsExactly(new ValidationError("$.demands", "required"));
  }

  static Stream<Arguments> wrongTypes() {
    return Stream.of(
        wrong("$.experts[0].id", "expected a string", root -> expert(root, 0).put("id", 17)),
        wrong("$.demands[0].seats[0].count", "expected an integer", root -> seat(root, 0, 0).put("count", "1")),
        wrong("$.demands[0].seats[0].count", "expected an integer", root -> seat(root, 0, 0).put("count", 1.5)),
        wrong("$.experts[2].skills", "expected an array", root -> expert(root, 2).put("skills", "土壤改良")),
        wrong("$.experts[1].location.lat", "expected a number", root -> ((ObjectNode) expert(root, 1).get("location")).put("lat", "36.6")),
        wrong("$.experts[2].huicaiCard", "expected a boolean", root -> expert(root, 2).put("huicaiCard", "yes")),
        wrong("$.demands[1].hostUnit", "expected an object", root -> demand(root, 1).put("hostUnit", "某镇卫生院")),
        wrong("$.pinned[0]", "expected an object", root -> root.withArray("pinned").set(0, "D1/0/E1")),
        wrong("$.experts[0].title", "expected a string", root -> expert(root, 0).put("title", 5)));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("wrongTypes")
  void reportsWrongTypes(String path, String message, Consumer<ObjectNode> mutation) {
    assertThat(errorsOf(mutated(mutation))).containsExactly(new ValidationError(path, message));
  }

  @Test
  void reportsUnknownCodesWithTheCodesItExpects() {
    assertThat(errorsOf(mutated(root -> expert(root, 2).put("title", "PROFESSOR")))).containsExactly(
        new ValidationError("$.experts[2].title",
            "unknown code \"PROFESSOR\"; expected one of SENIOR, ASSOCIATE, INTERMEDIATE, JUNIOR, NONE"));
    assertThat(errorsOf(mutated(root -> expert(root, 0).withArray("programs").set(1, "senior_service"))))
        .singleElement().satisfies(e -> assertThat(e.path()).isEqualTo("$.experts[0].programs[1]"));
    assertThat(errorsOf(mutated(root -> seat(root, 1, 0).put("minDegree", "PHD")))).containsExactly(
        new ValidationError("$.demands[1].seats[0].minDegree",
            "unknown code \"PHD\"; expected one of DOCTORATE, MASTER, BACHELOR, OTHER"));
  }

  @Test
  void reportsBadDates() {
    assertThat(errorsOf(mutated(root -> demand(root, 0).put("start", "2027-02-30"))))
        .containsExactly(new ValidationError("$.demands[0].start", "expected a date YYYY-MM-DD"));
    assertThat(errorsOf(mutated(root -> ((ObjectNode) root.get("period")).put("end", "2027/12/31"))))
        .containsExactly(new ValidationError("$.period.end", "expected a date YYYY-MM-DD"));
    assertThat(errorsOf(mutated(root -> ((ObjectNode) expert(root, 0).withArray("unavailable").get(0))
        .put("start", 20270301)))).containsExactly(
            new ValidationError("$.experts[0].unavailable[0].start", "expected a date YYYY-MM-DD"));
  }

  @Test
  void reportsAnEndBeforeItsStart() {
    assertThat(errorsOf(mutated(root -> demand(root, 1).put("end", "2027-04-30"))))
        .containsExactly(new ValidationError("$.demands[1].end", "must not be before start 2027-05-01"));
    assertThat(errorsOf(mutated(root -> ((ObjectNode) root.withArray("history").get(0)).put("end", "2026-04-30"))))
        .containsExactly(new ValidationError("$.history[0].end", "must not be before start 2026-05-01"));
    assertThat(errorsOf(mutated(root -> ((ObjectNode) root.get("period")).put("end", "2026-12-31"))))
        .containsExactly(new ValidationError("$.period.end", "must not be before start 2027-01-01"));
  }

  static Stream<Arguments> outOfRange() {
    return Stream.of(
        wrong("$.demands[0].seats[1].count", "must be ≥ 1", root -> seat(root, 0, 1).put("count", 0)),
        wrong("$.demands[0].seats[1].count", "must be ≥ 1", root -> seat(root, 0, 1).put("count", -3)),
        wrong("$.demands[0].priority", "must be between 1 and 5", root -> demand(root, 0).put("priority", 6)),
        wrong("$.demands[0].priority", "must be between 1 and 5", root -> demand(root, 0).put("priority", 0)),
        wrong("$.experts[0].location.lat", "must be between -90 and 90", root -> location(expert(root, 0)).put("lat", 90.5)),
        wrong("$.demands[1].location.lon", "must be between -180 and 180", root -> location(demand(root, 1)).put("lon", -181)),
        wrong("$.demands[1].location.lon", "must be a finite number", root -> location(demand(root, 1)).put("lon", new BigDecimal("1e400"))),
        wrong("$.policy.minRelevance", "must be between 0 and 1", root -> policy(root).put("minRelevance", 1.5)),
        wrong("$.experts[0].maxAssignments", "must be ≥ 0", root -> expert(root, 0).put("maxAssignments", -1)),
        wrong("$.policy.maxAssignmentsPerExpert", "must be ≥ 1", root -> policy(root).put("maxAssignmentsPerExpert", 0)),
        wrong("$.policy.cooldownDays", "must be ≥ 0", root -> policy(root).put("cooldownDays", -1)),
        wrong("$.policy.maxTravelKm", "must be > 0", root -> policy(root).put("maxTravelKm", 0)),
        wrong("$.pinned[0].seat", "must be ≥ 0", root -> ((ObjectNode) root.withArray("pinned").get(0)).put("seat", -1)),
        wrong("$.demands[0].priority", "must be between 1 and 5", root -> demand(root, 0).put("priority", 1L << 40)));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("outOfRange")
  void reportsNumbersOutOfRange(String path, String message, Consumer<ObjectNode> mutation) {
    assertThat(errorsOf(mutated(mutation))).containsExactly(new ValidationError(path, message));
  }

  @Test
  void reportsEmptyListsThatMustNotBeEmpty() {
    assertThat(errorsOf(mutated(root -> {
      expert(root, 1).putArray("programs");
      expert(root, 2).putArray("skills");
      demand(root, 1).putArray("seats");
      seat(root, 0, 1).putArray("skills");
    }))).containsExactly(
        new ValidationError("$.experts[1].programs", "must not be empty"),
        new ValidationError("$.experts[2].skills", "must not be empty"),
        new ValidationError("$.demands[0].seats[1].skills", "must not be empty"),
        new ValidationError("$.demands[1].seats", "must not be empty"));
  }

  @Test
  void reportsBlankSkillTermsAndIds() {
    assertThat(errorsOf(mutated(root -> {
      seat(root, 0, 1).withArray("skills").set(1, " ");
      demand(root, 1).put("id", "");
    }))).containsExactly(
        new ValidationError("$.demands[0].seats[1].skills[1]", "must not be blank"),
        new ValidationError("$.demands[1].id", "must not be blank"));
  }

  @Test
  void reportsARegionThatIsNotSixDigits() {
    assertThat(errorsOf(mutated(root -> {
      location(expert(root, 0)).put("region", "37091");
      ((ObjectNode) root.withArray("history").get(0)).put("region", "寿光市");
    }))).containsExactly(
        new ValidationError("$.experts[0].location.region", "must be a six-digit division code"),
        new ValidationError("$.history[0].region", "must be a six-digit division code"));
  }

  @Test
  void reportsStringsOverTheLengthLimitWithTheirPath() {
    String tooLong = "长".repeat(JsonCursor.MAX_STRING_CHARS + 1);

    assertThat(errorsOf(mutated(root -> expert(root, 1).put("profile", tooLong)))).containsExactly(
        new ValidationError("$.experts[1].profile", "must be at most 100000 characters long"));
    assertThat(errorsOf(mutated(root -> root.put("comment", "x".repeat(11 * JsonCursor.MAX_STRING_CHARS)))))
        .singleElement().satisfies(error -> {
          assertThat(error.path()).isEqualTo("$");
          assertThat(error.message()).startsWith("not valid JSON").contains("exceeds the maximum");
        });
  }

  @Test
  void refusesInputOverTheSizeLimitBeforeParsing() {
    byte[] content = Samples.sampleJson().getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> JsonDocuments.parse(new ByteArrayInputStream(content), content.length - 1))
        .isInstanceOfSatisfying(InvalidProblemException.class, e -> assertThat(e.errors()).containsExactly(
            new ValidationError("$", "input is too large: more than " + (content.length - 1)
                + " bytes; the limit is 256 MiB")));
  }

  @Test
  void reportsEveryStructuralErrorOfAFileAtOnceAndSkipsTheSemanticCheck() {
    List<ValidationError> errors = errorsOf(mutated(root -> {
      root.put("format", "talentmatch/v0");
      expert(root, 0).remove("institution");
      expert(root, 2).put("title", "PROFESSOR");
      seat(root, 0, 1).put("count", 0);
      demand(root, 1).put("priority", "high");
      expert(root, 1).put("id", "E1"); // a duplicate id: semantic, so not reported with structural errors
    }));

    assertThat(errors).extracting(ValidationError::path).containsExactly(
        "$.format", "$.experts[0].institution", "$.experts[2].title", "$.demands[0].seats[1].count",
        "$.demands[1].priority");
  }

  @Test
  void runsTheSemanticValidatorOnceTheStructureIsValid() {
    assertThat(errorsOf(mutated(root -> expert(root, 1).put("id", "E1"))))
        .containsExactly(new ValidationError("$.experts[1].id", "duplicate id \"E1\" (first at $.experts[0])"));
  }

  @Test
  void reportsMissingFilesAsIoErrors(@TempDir Path dir) {
    assertThatThrownBy(() -> ProblemJson.read(dir.resolve("absent.json"))).isInstanceOf(IOException.class);
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
        return i;
      }
    }
    throw new AssertionError("not found");
  }

  private static Arguments wrong(String path, String message, Consumer<ObjectNode> mutation) {
    return Arguments.of(path, message, mutation);
  }

  private static ObjectNode location(ObjectNode owner) {
    return (ObjectNode) owner.get("location");
  }

  private static ObjectNode policy(ObjectNode root) {
    return (ObjectNode) root.get("policy");
  }
}
