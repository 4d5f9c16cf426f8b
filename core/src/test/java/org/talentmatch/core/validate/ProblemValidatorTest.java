package org.talentmatch.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.talentmatch.api.InvalidProblemException;
import org.talentmatch.api.ValidationError;
import org.talentmatch.api.model.DateRange;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.Expert;
import org.talentmatch.api.model.HistoryEntry;
import org.talentmatch.api.model.Pin;
import org.talentmatch.api.model.Problem;
import org.talentmatch.core.io.ProblemJson;

/**
 * The semantic checks, on the sample problem of the io tests changed through the Java API. The
 * sample: E1 (SENIOR, EXPERT_SERVICE, cap 2, away 2027-03-01..20), E2 (ASSOCIATE MASTER,
 * MEDICAL_PAIRING), E3 (INTERMEDIATE, EXPERT_SERVICE); D1 (EXPERT_SERVICE, 2027-04-10..12, LEAD
 * seat with minTitle SENIOR and 2 MEMBER slots), D2 (MEDICAL_PAIRING, one MEMBER slot, host owned
 * by 山东第一医科大学附属医院); travel limit 400 km; E1 pinned to D1's lead seat.
 */
class ProblemValidatorTest {
  private static final Problem SAMPLE = loadSample();

  @Test
  void acceptsTheSample() {
    assertThat(ProblemValidator.validate(SAMPLE)).isEmpty();
  }

  @Test
  void reportsDuplicateIdsAtTheLaterOccurrence() {
    Problem problem = SAMPLE.toBuilder()
        .experts(List.of(expert("E1"), expert("E2"), renamed(expert("E3"), "E1")))
        .demands(List.of(demand("D1"), demand("D2"), moved(demand("D2"), "D2", "2027-06-01", "2027-06-02")))
        .build();

    assertThat(ProblemValidator.validate(problem)).containsExactly(
        new ValidationError("$.experts[2].id", "duplicate id \"E1\" (first at $.experts[0])"),
        new ValidationError("$.demands[2].id", "duplicate id \"D2\" (first at $.demands[1])"));
  }

  @Test
  void requiresDemandsToStartWithinThePeriodButNotToEndInIt() {
    Problem problem = SAMPLE.toBuilder().demands(List.of(
        demand("D1"),
        moved(demand("D2"), "D2", "2028-01-05", "2028-01-06"),
        moved(demand("D2"), "D3", "2027-12-01", "2029-11-30"))).build();

    assertThat(ProblemValidator.validate(problem)).containsExactly(new ValidationError("$.demands[1].start",
        "must be within the period 2027-01-01..2027-12-31: 2028-01-05"));
  }

  @Test
  void checksHistoryExpertsAndDatesButNotHistoryDemands() {
    Problem problem = SAMPLE.toBuilder().history(List.of(
        history("E9", "2026-05-01", "2026-05-03"),
        history("E2", "2026-12-20", "2027-01-01"),
        new HistoryEntry("E3", Optional.of("D-2025-0001"), "某村委会", "370783", DateRange.of("2025-06-01", "2025-06-02"))))
        .build();

    assertThat(ProblemValidator.validate(problem)).containsExactly(
        new ValidationError("$.history[0].expertId", "no expert \"E9\""),
        new ValidationError("$.history[1].end", "must be before the period start 2027-01-01: 2027-01-01"));
  }

  @Test
  void reportsDanglingPinReferencesOnlyOnce() {
    Problem problem = pins(new Pin("D9", 0, "E1"), new Pin("D1", 1, "E9"), new Pin("D1", 2, "E3"));

    assertThat(ProblemValidator.validate(problem)).containsExactly(
        new ValidationError("$.pinned[0].demandId", "no demand \"D9\""),
        new ValidationError("$.pinned[1].expertId", "no expert \"E9\""),
        new ValidationError("$.pinned[2].seat", "demand \"D1\" has no seat 2 (it has 2)"));
  }

