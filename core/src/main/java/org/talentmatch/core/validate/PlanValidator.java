package org.talentmatch.core.validate;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.talentmatch.api.ValidationError;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.Expert;
import org.talentmatch.api.model.Problem;
import org.talentmatch.api.plan.Assignment;
import org.talentmatch.api.plan.Plan;
import org.talentmatch.api.plan.SlotRef;

/**
 * Checks that a plan handed in by a host refers to its problem: every assignment names an existing
 * demand, seat, slot and expert, and no slot is assigned twice. Whether the plan keeps the hard rules
 * is the plan checker's question, not an input error.
 */
public final class PlanValidator {
  private PlanValidator() {}

  /** Every reference error of {@code plan} against {@code problem}; empty when it resolves. */
  public static List<ValidationError> validate(Problem problem, Plan plan) {
    requireNonNull(problem, "problem");
    requireNonNull(plan, "plan");
    Map<String, Demand> demands = new HashMap<>();
    problem.demands().forEach(d -> demands.putIfAbsent(d.id(), d));
    Set<String> experts = new HashSet<>();
    problem.experts().stream().map(Expert::id).forEach(experts::add);

    List<ValidationError> errors = new ArrayList<>();
    Map<SlotRef, Integer> firstBySlot = new HashMap<>();
    for (int i = 0; i < plan.assignments().size(); i++) {
      Assignment a = plan.assignments().get(i);
      String path = "$.assignments[" + i + "]";
      if (!experts.contains(a.expertId())) {
        errors.add(new ValidationError(path + ".expertId", "no expert \"" + a.expertId() + "\""));
      }
      Demand demand = demands.get(a.demandId());
      if (demand == null) {
        errors.add(new ValidationError(path + ".demandId", "no demand \"" + a.demandId() + "\""));
      } else if (a.seat() >= demand.seats().size()) {
        errors.add(new ValidationError(path + ".seat", "demand \"" + a.demandId() + "\" has no seat " + a.seat()));
      } else if (a.slot() >= demand.seats().get(a.seat()).count()) {
        errors.add(new ValidationError(path + ".slot", "seat " + a.seat() + " of demand \"" + a.demandId()
            + "\" has no slot " + a.slot()));
      } else {
        Integer first = firstBySlot.putIfAbsent(a.slotRef(), i);
        if (first != null) {
          errors.add(new ValidationError(path, "slot " + a.slotRef() + " already assigned at $.assignments[" + first + "]"));
        }
      }
    }
    return List.copyOf(errors);
  }
}
