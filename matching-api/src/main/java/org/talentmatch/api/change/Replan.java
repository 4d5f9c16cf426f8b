package org.talentmatch.api.change;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.talentmatch.api.model.Problem;
import org.talentmatch.api.plan.Plan;

/**
 * The result of re-planning: the problem as the changes left it (its pins are the kept and the
 * newly confirmed arrangements), the new plan (its metrics report {@code moved}), the pins the
 * changes released and the declines the plan honoured.
 */
public record Replan(Problem problem, Plan plan, List<ReleasedPin> releasedPins, List<Exclusion> exclusions) {

  public Replan {
    requireNonNull(problem, "problem");
    requireNonNull(plan, "plan");
    releasedPins = List.copyOf(releasedPins);
    exclusions = List.copyOf(exclusions);
  }
}
