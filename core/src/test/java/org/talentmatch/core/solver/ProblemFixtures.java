package org.talentmatch.core.solver;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.talentmatch.api.SolveOptions;
import org.talentmatch.api.model.DateRange;
import org.talentmatch.api.model.Degree;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.Expert;
import org.talentmatch.api.model.HistoryEntry;
import org.talentmatch.api.model.HostUnit;
import org.talentmatch.api.model.HostUnitType;
import org.talentmatch.api.model.Pin;
import org.talentmatch.api.model.Problem;
import org.talentmatch.api.model.Program;
import org.talentmatch.api.model.Seat;
import org.talentmatch.api.model.SeatRole;
import org.talentmatch.api.model.Title;
import org.talentmatch.api.search.Candidate;
import org.talentmatch.core.search.CandidateTable;
import org.talentmatch.core.search.SeatKey;

/** Hand-made and generated problems with their candidate tables, standing in for search. */
final class ProblemFixtures {
  static final DateRange YEAR = DateRange.of("2027-01-01", "2027-12-31");

  private ProblemFixtures() {}

  /** A problem and the candidates search would give for it. */
  record Case(Problem problem, CandidateTable candidates) {}

  /** A budget of evaluations, not time: reproducible on any machine, and quick. */
  static SolveOptions quickOptions(long seed) {
    return SolveOptions.builder().timeLimit(Duration.ofSeconds(5)).evaluationLimit(30_000).seed(seed).build();
  }

  static Expert expert(String id, double lat, double lon) {
    return Expert.builder(id).institution("山东农业大学").title(Title.SENIOR).degree(Degree.DOCTORATE)
        .programs(Program.values()).skills("设施蔬菜").location("370102", lat, lon).build();
  }

  static Demand demand(String id, Program program, String start, String end, Seat... seats) {
    return Demand.builder(id).program(program).title("需求 " + id)
        .hostUnit(HostUnit.of("合作社 " + id, HostUnitType.COOPERATIVE))
        .location("370783", 36.88, 118.79).dates(start, end).seats(List.of(seats)).build();
  }

  static Candidate candidate(String expertId, double relevance) {
    return new Candidate(expertId, relevance, 0, List.of("技能匹配：设施蔬菜"));
  }

  /**
   * Six experts, four demands, seven slots, all fillable: D1 (priority area, lead + 2 members) and D2
   * (2 members) overlap in April; D3 is a commissioner year with E6 pinned; D4 a PhD year.
   */
  static Case smallCase() {
    List<Expert> experts = List.of(
        expert("E1", 36.65, 117.12), expert("E2", 36.19, 117.09), expert("E3", 36.70, 119.16),
        expert("E4", 37.46, 121.44), expert("E5", 35.41, 116.59), expert("E6", 36.87, 118.73));
    Demand d1 = demand("D1", Program.EXPERT_SERVICE, "2027-04-10", "2027-04-12",
        Seat.of(SeatRole.LEAD, 1, "设施蔬菜"), Seat.of(SeatRole.MEMBER, 2, "土壤改良"))
        .toBuilder().priorityArea(true).priority(4).build();
    Demand d2 = demand("D2", Program.EXPERT_SERVICE, "2027-04-11", "2027-04-13", Seat.of(SeatRole.MEMBER, 2, "植物保护"));
    Demand d3 = demand("D3", Program.SCI_TECH_COMMISSIONER, "2027-05-01", "2027-12-31", Seat.of(SeatRole.MEMBER, 1, "设施蔬菜"));
    Demand d4 = demand("D4", Program.PHD_TO_ENTERPRISE, "2027-06-01", "2028-05-31", Seat.of(SeatRole.MEMBER, 1, "食品工程"));
    Problem problem = Problem.builder(YEAR).experts(experts).demands(List.of(d1, d2, d3, d4))
        .addHistory(new HistoryEntry("E6", Optional.empty(), "合作社 D3", "370783", DateRange.of("2026-05-01", "2026-12-31")))
        .addPin(new Pin("D3", 0, "E6"))
        .build();
    CandidateTable candidates = new CandidateTable(Map.of(
        new SeatKey("D1", 0), List.of(candidate("E1", 0.9), candidate("E2", 0.7)),
        new SeatKey("D1", 1), List.of(candidate("E2", 0.8), candidate("E3", 0.75), candidate("E4", 0.6), candidate("E1", 0.5)),
        new SeatKey("D2", 0), List.of(candidate("E1", 0.85), candidate("E3", 0.7), candidate("E5", 0.65)),
        new SeatKey("D3", 0), List.of(candidate("E6", 0.6), candidate("E1", 0.5)),
        new SeatKey("D4", 0), List.of(candidate("E5", 0.9))));
    return new Case(problem, candidates);
  }

  /**
   * A random problem: {@code demandCount} short demands spread over the year, each with one or two
   * seats, candidates drawn from {@code expertCount} experts, and a pin on the first seat of some.
   */
  static Case randomCase(long seed, int expertCount, int demandCount) {
    Random random = new Random(seed);
    List<Expert> experts = new ArrayList<>();
    for (int i = 0; i < expertCount; i++) {
      experts.add(expert("E" + i, 34.5 + 3 * random.nextDouble(), 115.5 + 6 * random.nextDouble()).toBuilder()
          .maxAssignments(1 + random.nextInt(3)).build());
    }
    List<Demand> demands = new ArrayList<>();
    Map<SeatKey, List<Candidate>> table = new HashMap<>();
    List<Pin> pins = new ArrayList<>();
    for (int d = 0; d < demandCount; d++) {
      var start = YEAR.start().plusDays(random.nextInt(300));
      List<Seat> seats = new ArrayList<>();
      seats.add(Seat.of(SeatRole.LEAD, 1, "设施蔬菜"));
      if (random.nextBoolean()) {
        seats.add(Seat.of(SeatRole.MEMBER, 1 + random.nextInt(2), "土壤改良"));
      }
      Demand demand = Demand.builder("D" + d).program(Program.EXPERT_SERVICE).title("需求 " + d)
          .hostUnit(HostUnit.of("合作社 " + d, HostUnitType.COOPERATIVE))
          .location("370783", 34.5 + 3 * random.nextDouble(), 115.5 + 6 * random.nextDouble())
          .priorityArea(random.nextInt(4) == 0).priority(1 + random.nextInt(5))
          .dates(new DateRange(start, start.plusDays(random.nextInt(10)))).seats(seats).build();
      demands.add(demand);
      for (int s = 0; s < seats.size(); s++) {
        List<Candidate> candidates = new ArrayList<>();
        random.ints(0, expertCount).distinct().limit(1 + random.nextInt(Math.min(6, expertCount)))
            .forEach(e -> candidates.add(candidate("E" + e, 0.3 + 0.7 * random.nextDouble())));
        candidates.sort((a, b) -> Double.compare(b.relevance(), a.relevance()));
        table.put(new SeatKey(demand.id(), s), candidates);
      }
      String best = table.get(new SeatKey(demand.id(), 0)).get(0).expertId();
      if (d % 7 == 0 && pins.stream().noneMatch(pin -> pin.expertId().equals(best))) {
        pins.add(new Pin(demand.id(), 0, best));
      }
    }
    Problem problem = Problem.builder(YEAR).experts(experts).demands(demands).pinned(pins).build();
    return new Case(problem, new CandidateTable(table));
  }
}
