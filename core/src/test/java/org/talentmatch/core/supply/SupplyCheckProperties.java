package org.talentmatch.core.supply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.talentmatch.core.check.TestProblems.JINAN;
import static org.talentmatch.core.check.TestProblems.LIAOCHENG;
import static org.talentmatch.core.check.TestProblems.SHOUGUANG;
import static org.talentmatch.core.check.TestProblems.ZIBO;
import static org.talentmatch.core.check.TestProblems.demand;
import static org.talentmatch.core.check.TestProblems.expert;
import static org.talentmatch.core.check.TestProblems.problem;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.talentmatch.api.model.DateRange;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.Expert;
import org.talentmatch.api.model.GeoLocation;
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
import org.talentmatch.core.rules.Eligibility;
import org.talentmatch.core.search.CandidateTable;
import org.talentmatch.core.search.SeatKey;

class SupplyCheckProperties {
  private static final List<GeoLocation> PLACES = List.of(JINAN, ZIBO, SHOUGUANG, LIAOCHENG);
  private static final List<Program> PROGRAMS = List.of(Program.EXPERT_SERVICE, Program.MEDICAL_PAIRING, Program.SANZHI_YIFU);

  /**
   * With a candidate table holding every statically eligible expert, exactly the seats nobody is
   * eligible for are short, and the reason is always one of the static filters, never the skills.
   */
  @Property(tries = 300)
  void shortSeatsAreExactlyThoseNobodyIsEligibleFor(@ForAll("problems") Problem problem) {
    Map<SeatKey, List<Candidate>> eligible = new HashMap<>();
    for (Demand d : problem.demands()) {
      for (int seat = 0; seat < d.seats().size(); seat++) {
        int s = seat;
        List<Candidate> list = problem.experts().stream()
            .filter(e -> Eligibility.isEligible(e, d, s, problem.policy()))
            .map(e -> new Candidate(e.id(), 0.5, 0, List.of()))
            .toList();
        if (!list.isEmpty()) {
          eligible.put(new SeatKey(d.id(), seat), list);
        }
      }
    }
    SupplyReport report = SupplyCheck.check(problem, new CandidateTable(eligible));
    Set<SeatKey> expected = problem.demands().stream()
        .flatMap(d -> java.util.stream.IntStream.range(0, d.seats().size()).mapToObj(s -> new SeatKey(d.id(), s)))
        .filter(k -> !eligible.containsKey(k))
        .collect(Collectors.toSet());
    assertThat(report.shortages()).extracting(s -> new SeatKey(s.demandId(), s.seat()))
        .containsExactlyInAnyOrderElementsOf(expected);
    assertThat(report.shortages()).extracting(SeatShortage::reasonEn).noneMatch(r -> r.contains("matches"));
    assertTableAddsUp(problem, report);
  }

  /** With an empty table every seat is short, and exactly the statically fillable ones are short on skills. */
  @Property(tries = 300)
  void withoutCandidatesTheSkillReasonMeansSomeoneIsEligible(@ForAll("problems") Problem problem) {
    SupplyReport report = SupplyCheck.check(problem, new CandidateTable(Map.of()));
    assertThat(report.shortages()).hasSize(problem.demands().stream().mapToInt(d -> d.seats().size()).sum());
    Map<String, Demand> demands = problem.demands().stream().collect(Collectors.toMap(Demand::id, d -> d));
    for (SeatShortage s : report.shortages()) {
      boolean someoneEligible = problem.experts().stream()
          .anyMatch(e -> Eligibility.isEligible(e, demands.get(s.demandId()), s.seat(), problem.policy()));
      assertThat(s.reasonEn().contains("matches")).as(s.reasonEn()).isEqualTo(someoneEligible);
    }
    assertTableAddsUp(problem, report);
  }

  private static void assertTableAddsUp(Problem problem, SupplyReport report) {
    List<SupplyShortfall> rows = report.shortfalls();
    assertThat(rows.stream().mapToInt(SupplyShortfall::slotsDemanded).sum()).isEqualTo(problem.slotCount());
    assertThat(rows.stream().mapToInt(SupplyShortfall::slotsWithoutCandidate).sum()).isEqualTo(report.slotsWithoutCandidate());
    for (int i = 1; i < rows.size(); i++) {
      assertThat(rows.get(i).slotsWithoutCandidate()).isLessThanOrEqualTo(rows.get(i - 1).slotsWithoutCandidate());
    }
  }

  @Provide
  Arbitrary<Problem> problems() {
    return Arbitraries.randomValue(random -> {
      Problem.Builder problem = problem();
      if (random.nextBoolean()) {
        problem.policy(Policy.defaults().withMaxTravelKm(random.nextBoolean() ? 100 : 200));
      }
      for (int i = 0, n = random.nextInt(6); i < n; i++) {
        Expert.Builder e = expert("E" + i).programs(pick(random, PROGRAMS)).title(pick(random, List.of(Title.values())))
            .location(pick(random, PLACES)).institution(random.nextBoolean() ? "山东农业大学" : "青岛农业大学");
        if (random.nextInt(3) == 0) {
          LocalDate start = LocalDate.of(2027, 1, 1).plusDays(random.nextInt(360));
          e.addUnavailable(DateRange.of(start, start.plusDays(random.nextInt(60))));
        }
        problem.addExpert(e.build());
      }
      for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
        LocalDate start = LocalDate.of(2027, 1, 1).plusDays(random.nextInt(360));
        Seat seat = Seat.of(SeatRole.LEAD, 1 + random.nextInt(2), "设施蔬菜");
        problem.addDemand(demand("D" + i).program(pick(random, PROGRAMS)).location(pick(random, PLACES))
            .dates(DateRange.of(start, start.plusDays(random.nextInt(5))))
            .hostUnit(random.nextBoolean() ? HostUnit.of("合作社", HostUnitType.COOPERATIVE)
                : HostUnit.of("试验站", HostUnitType.OTHER, "山东农业大学"))
            .seats(List.of(random.nextBoolean() ? seat : seat.withMinTitle(pick(random, List.of(Title.values())))))
            .build());
      }
      return problem.build();
    });
  }

  private static <T> T pick(Random random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
