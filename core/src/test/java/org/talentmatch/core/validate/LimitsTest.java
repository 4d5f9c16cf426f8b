package org.talentmatch.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
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

/**
 * Every {@link Limits} value is accepted at the limit and refused one above it, with an error naming
 * the field, for problems built through the Java API (the readers' own checks are in the io tests).
 */
class LimitsTest {
  private static final DateRange PERIOD = DateRange.of("2027-01-01", "2027-12-31");
  private static final Expert EXPERT = expert("E1").build();
  private static final Demand DEMAND = demand("D1").build();

  private static Expert.Builder expert(String id) {
    return Expert.builder(id).institution("山东农业大学").title(Title.SENIOR).degree(Degree.DOCTORATE)
        .programs(Program.EXPERT_SERVICE).skills("设施蔬菜").location("370911", 36.16, 117.16);
  }

  private static Demand.Builder demand(String id) {
    return Demand.builder(id).program(Program.EXPERT_SERVICE).title("设施蔬菜技术指导")
        .hostUnit(HostUnit.of("某合作社", HostUnitType.COOPERATIVE)).location("370783", 36.88, 118.79)
        .dates("2027-04-10", "2027-04-12").addSeat(Seat.of(SeatRole.MEMBER, 1, "设施蔬菜"));
  }

  /** A case: a problem with {@code n} of something, and the error it must give at {@code limit + 1}. */
  record Case(String what, int limit, IntFunction<Problem> withSize, String path, String messageAbove) {
    @Override
    public String toString() {
      return what;
    }
  }

