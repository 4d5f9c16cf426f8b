package org.talentmatch.core.solver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import org.talentmatch.api.model.DateRange;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.Expert;
import org.talentmatch.api.model.HistoryEntry;
import org.talentmatch.api.model.HostUnit;
import org.talentmatch.api.model.HostUnitType;
import org.talentmatch.api.model.Policy;
import org.talentmatch.api.model.Problem;
import org.talentmatch.api.model.Program;
import org.talentmatch.api.model.Seat;
import org.talentmatch.api.model.SeatRole;
import org.talentmatch.api.plan.Assignment;
import org.talentmatch.api.search.Candidate;
import org.talentmatch.core.search.CandidateTable;
import org.talentmatch.core.search.SeatKey;

/**
 * Random problems that exercise every rule of {@link MatchingConstraints} (history for cool-down,
 * load and continuity, 惠才卡 holders, priority areas, year-long placements, several counties) and
 * random plans over them that break rules 4–6 now and then, so that a score pinned on them shows any
 * change of the score function.
 */
final class ScoreFixtures {
  private static final String[] COUNTIES = {"370102", "370783", "370911", "371502", "371722"};

  private ScoreFixtures() {}

  /** A problem with its candidates and a plan: each slot takes a random candidate, or stays empty. */
  record Scored(Problem problem, CandidateTable candidates, List<Assignment> plan) {}

  static Scored randomPlan(long seed, int expertCount, int demandCount) {
    Random random = new Random(seed);
    List<Expert> experts = new ArrayList<>();
    List<HistoryEntry> history = new ArrayList<>();
    for (int i = 0; i < expertCount; i++) {
      experts.add(ProblemFixtures.expert("E" + i, 34.5 + 3 * random.nextDouble(), 115.5 + 6 * random.nextDouble())
          .toBuilder().maxAssignments(1 + random.nextInt(3)).huicaiCard(random.nextInt(3) == 0).build());
      for (int h = random.nextInt(3); h > 0; h--) {
        var start = ProblemFixtures.YEAR.start().minusDays(5 + random.nextInt(120));
        history.add(new HistoryEntry("E" + i, Optional.empty(), "合作社 " + random.nextInt(demandCount),
            "370783", new DateRange(start, start.plusDays(random.nextInt(4)))));
      }
    }
    List<Demand> demands = new ArrayList<>();
    Map<SeatKey, List<Candidate>> table = new HashMap<>();
    for (int d = 0; d < demandCount; d++) {
      var start = ProblemFixtures.YEAR.start().plusDays(random.nextInt(300));
      boolean year = random.nextInt(8) == 0;
      List<Seat> seats = new ArrayList<>();
      seats.add(Seat.of(SeatRole.LEAD, 1, "设施蔬菜"));
      if (random.nextBoolean()) {
        seats.add(Seat.of(SeatRole.MEMBER, 1 + random.nextInt(3), "土壤改良"));
      }
      Program program = year ? Program.PHD_TO_ENTERPRISE
          : random.nextBoolean() ? Program.SCI_TECH_COMMISSIONER : Program.EXPERT_SERVICE;
      Demand demand = Demand.builder("D" + d).program(program).title("需求 " + d)
          .hostUnit(HostUnit.of("合作社 " + d, HostUnitType.COOPERATIVE))
          .location(COUNTIES[random.nextInt(COUNTIES.length)], 34.5 + 3 * random.nextDouble(),
              115.5 + 6 * random.nextDouble())
          .priorityArea(random.nextInt(3) == 0).priority(1 + random.nextInt(5))
          .dates(new DateRange(start, start.plusDays(year ? 364 : random.nextInt(10)))).seats(seats).build();
      demands.add(demand);
      for (int s = 0; s < seats.size(); s++) {
        List<Candidate> candidates = new ArrayList<>();
        random.ints(0, expertCount).distinct().limit(1 + random.nextInt(Math.min(8, expertCount)))
            .forEach(e -> candidates.add(new Candidate("E" + e, 0.3 + 0.7 * random.nextDouble(),
                400 * random.nextDouble(), List.of("技能匹配：设施蔬菜"))));
        candidates.sort((a, b) -> Double.compare(b.relevance(), a.relevance()));
        table.put(new SeatKey(demand.id(), s), candidates);
      }
    }
    Problem problem = Problem.builder(ProblemFixtures.YEAR).policy(Policy.defaults()).experts(experts)
        .demands(demands).history(history).build();
    List<Assignment> plan = new ArrayList<>();
    for (Demand demand : demands) {
      for (int s = 0; s < demand.seats().size(); s++) {
        List<Candidate> candidates = table.get(new SeatKey(demand.id(), s));
        for (int slot = 0; slot < demand.seats().get(s).count(); slot++) {
          if (random.nextInt(6) > 0) {
            Candidate c = candidates.get(random.nextInt(candidates.size()));
            plan.add(new Assignment(demand.id(), s, slot, c.expertId(), OptionalDouble.of(c.relevance()),
                c.distanceKm(), false, List.of()));
          }
        }
      }
    }
    return new Scored(problem, new CandidateTable(table), plan);
  }
}