  @Test
  void reportsMorePinsOnASeatThanItsCount() {
    Problem problem = pins(new Pin("D1", 0, "E1"), new Pin("D2", 0, "E2"), new Pin("D2", 0, "E4"))
        .toBuilder().addExpert(renamed(expert("E2"), "E4")).build();

    assertThat(ProblemValidator.validate(problem)).containsExactly(
        new ValidationError("$.pinned[2]", "more pins on seat 0 of demand \"D2\" than its count 1"));
  }

  @Test
  void reportsPinsThatBreakAStaticHardRule() {
    assertThat(ProblemValidator.validate(pins(new Pin("D2", 0, "E1")))).containsExactly(
        new ValidationError("$.pinned[0]", "breaks hard rule 1 (does not take part in the program)"));
    assertThat(ProblemValidator.validate(pins(new Pin("D1", 0, "E3")))).containsExactly(
        new ValidationError("$.pinned[0]", "breaks hard rule 2 (title or degree below the seat's minimum)"));

    Problem away = SAMPLE.toBuilder().experts(List.of(
        expert("E1").toBuilder().addUnavailable(DateRange.of("2027-04-12", "2027-04-30")).build(),
        expert("E2"), expert("E3"))).build();
    assertThat(ProblemValidator.validate(away)).containsExactly(
        new ValidationError("$.pinned[0]", "breaks hard rule 3 (unavailable on the demand's dates)"));

    Problem nearOnly = SAMPLE.toBuilder().policy(SAMPLE.policy().withMaxTravelKm(50)).build();
    assertThat(ProblemValidator.validate(nearOnly)).containsExactly(
        new ValidationError("$.pinned[0]", "breaks hard rule 7 (farther than the policy's maximum travel distance)"));

    Problem ownHospital = pins(new Pin("D2", 0, "E2")).toBuilder().experts(List.of(expert("E1"),
        expert("E2").toBuilder().institution(" 山东第一医科大学附属医院 ").build(), expert("E3"))).build();
    assertThat(ProblemValidator.validate(ownHospital)).containsExactly(
        new ValidationError("$.pinned[0]", "breaks hard rule 8 (serves a unit of the expert's own institution)"));
  }

  @Test
  void reportsEachStaticRuleAPinBreaks() {
    Problem problem = pins(new Pin("D1", 0, "E2")).toBuilder().policy(SAMPLE.policy().withMaxTravelKm(50)).build();

    assertThat(ProblemValidator.validate(problem)).extracting(ValidationError::message).containsExactly(
        "breaks hard rule 1 (does not take part in the program)",
        "breaks hard rule 2 (title or degree below the seat's minimum)",
        "breaks hard rule 7 (farther than the policy's maximum travel distance)");
  }

  @Test
  void reportsAnExpertPinnedTwiceToOneDemandAsRuleSixOnly() {
    Problem problem = pins(new Pin("D1", 0, "E1"), new Pin("D1", 1, "E1"), new Pin("D1", 0, "E1"));

    assertThat(ProblemValidator.validate(problem)).containsExactly(
        new ValidationError("$.pinned[1]",
            "breaks hard rule 6 (holds more than one slot of a demand); also pinned at $.pinned[0]"),
        new ValidationError("$.pinned[2]",
            "breaks hard rule 6 (holds more than one slot of a demand); also pinned at $.pinned[0]"));
  }

  @Test
  void reportsPinsOfOneExpertWithOverlappingDates() {
    Problem problem = pins(new Pin("D1", 0, "E1"), new Pin("D3", 0, "E1")).toBuilder()
        .addDemand(moved(demand("D1"), "D3", "2027-04-12", "2027-04-13")).build();

    assertThat(ProblemValidator.validate(problem)).containsExactly(new ValidationError("$.pinned[1]",
        "breaks hard rule 4 (overlaps another assignment of the expert); with $.pinned[0]"));
  }