  static Stream<Arguments> cases() {
    return Stream.of(
        list("experts", Limits.MAX_EXPERTS, n -> problem().experts(IntStream.range(0, n)
            .mapToObj(i -> expert("E" + i).build()).toList()).build(), "$.experts"),
        list("demands", Limits.MAX_DEMANDS, n -> problem().demands(IntStream.range(0, n)
            .mapToObj(i -> demand("D" + i).build()).toList()).build(), "$.demands"),
        list("history entries", Limits.MAX_HISTORY, n -> problem().experts(List.of(EXPERT))
            .history(Collections.nCopies(n, new HistoryEntry("E1", java.util.Optional.empty(), "某合作社", "370783",
                DateRange.of("2026-05-01", "2026-05-03")))).build(), "$.history"),
        list("pins", Limits.MAX_PINS, n -> problem().pinned(Collections.nCopies(n, new Pin("D1", 0, "E1"))).build(),
            "$.pinned"),
        list("seats of a demand", Limits.MAX_SEATS_PER_DEMAND, n -> withDemand(demand("D1")
            .seats(Collections.nCopies(n, Seat.of(SeatRole.MEMBER, 1, "设施蔬菜"))).build()), "$.demands[0].seats"),
        list("skills of a seat", Limits.MAX_SKILLS_PER_SEAT, n -> withDemand(demand("D1")
            .seats(List.of(Seat.of(SeatRole.MEMBER, 1, terms(n)))).build()), "$.demands[0].seats[0].skills"),
        list("skills of an expert", Limits.MAX_SKILLS_PER_EXPERT,
            n -> withExpert(expert("E1").skills(terms(n)).build()), "$.experts[0].skills"),
        list("unavailable ranges", Limits.MAX_UNAVAILABLE_PER_EXPERT, n -> withExpert(expert("E1")
            .unavailable(Collections.nCopies(n, DateRange.of("2027-03-01", "2027-03-02"))).build()),
            "$.experts[0].unavailable"),
        new Case("slots in all", Limits.MAX_SLOTS, LimitsTest::withSlots, "$.demands",
            "more than " + Limits.MAX_SLOTS + " slots in all: " + (Limits.MAX_SLOTS + 1)),
        atMost("slots of a seat", Limits.MAX_SLOTS_PER_SEAT, n -> withDemand(demand("D1")
            .seats(List.of(Seat.of(SeatRole.MEMBER, n, "设施蔬菜"))).build()), "$.demands[0].seats[0].count"),
        atMost("policy cap", Limits.MAX_ASSIGNMENTS_PER_EXPERT,
            n -> problem().policy(Policy.defaults().withMaxAssignmentsPerExpert(n)).build(),
            "$.policy.maxAssignmentsPerExpert"),
        atMost("cool-down days", Limits.MAX_COOLDOWN_DAYS,
            n -> problem().policy(Policy.defaults().withCooldownDays(n)).build(), "$.policy.cooldownDays"),
        atMost("expert's cap", Limits.MAX_ASSIGNMENTS_PER_EXPERT,
            n -> withExpert(expert("E1").maxAssignments(n).build()), "$.experts[0].maxAssignments"),
        chars("expert id", Limits.MAX_TERM_CHARS, n -> withExpert(expert(text(n)).build()),
            "$.experts[0].id"),
        chars("name", Limits.MAX_NAME_CHARS, n -> withExpert(expert("E1").name(text(n)).build()),
            "$.experts[0].name"),
        chars("institution", Limits.MAX_TERM_CHARS, n -> withExpert(expert("E1").institution(text(n)).build()),
            "$.experts[0].institution"),
        chars("skill term", Limits.MAX_TERM_CHARS, n -> withExpert(expert("E1").skills(text(n)).build()),
            "$.experts[0].skills[0]"),
        chars("profile", Limits.MAX_TEXT_CHARS, n -> withExpert(expert("E1").profile(text(n)).build()),
            "$.experts[0].profile"),
        chars("demand id", Limits.MAX_TERM_CHARS, n -> withDemand(demand(text(n)).build()),
            "$.demands[0].id"),
        chars("title", Limits.MAX_TITLE_CHARS, n -> withDemand(demand("D1").title(text(n)).build()),
            "$.demands[0].title"),
        chars("description", Limits.MAX_TEXT_CHARS, n -> withDemand(demand("D1").description(text(n)).build()),
            "$.demands[0].description"),
        chars("host unit name", Limits.MAX_TERM_CHARS, n -> withDemand(demand("D1")
            .hostUnit(HostUnit.of(text(n), HostUnitType.COOPERATIVE)).build()), "$.demands[0].hostUnit.name"),
        chars("host unit institution", Limits.MAX_TERM_CHARS, n -> withDemand(demand("D1")
            .hostUnit(new HostUnit("某合作社", HostUnitType.COOPERATIVE, java.util.Optional.of(text(n)))).build()),
            "$.demands[0].hostUnit.institution"),
        chars("seat skill term", Limits.MAX_TERM_CHARS, n -> withDemand(demand("D1")
            .seats(List.of(Seat.of(SeatRole.MEMBER, 1, text(n)))).build()), "$.demands[0].seats[0].skills[0]"),
        chars("history host unit", Limits.MAX_TERM_CHARS, n -> problem().experts(List.of(EXPERT))
            .history(List.of(new HistoryEntry("E1", java.util.Optional.empty(), text(n), "370783",
                DateRange.of("2026-05-01", "2026-05-03")))).build(), "$.history[0].hostUnit"))
        .map(Arguments::of);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void acceptsTheLimitAndRefusesOneMoreNamingTheField(Case limit) {
    assertThat(ProblemValidator.validate(limit.withSize().apply(limit.limit())))
        .extracting(ValidationError::path).doesNotContain(limit.path());
    assertThat(ProblemValidator.validate(limit.withSize().apply(limit.limit() + 1)))
        .contains(new ValidationError(limit.path(), limit.messageAbove()));
  }

  @Test
  void acceptsDatesFrom1900To2199AndNothingOutside() {
    DateRange widest = DateRange.of(Limits.EARLIEST_DATE, Limits.LATEST_DATE);
    assertThat(ProblemValidator.validate(Problem.builder(widest).build())).isEmpty();

    Problem outside = Problem.builder(DateRange.of(Limits.EARLIEST_DATE.minusDays(1), Limits.LATEST_DATE.plusDays(1)))
        .experts(List.of(expert("E1").unavailable(List.of(DateRange.of(LocalDate.of(1, 1, 1),
            LocalDate.of(2027, 1, 1)))).build()))
        .build();
    assertThat(ProblemValidator.validate(outside)).containsExactly(
        new ValidationError("$.period.start", "must be between 1900-01-01 and 2199-12-31: 1899-12-31"),
        new ValidationError("$.period.end", "must be between 1900-01-01 and 2199-12-31: 2200-01-01"),
        new ValidationError("$.experts[0].unavailable[0].start", "must be between 1900-01-01 and 2199-12-31: 0001-01-01"));
  }

  // ---- building the cases

  private static Case list(String what, int limit, IntFunction<Problem> withSize, String path) {
    return new Case(what, limit, withSize, path, "must have at most " + limit + " elements: " + (limit + 1));
  }

  private static Case atMost(String what, int limit, IntFunction<Problem> withSize, String path) {
    return new Case(what, limit, withSize, path, "must be ≤ " + limit);
  }

  private static Case chars(String what, int limit, IntFunction<Problem> withSize, String path) {
    return new Case(what, limit, withSize, path, "must be at most " + limit + " characters: " + (limit + 1));
  }

  private static Problem.Builder problem() {
    return Problem.builder(PERIOD);
  }

  private static Problem withExpert(Expert expert) {
    return problem().experts(List.of(expert)).build();
  }

  private static Problem withDemand(Demand demand) {
    return problem().demands(List.of(demand)).build();
  }

  /** Demands of 1,000 slots each (the most a seat may have) and one of the rest: {@code n} slots in all. */
  private static Problem withSlots(int n) {
    List<Demand> demands = IntStream.range(0, (n + Limits.MAX_SLOTS_PER_SEAT - 1) / Limits.MAX_SLOTS_PER_SEAT)
        .mapToObj(i -> demand("D" + i).seats(List.of(Seat.of(SeatRole.MEMBER,
            Math.min(Limits.MAX_SLOTS_PER_SEAT, n - i * Limits.MAX_SLOTS_PER_SEAT), "设施蔬菜"))).build())
        .toList();
    return problem().demands(demands).build();
  }

  private static String[] terms(int n) {
    return IntStream.range(0, n).mapToObj(i -> "技能" + i).toArray(String[]::new);
  }

  private static String text(int chars) {
    return "字".repeat(chars);
  }
}
