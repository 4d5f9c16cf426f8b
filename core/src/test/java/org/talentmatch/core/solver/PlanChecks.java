package org.talentmatch.core.solver;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.Expert;
import org.talentmatch.api.model.Problem;
import org.talentmatch.api.plan.Assignment;

/** An independent check of FORMAT.md rules 4–6 and 9 on a plan, written from the format, not the model. */
final class PlanChecks {
  private PlanChecks() {}

  static List<String> violations(Problem problem, List<Assignment> assignments) {
    Map<String, Demand> demands = problem.demands().stream().collect(Collectors.toMap(Demand::id, Function.identity()));
    Map<String, Expert> experts = problem.experts().stream().collect(Collectors.toMap(Expert::id, Function.identity()));
    Map<String, List<Assignment>> byExpert = assignments.stream().collect(Collectors.groupingBy(Assignment::expertId));
    List<String> violations = new ArrayList<>();
    byExpert.forEach((expertId, held) -> {
      if (held.size() > experts.get(expertId).capUnder(problem.policy())) {
        violations.add("rule 5: " + expertId + " holds " + held.size());
      }
      for (int i = 0; i < held.size(); i++) {
        for (int j = i + 1; j < held.size(); j++) {
          Assignment a = held.get(i);
          Assignment b = held.get(j);
          if (a.demandId().equals(b.demandId())) {
            violations.add("rule 6: " + expertId + " twice in " + a.demandId());
          } else if (demands.get(a.demandId()).dates().overlaps(demands.get(b.demandId()).dates())) {
            violations.add("rule 4: " + expertId + " in " + a.demandId() + " and " + b.demandId());
          }
        }
      }
    });
    Map<String, Integer> pinsOfSeat = new HashMap<>();
    problem.pinned().forEach(pin -> pinsOfSeat.merge(pin.demandId() + "/" + pin.seat() + "/" + pin.expertId(), 1, Integer::sum));
    pinsOfSeat.forEach((key, count) -> {
      long kept = assignments.stream()
          .filter(a -> a.pinned() && (a.demandId() + "/" + a.seat() + "/" + a.expertId()).equals(key))
          .count();
      if (kept != count) {
        violations.add("rule 9: pin " + key + " not kept");
      }
    });
    return violations;
  }
}
