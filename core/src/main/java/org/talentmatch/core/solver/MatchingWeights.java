package org.talentmatch.core.solver;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * The soft weights of the plan, in soft points. They only order plans of equal feasibility and
 * coverage: hard rules and the coverage (medium) score always come first.
 *
 * <p>The defaults put precise matching first and make the other goals comparable to it: a relevance
 * gain of 0.1 (100 points) is worth 100 km of travel, a 10-day cool-down shortfall, a third of a
 * continuity bonus.
 *
 * @param skillRelevance points per 0.001 of relevance of a filled slot (default 1: up to 1,000 per slot)
 * @param demandFairness points per unit of {@code 1000 × (1 − r)²} per demand, where {@code r} is the
 *     mean relevance of the demand's filled slots: the convex cost that lifts the worst-off demands
 *     (default {@value #DEFAULT_DEMAND_FAIRNESS}; 0 switches it off)
 * @param travelPerKm points per km between expert and demand (default 1)
 * @param loadBalance points per unit of {@code (h + c)² − h²} per expert, with {@code c} assignments in
 *     this plan and {@code h} in history (default 100: a second assignment costs 300 more, a third 500)
 * @param cooldownPerDay points per day a gap between two services falls short of the policy's
 *     cool-down (default 10: a missed 30-day rest costs up to 300)
 * @param continuity points for a 科技特派员 slot held by an expert who served the same host unit
 *     before (default 300)
 * @param huicaiCard points for a 惠才卡 holder on a priority-area demand (default 200)
 * @param countyCoverage points per county with at least one filled slot (default 300)
 * @param keepPreviousAssignment re-planning only: points per slot whose expert differs from the
 *     previous plan's (default {@value #DEFAULT_KEEP_PREVIOUS_ASSIGNMENT})
 */
public record MatchingWeights(
    long skillRelevance,
    long demandFairness,
    long travelPerKm,
    long loadBalance,
    long cooldownPerDay,
    long continuity,
    long huicaiCard,
    long countyCoverage,
    long keepPreviousAssignment) {

  /**
   * The default weight of {@code demandFairness}: a demand served at mean relevance 0.6 costs 2 × 160
   * = 320 points, one at 0.9 costs 20. Chosen by measurement ({@code FairnessTradeoff} in the benchmarks
   * module: mid-size instance, seed 2027, 1,000,000 evaluations): weights 0, 1, 2 and 8 raised the mean
   * of per-demand relevance 0.9954 → 0.9961 → 0.9965 → 0.9967 while the mean relevance of filled slots
   * rose too (0.9970 → 0.9978) and coverage stayed complete; 2 takes most of the gain of 8 and keeps
   * the constraint's soft share small next to relevance.
   */
  public static final long DEFAULT_DEMAND_FAIRNESS = 2;

  /**
   * The default weight of {@code keepPreviousAssignment}: 1,000 points, the whole relevance range of
   * one slot (0 → 1), 1,000 km of travel, more than three county-coverage or 惠才卡 bonuses. Coverage is
   * the medium score, so a move that fills an empty slot (the declined one, through a chain of moves)
   * always pays; a move made for soft reasons alone needs a gain larger than any single slot's relevance
   * can give, which a reshuffle for relevance gains of a few hundredths (tens of points) never reaches.
   * A person already told where to go is not moved for a slightly better match.
   */
  public static final long DEFAULT_KEEP_PREVIOUS_ASSIGNMENT = 1000;

  /** Weights with the default {@code keepPreviousAssignment}. */
  public MatchingWeights(long skillRelevance, long demandFairness, long travelPerKm, long loadBalance,
      long cooldownPerDay, long continuity, long huicaiCard, long countyCoverage) {
    this(skillRelevance, demandFairness, travelPerKm, loadBalance, cooldownPerDay, continuity, huicaiCard,
        countyCoverage, DEFAULT_KEEP_PREVIOUS_ASSIGNMENT);
  }

  public MatchingWeights {
    checkArgument(skillRelevance >= 0, "skillRelevance must be >= 0: %s", skillRelevance);
    checkArgument(demandFairness >= 0, "demandFairness must be >= 0: %s", demandFairness);
    checkArgument(travelPerKm >= 0, "travelPerKm must be >= 0: %s", travelPerKm);
    checkArgument(loadBalance >= 0, "loadBalance must be >= 0: %s", loadBalance);
    checkArgument(cooldownPerDay >= 0, "cooldownPerDay must be >= 0: %s", cooldownPerDay);
    checkArgument(continuity >= 0, "continuity must be >= 0: %s", continuity);
    checkArgument(huicaiCard >= 0, "huicaiCard must be >= 0: %s", huicaiCard);
    checkArgument(countyCoverage >= 0, "countyCoverage must be >= 0: %s", countyCoverage);
    checkArgument(keepPreviousAssignment >= 0, "keepPreviousAssignment must be >= 0: %s", keepPreviousAssignment);
  }

  public static MatchingWeights defaults() {
    return new MatchingWeights(1, DEFAULT_DEMAND_FAIRNESS, 1, 100, 10, 300, 200, 300);
  }

  public MatchingWeights withSkillRelevance(long points) {
    return new MatchingWeights(points, demandFairness, travelPerKm, loadBalance, cooldownPerDay, continuity, huicaiCard, countyCoverage, keepPreviousAssignment);
  }

  public MatchingWeights withDemandFairness(long points) {
    return new MatchingWeights(skillRelevance, points, travelPerKm, loadBalance, cooldownPerDay, continuity, huicaiCard, countyCoverage, keepPreviousAssignment);
  }

  public MatchingWeights withTravelPerKm(long points) {
    return new MatchingWeights(skillRelevance, demandFairness, points, loadBalance, cooldownPerDay, continuity, huicaiCard, countyCoverage, keepPreviousAssignment);
  }

  public MatchingWeights withLoadBalance(long points) {
    return new MatchingWeights(skillRelevance, demandFairness, travelPerKm, points, cooldownPerDay, continuity, huicaiCard, countyCoverage, keepPreviousAssignment);
  }

  public MatchingWeights withCooldownPerDay(long points) {
    return new MatchingWeights(skillRelevance, demandFairness, travelPerKm, loadBalance, points, continuity, huicaiCard, countyCoverage, keepPreviousAssignment);
  }

  public MatchingWeights withContinuity(long points) {
    return new MatchingWeights(skillRelevance, demandFairness, travelPerKm, loadBalance, cooldownPerDay, points, huicaiCard, countyCoverage, keepPreviousAssignment);
  }

  public MatchingWeights withHuicaiCard(long points) {
    return new MatchingWeights(skillRelevance, demandFairness, travelPerKm, loadBalance, cooldownPerDay, continuity, points, countyCoverage, keepPreviousAssignment);
  }

  public MatchingWeights withKeepPreviousAssignment(long points) {
    return new MatchingWeights(skillRelevance, demandFairness, travelPerKm, loadBalance, cooldownPerDay, continuity, huicaiCard, countyCoverage, points);
  }

  public MatchingWeights withCountyCoverage(long points) {
    return new MatchingWeights(skillRelevance, demandFairness, travelPerKm, loadBalance, cooldownPerDay, continuity, huicaiCard, points, keepPreviousAssignment);
  }
}
