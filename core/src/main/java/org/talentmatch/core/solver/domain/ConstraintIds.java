package org.talentmatch.core.solver.domain;

/**
 * The constraint names, which are also the stable rule ids of plan explanations. Compile-time
 * constants because {@link org.optaplanner.core.api.domain.constraintweight.ConstraintWeight} needs
 * them.
 */
public final class ConstraintIds {
  public static final String DATE_OVERLAP = "date-overlap";
  public static final String ONE_SLOT_PER_DEMAND = "one-slot-per-demand";
  public static final String ASSIGNMENT_CAP = "assignment-cap";
  public static final String UNFILLED_SLOT = "unfilled-slot";
  public static final String SKILL_RELEVANCE = "skill-relevance";
  public static final String DEMAND_FAIRNESS = "demand-fairness";
  public static final String TRAVEL_DISTANCE = "travel-distance";
  public static final String LOAD_BALANCE = "load-balance";
  public static final String COOLDOWN_WITHIN_PLAN = "cooldown-within-plan";
  public static final String COOLDOWN_AGAINST_HISTORY = "cooldown-against-history";
  public static final String CONTINUITY = "continuity";
  public static final String HUICAI_CARD = "huicai-card";
  public static final String COUNTY_COVERAGE = "county-coverage";
  public static final String KEEP_PREVIOUS_ASSIGNMENT = "keep-previous-assignment";

  private ConstraintIds() {}
}
