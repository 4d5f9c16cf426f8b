package org.talentmatch.core.replan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.talentmatch.api.change.PlanChange;
import org.talentmatch.api.model.DateRange;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.Problem;
import org.talentmatch.api.plan.Assignment;
import org.talentmatch.api.plan.Plan;
import org.talentmatch.api.plan.SlotRef;

/**
 * Random but valid change lists: each change refers only to what exists after the earlier ones
 * (tracked here as the applier will see it).
 */
final class RandomChanges {
  private RandomChanges() {}

  static List<PlanChange> of(Problem problem, Plan plan, Random random, int count) {
    Map<SlotRef, Assignment> standing = new LinkedHashMap<>();
    plan.assignments().forEach(a -> standing.put(a.slotRef(), a));
    Map<String, Demand> demands = new LinkedHashMap<>();
    problem.demands().forEach(d -> demands.put(d.id(), d));
    List<PlanChange> changes = new ArrayList<>();
    while (changes.size() < count && !demands.isEmpty()) {
      int kind = random.nextInt(10);
      if (kind < 6 && !standing.isEmpty()) {
        Assignment a = new ArrayList<>(standing.values()).get(random.nextInt(standing.size()));
        if (kind < 3) {
          changes.add(new PlanChange.Confirm(a.slotRef(), a.expertId()));
        } else {
          changes.add(new PlanChange.Decline(a.slotRef(), a.expertId()));
          standing.remove(a.slotRef());
        }
      } else if (kind == 6) {
        String expertId = problem.experts().get(random.nextInt(problem.experts().size())).id();
        changes.add(new PlanChange.Unavailable(expertId, randomDates(problem, random, 20)));
      } else if (kind == 7 && demands.size() > 1) {
        String demandId = new ArrayList<>(demands.keySet()).get(random.nextInt(demands.size()));
        changes.add(new PlanChange.CancelDemand(demandId));
        demands.remove(demandId);
        standing.keySet().removeIf(ref -> ref.demandId().equals(demandId));
      } else {
        Demand demand = new ArrayList<>(demands.values()).get(random.nextInt(demands.size()));
        int length = (int) Math.min(demand.dates().days(), 30);
        changes.add(new PlanChange.MoveDemand(demand.id(), randomDates(problem, random, length)));
      }
    }
    return changes;
  }

  private static DateRange randomDates(Problem problem, Random random, int days) {
    int span = (int) problem.period().days() - days;
    var start = problem.period().start().plusDays(random.nextInt(Math.max(1, span)));
    return DateRange.of(start, start.plusDays(Math.max(0, days - 1)));
  }
}
