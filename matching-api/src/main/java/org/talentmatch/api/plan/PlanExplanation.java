package org.talentmatch.api.plan;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

/**
 * How a plan's score comes about: the total of each rule and the reasons of each assignment, as
 * computed by the engine's own score calculation.
 */
public record PlanExplanation(PlanScore score, List<ConstraintTotal> totals, Map<SlotRef, List<Reason>> reasonsBySlot) {

  public PlanExplanation {
    requireNonNull(score, "score");
    totals = List.copyOf(totals);
    reasonsBySlot = Map.copyOf(reasonsBySlot);
  }
}