  @Test
  void reportsPinsBeyondTheExpertsCap() {
    Problem problem = pins(new Pin("D1", 0, "E1"), new Pin("D3", 0, "E1"), new Pin("D4", 0, "E1")).toBuilder()
        .addDemand(moved(demand("D1"), "D3", "2027-06-01", "2027-06-02"))
        .addDemand(moved(demand("D1"), "D4", "2027-07-01", "2027-07-02"))
        .build();

    assertThat(ProblemValidator.validate(problem)).containsExactly(new ValidationError("$.pinned[2]",
        "breaks hard rule 5 (exceeds the expert's assignment cap); cap 2"));

    Problem capZero = problem.toBuilder()
        .experts(List.of(expert("E1").toBuilder().maxAssignments(0).build(), expert("E2"), expert("E3")))
        .pinned(List.of(new Pin("D1", 0, "E1"))).build();
    assertThat(ProblemValidator.validate(capZero)).containsExactly(new ValidationError("$.pinned[0]",
        "breaks hard rule 5 (exceeds the expert's assignment cap); cap 0"));
  }

  @Test
  void validatesProblemsBuiltThroughTheJavaApiAlike() {
    Problem empty = Problem.builder(DateRange.of("2027-01-01", "2027-12-31")).build();

    assertThat(ProblemValidator.validate(empty)).isEmpty();
  }

  @Test
  void boundsSlotCountsAndTheLengthOfTermsTheIndexKeepsWhole() {
    String[] manySkills = java.util.stream.IntStream.rangeClosed(1, Limits.MAX_SKILLS_PER_SEAT + 1)
        .mapToObj(i -> "技能" + i).toArray(String[]::new);
    Demand huge = demand("D1").toBuilder()
        .seats(List.of(org.talentmatch.api.model.Seat.of(org.talentmatch.api.model.SeatRole.MEMBER, 1_001, manySkills)))
        .build();
    Expert longSkill = expert("E3").toBuilder().skills("设施蔬菜", "菜".repeat(Limits.MAX_TERM_CHARS + 1)).build();
    Problem problem = SAMPLE.toBuilder()
        .experts(List.of(expert("E1"), expert("E2"), longSkill))
        .demands(List.of(huge, demand("D2")))
        .pinned(List.of())
        .build();

    assertThat(ProblemValidator.validate(problem)).containsExactly(
        new ValidationError("$.experts[2].skills[1]", "must be at most 200 characters: 201"),
        new ValidationError("$.demands[0].seats[0].count", "must be ≤ 1000"),
        new ValidationError("$.demands[0].seats[0].skills", "must have at most 20 elements: 21"));
  }

  private static Problem pins(Pin... pins) {
    return SAMPLE.toBuilder().pinned(List.of(pins)).build();
  }

  private static Expert expert(String id) {
    return SAMPLE.experts().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
  }

  private static Demand demand(String id) {
    return SAMPLE.demands().stream().filter(d -> d.id().equals(id)).findFirst().orElseThrow();
  }

  private static Expert renamed(Expert e, String id) {
    return new Expert(id, e.name(), e.institution(), e.title(), e.degree(), e.programs(), e.skills(), e.profile(),
        e.location(), e.huicaiCard(), e.unavailable(), e.maxAssignments());
  }

  private static Demand moved(Demand d, String id, String start, String end) {
    return new Demand(id, d.program(), d.title(), d.description(), d.hostUnit(), d.location(), d.priorityArea(),
        d.priority(), DateRange.of(start, end), d.seats());
  }

  private static HistoryEntry history(String expertId, String start, String end) {
    return new HistoryEntry(expertId, Optional.empty(), "某蔬菜专业合作社", "370783", DateRange.of(start, end));
  }

  private static Problem loadSample() {
    try (InputStream in = ProblemValidatorTest.class.getResourceAsStream("/org/talentmatch/core/io/sample-problem.json")) {
      return ProblemJson.parse(in);
    } catch (IOException | InvalidProblemException e) {
      throw new AssertionError("the sample must be valid", e);
    }
  }
}
