package org.talentmatch.core.solver.domain;

import static org.talentmatch.core.solver.domain.ConstraintIds.CONTINUITY;
import static org.talentmatch.core.solver.domain.ConstraintIds.COOLDOWN_AGAINST_HISTORY;
import static org.talentmatch.core.solver.domain.ConstraintIds.COOLDOWN_WITHIN_PLAN;
import static org.talentmatch.core.solver.domain.ConstraintIds.COUNTY_COVERAGE;
import static org.talentmatch.core.solver.domain.ConstraintIds.DEMAND_FAIRNESS;
import static org.talentmatch.core.solver.domain.ConstraintIds.HUICAI_CARD;
import static org.talentmatch.core.solver.domain.ConstraintIds.KEEP_PREVIOUS_ASSIGNMENT;
import static org.talentmatch.core.solver.domain.ConstraintIds.LOAD_BALANCE;
import static org.talentmatch.core.solver.domain.ConstraintIds.SKILL_RELEVANCE;
import static org.talentmatch.core.solver.domain.ConstraintIds.TRAVEL_DISTANCE;

import org.optaplanner.core.api.domain.constraintweight.ConstraintConfiguration;
import org.optaplanner.core.api.domain.constraintweight.ConstraintWeight;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * The soft weights of one solve, as OptaPlanner reads them. Hard and medium weights are fixed: they
 * are FORMAT.md's definition of feasibility and coverage, not a matter of taste.
 */
@ConstraintConfiguration
public final class MatchingConstraintConfiguration {
  @ConstraintWeight(SKILL_RELEVANCE)
  private HardMediumSoftLongScore skillRelevance;
  @ConstraintWeight(DEMAND_FAIRNESS)
  private HardMediumSoftLongScore demandFairness;
  @ConstraintWeight(TRAVEL_DISTANCE)
  private HardMediumSoftLongScore travelDistance;
  @ConstraintWeight(LOAD_BALANCE)
  private HardMediumSoftLongScore loadBalance;
  @ConstraintWeight(COOLDOWN_WITHIN_PLAN)
  private HardMediumSoftLongScore cooldownWithinPlan;
  @ConstraintWeight(COOLDOWN_AGAINST_HISTORY)
  private HardMediumSoftLongScore cooldownAgainstHistory;
  @ConstraintWeight(CONTINUITY)
  private HardMediumSoftLongScore continuity;
  @ConstraintWeight(HUICAI_CARD)
  private HardMediumSoftLongScore huicaiCard;
  @ConstraintWeight(COUNTY_COVERAGE)
  private HardMediumSoftLongScore countyCoverage;
  @ConstraintWeight(KEEP_PREVIOUS_ASSIGNMENT)
  private HardMediumSoftLongScore keepPreviousAssignment;

  /** For OptaPlanner's reflection only. */
  @SuppressWarnings("unused")
  private MatchingConstraintConfiguration() {}

  /**
   * Weights of a solve that keeps no previous plan: {@code keep-previous-assignment} weighs 0
   * (switched off).
   */
  public MatchingConstraintConfiguration(long skillRelevance, long demandFairness, long travelDistance,
      long loadBalance, long cooldownDay, long continuity, long huicaiCard, long countyCoverage) {
    this(skillRelevance, demandFairness, travelDistance, loadBalance, cooldownDay, continuity, huicaiCard,
        countyCoverage, 0);
  }

  /**
   * The part of the soft score a slot earns from its expert alone, whatever else the plan holds:
   * weighted relevance minus weighted travel. Construction weighs the candidates that earn most first.
   */
  public long slotValue(CandidateFit fit) {
    return skillRelevance.softScore() * fit.relevancePerMille() - travelDistance.softScore() * fit.roundedKm();
  }

  /** Soft points per unit of the match weight of the soft rule {@code constraintId} (a {@link ConstraintIds} name). */
  public long softWeight(String constraintId) {
    HardMediumSoftLongScore weight = switch (constraintId) {
      case SKILL_RELEVANCE -> skillRelevance;
      case DEMAND_FAIRNESS -> demandFairness;
      case TRAVEL_DISTANCE -> travelDistance;
      case LOAD_BALANCE -> loadBalance;
      case COOLDOWN_WITHIN_PLAN -> cooldownWithinPlan;
      case COOLDOWN_AGAINST_HISTORY -> cooldownAgainstHistory;
      case CONTINUITY -> continuity;
      case HUICAI_CARD -> huicaiCard;
      case COUNTY_COVERAGE -> countyCoverage;
      case KEEP_PREVIOUS_ASSIGNMENT -> keepPreviousAssignment;
      default -> throw new IllegalArgumentException("not a soft rule: " + constraintId);
    };
    return weight.softScore();
  }

  /** Weights in soft points per unit of each rule's match weight (see MatchingWeights). */
  public MatchingConstraintConfiguration(long skillRelevance, long demandFairness, long travelDistance,
      long loadBalance, long cooldownDay, long continuity, long huicaiCard, long countyCoverage,
      long keepPreviousAssignment) {
    this.skillRelevance = HardMediumSoftLongScore.ofSoft(skillRelevance);
    this.demandFairness = HardMediumSoftLongScore.ofSoft(demandFairness);
    this.travelDistance = HardMediumSoftLongScore.ofSoft(travelDistance);
    this.loadBalance = HardMediumSoftLongScore.ofSoft(loadBalance);
    this.cooldownWithinPlan = HardMediumSoftLongScore.ofSoft(cooldownDay);
    this.cooldownAgainstHistory = HardMediumSoftLongScore.ofSoft(cooldownDay);
    this.continuity = HardMediumSoftLongScore.ofSoft(continuity);
    this.huicaiCard = HardMediumSoftLongScore.ofSoft(huicaiCard);
    this.countyCoverage = HardMediumSoftLongScore.ofSoft(countyCoverage);
    this.keepPreviousAssignment = HardMediumSoftLongScore.ofSoft(keepPreviousAssignment);
  }
}
