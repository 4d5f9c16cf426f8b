package org.talentmatch.core.engine;

import static java.util.Objects.requireNonNull;

import org.talentmatch.api.change.Replan;

/**
 * A re-plan with what it took to make it.
 *
 * @param planning the stage timings and supply check of the changed problem; its plan is {@code replan.plan()}
 */
public record ReplanningResult(Replan replan, PlanningResult planning) {

  public ReplanningResult {
    requireNonNull(replan, "replan");
    requireNonNull(planning, "planning");
  }
}
