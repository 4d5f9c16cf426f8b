package org.talentmatch.core.solver;

import static com.google.common.base.Preconditions.checkArgument;
import static org.talentmatch.core.solver.domain.ConstraintIds.CONTINUITY;
import static org.talentmatch.core.solver.domain.ConstraintIds.COOLDOWN_AGAINST_HISTORY;
import static org.talentmatch.core.solver.domain.ConstraintIds.COOLDOWN_WITHIN_PLAN;
import static org.talentmatch.core.solver.domain.ConstraintIds.COUNTY_COVERAGE;
import static org.talentmatch.core.solver.domain.ConstraintIds.DEMAND_FAIRNESS;
import static org.talentmatch.core.solver.domain.ConstraintIds.HUICAI_CARD;
import static org.talentmatch.core.solver.domain.ConstraintIds.KEEP_PREVIOUS_ASSIGNMENT;
import static org.talentmatch.core.solver.domain.ConstraintIds.LOAD_BALANCE;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.talentmatch.core.solver.domain.CandidateFit;
import org.talentmatch.core.solver.domain.DemandFacts;
import org.talentmatch.core.solver.domain.ExpertFact;
import org.talentmatch.core.solver.domain.MatchingConstraintConfiguration;
import org.talentmatch.core.solver.domain.SeatSlot;

/**
 * An upper bound of what giving an empty slot to one of its candidates adds to the soft score: lets
 * {@link GreedyConstruction} pass over a candidate that cannot beat the best one weighed so far
 * without asking the score director, which is most of the construction's time (about 2 µs a
 * candidate, a million and a half candidates at province scale).
 *
 * <p>Every soft rule that an assignment can raise is counted exactly, from the definitions {@link
 * MatchingConstraints} uses: relevance and travel ({@link MatchingConstraintConfiguration#slotValue}),
 * the demand's fairness shortfall, the expert's load, continuity, 惠才卡, county coverage and keeping
 * the previous plan. The cool-down rules only ever lower the score and are left out, which is what
 * makes this a bound rather than the gain. Hard and medium scores are the same for every candidate the
 * construction weighs: rules 4–6 allow each of them, and any of them fills the slot.
 *
 * <p>It follows the plan being built: {@link #fill} each assignment made. The experts' loads it reads
 * from the construction's {@link CoverageRepair.Holdings}, which must follow the same plan.
 */
final class SoftGainBound {
  private final MatchingConstraintConfiguration weights;
  private final long fairnessWeight;
  private final long loadWeight;
  private final long continuityWeight;
  private final long huicaiWeight;
  private final long countyWeight;
  private final long keepWeight;
  /** Sum (in thousandths) and count of the known relevances of each demand's filled slots. */
  private final Map<DemandFacts, long[]> relevanceByDemand = new HashMap<>();
  /** Regions with a filled slot: the county rule rewards a region's first. */
  private final Set<String> filledRegions = new HashSet<>();
  private final CoverageRepair.Holdings holdings;

  /** The bound for a plan whose filled slots are those of {@code slots}, held as {@code holdings} says. */
  SoftGainBound(List<SeatSlot> slots, CoverageRepair.Holdings holdings, MatchingConstraintConfiguration weights) {
    // A negative cool-down weight would make the rules left out rewards.
    checkArgument(weights.softWeight(COOLDOWN_WITHIN_PLAN) >= 0 && weights.softWeight(COOLDOWN_AGAINST_HISTORY) >= 0,
        "cool-down weights must be >= 0 for the bound: %s, %s", weights.softWeight(COOLDOWN_WITHIN_PLAN),
        weights.softWeight(COOLDOWN_AGAINST_HISTORY));
    this.weights = weights;
    this.holdings = holdings;
    this.fairnessWeight = weights.softWeight(DEMAND_FAIRNESS);
    this.loadWeight = weights.softWeight(LOAD_BALANCE);
    this.continuityWeight = weights.softWeight(CONTINUITY);
    this.huicaiWeight = weights.softWeight(HUICAI_CARD);
    this.countyWeight = weights.softWeight(COUNTY_COVERAGE);
    this.keepWeight = weights.softWeight(KEEP_PREVIOUS_ASSIGNMENT);
    for (SeatSlot slot : slots) {
      if (slot.isFilled()) {
        fill(slot, slot.expert());
      }
    }
  }

  /** At least what giving the empty {@code slot} to {@code candidate} adds to the soft score. */
  long of(SeatSlot slot, ExpertFact candidate) {
    CandidateFit fit = slot.fitOf(candidate);
    long gain = weights.slotValue(fit);
    if (fit.relevance().isPresent()) {
      long[] known = relevanceByDemand.get(slot.demand());
      long sum = known == null ? 0 : known[0];
      long count = known == null ? 0 : known[1];
      long before = count == 0 ? 0 : MatchingConstraints.shortfallCost((double) sum / count);
      long after = MatchingConstraints.shortfallCost((double) (sum + fit.relevancePerMille()) / (count + 1));
      gain += fairnessWeight * (before - after);
    }
    int held = holdings.count(candidate);
    gain -= loadWeight
        * (MatchingConstraints.loadCost(candidate, held + 1) - MatchingConstraints.loadCost(candidate, held));
    if (MatchingConstraints.continuesPairing(slot.demand(), candidate)) {
      gain += continuityWeight;
    }
    if (MatchingConstraints.huicaiCardInPriorityArea(slot.demand(), candidate)) {
      gain += huicaiWeight;
    }
    if (!filledRegions.contains(slot.region())) {
      gain += countyWeight;
    }
    // As SeatSlot.departsFromPrevious compares them.
    if (slot.previousExpert().filter(previous -> previous == candidate).isPresent()) {
      gain += keepWeight;
    }
    return gain;
  }

  /** Records that {@code expert} now holds {@code slot} (the holdings record it themselves). */
  void fill(SeatSlot slot, ExpertFact expert) {
    CandidateFit fit = slot.fitOf(expert);
    if (fit.relevance().isPresent()) {
      long[] known = relevanceByDemand.computeIfAbsent(slot.demand(), demand -> new long[2]);
      known[0] += fit.relevancePerMille();
      known[1]++;
    }
    filledRegions.add(slot.region());
  }
}
