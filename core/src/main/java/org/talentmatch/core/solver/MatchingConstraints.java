package org.talentmatch.core.solver;

import static org.talentmatch.core.solver.domain.ConstraintIds.ASSIGNMENT_CAP;
import static org.talentmatch.core.solver.domain.ConstraintIds.CONTINUITY;
import static org.talentmatch.core.solver.domain.ConstraintIds.COOLDOWN_AGAINST_HISTORY;
import static org.talentmatch.core.solver.domain.ConstraintIds.COOLDOWN_WITHIN_PLAN;
import static org.talentmatch.core.solver.domain.ConstraintIds.COUNTY_COVERAGE;
import static org.talentmatch.core.solver.domain.ConstraintIds.DATE_OVERLAP;
import static org.talentmatch.core.solver.domain.ConstraintIds.DEMAND_FAIRNESS;
import static org.talentmatch.core.solver.domain.ConstraintIds.HUICAI_CARD;
import static org.talentmatch.core.solver.domain.ConstraintIds.KEEP_PREVIOUS_ASSIGNMENT;
import static org.talentmatch.core.solver.domain.ConstraintIds.LOAD_BALANCE;
import static org.talentmatch.core.solver.domain.ConstraintIds.ONE_SLOT_PER_DEMAND;
import static org.talentmatch.core.solver.domain.ConstraintIds.SKILL_RELEVANCE;
import static org.talentmatch.core.solver.domain.ConstraintIds.TRAVEL_DISTANCE;
import static org.talentmatch.core.solver.domain.ConstraintIds.UNFILLED_SLOT;

import java.util.List;
import java.util.function.BiPredicate;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintCollectors;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.Joiners;
import org.optaplanner.core.api.score.stream.bi.BiConstraintStream;
import org.optaplanner.core.api.score.stream.bi.BiJoiner;
import org.talentmatch.core.solver.domain.DemandFacts;
import org.talentmatch.core.solver.domain.ExpertFact;
import org.talentmatch.core.solver.domain.PastService;
import org.talentmatch.core.solver.domain.SeatSlot;

/**
 * The score of a plan. Hard: FORMAT.md rules 4–6 (rules 1–3, 7, 8 and 10 hold by construction of
 * each slot's value range, rule 9 by pinning). Medium: coverage, exactly FORMAT.md's. Soft: the
 * weighted goals of {@link MatchingWeights}.
 *
 * <p>Each constraint justifies its matches with a {@link RuleJustification}, so that plan reasons come
 * from OptaPlanner's own score explanation. Per-slot and pair rules indict their slots. Rules that
 * group slots by expert, demand or county count them with {@code count()}/{@code sum()} collectors,
 * which Bavet updates with a constant amount of work per move (a {@code toList()} group keeps and
 * hands on a list per group), and indict the group's key instead: the {@link ExpertFact}, the {@link DemandFacts}
 * or the county code; {@link PlanExplainer} hands such a match to every filled slot of that group.
 */
public final class MatchingConstraints implements ConstraintProvider {

  @Override
  public Constraint[] defineConstraints(ConstraintFactory factory) {
    return new Constraint[] {
      expertDatesOverlap(factory),
      expertHoldsTwoSlotsOfOneDemand(factory),
      expertOverCap(factory),
      unfilledSlot(factory),
      skillRelevance(factory),
      liftWorstOffDemands(factory),
      travelDistance(factory),
      loadBalance(factory),
      cooldownWithinPlan(factory),
      cooldownAgainstHistory(factory),
      commissionerContinuity(factory),
      huicaiCardPriority(factory),
      countyCoverage(factory),
      keepPreviousAssignment(factory),
    };
  }

  /** Rule 4: two assignments of one expert on different demands share a day. */
  Constraint expertDatesOverlap(ConstraintFactory factory) {
    return slotPairsOfOneExpert(factory)
        .filter(DIFFERENT_DEMANDS_SHARE_A_DAY)
        .penalize(HardMediumSoftLongScore.ONE_HARD)
        .justifyWith((a, b, score) -> new Justifications.DateOverlap(a.expert().id(), a.ref(), b.ref()))
        .indictWith((a, b) -> List.of(a, b))
        .asConstraint(DATE_OVERLAP);
  }

  /** Rule 6: one expert in two slots of one demand. */
  Constraint expertHoldsTwoSlotsOfOneDemand(ConstraintFactory factory) {
    return slotPairsOfOneExpert(factory)
        .filter(SAME_DEMAND)
        .penalize(HardMediumSoftLongScore.ONE_HARD)
        .justifyWith((a, b, score) -> new Justifications.OneSlotPerDemand(a.expert().id(), a.ref(), b.ref()))
        .indictWith((a, b) -> List.of(a, b))
        .asConstraint(ONE_SLOT_PER_DEMAND);
  }

  /** Rule 5: penalizes each assignment beyond the expert's cap; indicts the expert (see class comment). */
  Constraint expertOverCap(ConstraintFactory factory) {
    return factory.forEach(SeatSlot.class)
        .groupBy(SeatSlot::expert, ConstraintCollectors.count())
        .filter((expert, count) -> count > expert.cap())
        .penalize(HardMediumSoftLongScore.ONE_HARD, (expert, count) -> count - expert.cap())
        .justifyWith((expert, count, score) -> new Justifications.OverCap(expert.id(), count, expert.cap()))
        .indictWith((expert, count) -> List.of(expert))
        .asConstraint(ASSIGNMENT_CAP);
  }

  /** Coverage: an empty slot costs FORMAT.md's {@code priority × area × role}. */
  Constraint unfilledSlot(ConstraintFactory factory) {
    return factory.forEachIncludingNullVars(SeatSlot.class)
        .filter(slot -> !slot.isFilled())
        .penalize(HardMediumSoftLongScore.ONE_MEDIUM, SeatSlot::unfilledCost)
        .justifyWith((slot, score) -> new Justifications.Unfilled(slot.ref(), slot.unfilledCost()))
        .asConstraint(UNFILLED_SLOT);
  }

  /** Precise matching (精准): relevance in thousandths. */
  Constraint skillRelevance(ConstraintFactory factory) {
    return factory.forEach(SeatSlot.class)
        .rewardConfigurable(slot -> slot.fit().relevancePerMille())
        .justifyWith((slot, score) -> new Justifications.SkillRelevance(
            slot.expert().id(), slot.fit().relevance(), slot.fit().reasons()))
        .asConstraint(SKILL_RELEVANCE);
  }

  /**
   * Fairness toward demands (FairFlow's spirit: no demand left with only poor matches). Each demand
   * with filled slots of known relevance costs {@code 1000 × (1 − r)²}, rounded, with {@code r} the
   * mean relevance of those slots. The cost is convex in the shortfall, so two demands at 0.8 cost
   * less (2 × 40) than one at 0.6 and one perfect (160): the solver lifts the worst-off first, and
   * relevance reward keeps the total from dropping much. Slots of unknown relevance (pinned outside
   * the candidates) are left out: they would distort the mean and cannot move anyway.
   */
  Constraint liftWorstOffDemands(ConstraintFactory factory) {
    return factory.forEach(SeatSlot.class)
        .filter(slot -> slot.fit().relevance().isPresent())
        .groupBy(SeatSlot::demand,
            ConstraintCollectors.sum(slot -> slot.fit().relevancePerMille()),
            ConstraintCollectors.count())
        .penalizeConfigurable((demand, sum, count) -> shortfallCost((double) sum / count))
        .justifyWith((demand, sum, count, score) -> new Justifications.DemandShortfall(demand.id(), count,
            (double) sum / count / 1000))
        .indictWith((demand, sum, count) -> List.of(demand))
        .asConstraint(DEMAND_FAIRNESS);
  }

  /** The organizer pays travel: kilometres, rounded. */
  Constraint travelDistance(ConstraintFactory factory) {
    return factory.forEach(SeatSlot.class)
        .penalizeConfigurable(slot -> slot.fit().roundedKm())
        .justifyWith((slot, score) -> new Justifications.Travel(slot.expert().id(), slot.fit().distanceKm()))
        .asConstraint(TRAVEL_DISTANCE);
  }

  /**
   * 避免频繁组织同一位人才: an expert with {@code c} assignments and {@code h} past services costs
   * {@code (h + c)² − h²}, one match per expert; indicts the expert (see class comment).
   */
  Constraint loadBalance(ConstraintFactory factory) {
    return factory.forEach(SeatSlot.class)
        .groupBy(SeatSlot::expert, ConstraintCollectors.count())
        .penalizeConfigurable(MatchingConstraints::loadCost)
        .justifyWith((expert, count, score) -> new Justifications.Load(expert.id(), count, expert.historyCount()))
        .indictWith((expert, count) -> List.of(expert))
        .asConstraint(LOAD_BALANCE);
  }

  /** Two services of one expert in this plan closer than the cool-down; charged to the later one. */
  Constraint cooldownWithinPlan(ConstraintFactory factory) {
    return slotPairsOfOneExpert(factory)
        .filter(SHORT_REST_BETWEEN)
        .penalizeConfigurable((a, b) -> shortfallDays(later(a, b), earlier(a, b).endDay()))
        .justifyWith((a, b, score) -> new Justifications.Cooldown(a.expert().id(),
            gapDays(later(a, b), earlier(a, b).endDay()), a.expert().cooldownDays(), earlier(a, b).ref().toString()))
        .indictWith((a, b) -> List.of(later(a, b)))
        .asConstraint(COOLDOWN_WITHIN_PLAN);
  }

  /** A service starting too soon after the expert's last past service. */
  Constraint cooldownAgainstHistory(ConstraintFactory factory) {
    return factory.forEach(SeatSlot.class)
        .filter(slot -> historyShortfallDays(slot) > 0)
        .penalizeConfigurable(MatchingConstraints::historyShortfallDays)
        .justifyWith((slot, score) -> {
          PastService last = slot.expert().lastServiceBefore(slot.startDay()).orElseThrow();
          return new Justifications.Cooldown(slot.expert().id(), gapDays(slot, last.endDay()),
              slot.expert().cooldownDays(), last.hostUnit());
        })
        .asConstraint(COOLDOWN_AGAINST_HISTORY);
  }

  /** 科技特派员与服务对象结成利益共同体: keep an existing expert–unit pairing. */
  Constraint commissionerContinuity(ConstraintFactory factory) {
    return factory.forEach(SeatSlot.class)
        .filter(slot -> continuesPairing(slot.demand(), slot.expert()))
        .rewardConfigurable()
        .justifyWith((slot, score) -> new Justifications.Continuity(slot.expert().id(), slot.demand().hostUnit()))
        .asConstraint(CONTINUITY);
  }

  /** 惠才卡 holders connect directly with the needs of priority areas. */
  Constraint huicaiCardPriority(ConstraintFactory factory) {
    return factory.forEach(SeatSlot.class)
        .filter(slot -> huicaiCardInPriorityArea(slot.demand(), slot.expert()))
        .rewardConfigurable()
        .justifyWith((slot, score) -> new Justifications.HuicaiCard(slot.expert().id()))
        .asConstraint(HUICAI_CARD);
  }

  /** 资源不均: each county with at least one filled slot; indicts the county's code (see class comment). */
  Constraint countyCoverage(ConstraintFactory factory) {
    return factory.forEach(SeatSlot.class)
        .groupBy(SeatSlot::region, ConstraintCollectors.count())
        .rewardConfigurable()
        .justifyWith((region, count, score) -> new Justifications.CountyCoverage(region, count))
        .indictWith((region, count) -> List.of(region))
        .asConstraint(COUNTY_COVERAGE);
  }

  /**
   * Minimal disruption when re-planning: a slot no longer held by the expert the previous plan gave
   * it (moved elsewhere, replaced or left empty). Outside re-planning no slot has a previous expert.
   */
  Constraint keepPreviousAssignment(ConstraintFactory factory) {
    return factory.forEachIncludingNullVars(SeatSlot.class)
        .filter(SeatSlot::departsFromPrevious)
        .penalizeConfigurable()
        .justifyWith((slot, score) -> new Justifications.Moved(slot.previousExpert().orElseThrow().id()))
        .asConstraint(KEEP_PREVIOUS_ASSIGNMENT);
  }

  /**
   * Every two filled slots of one expert, once each ({@code a} before {@code b} by slot id): the one
   * join behind rules 4 and 6 and the cool-down within the plan. The three constraints build it from
   * the same joiner functions, so Bavet shares one join node among them (a join node is most of the
   * cost of a move: JFR at province scale) and filters its few pairs per expert three ways.
   */
  private static BiConstraintStream<SeatSlot, SeatSlot> slotPairsOfOneExpert(ConstraintFactory factory) {
    return factory.forEach(SeatSlot.class).join(SeatSlot.class, EXPERT_OF_SLOT, ID_ORDER);
  }

  private static final BiJoiner<SeatSlot, SeatSlot> EXPERT_OF_SLOT = Joiners.equal(SeatSlot::expert);
  private static final BiJoiner<SeatSlot, SeatSlot> ID_ORDER = Joiners.lessThan(SeatSlot::id);
  private static final BiPredicate<SeatSlot, SeatSlot> SAME_DEMAND = (a, b) -> a.demandId().equals(b.demandId());
  private static final BiPredicate<SeatSlot, SeatSlot> DIFFERENT_DEMANDS_SHARE_A_DAY =
      (a, b) -> !a.demandId().equals(b.demandId()) && a.startDay() <= b.endDay() && b.startDay() <= a.endDay();
  private static final BiPredicate<SeatSlot, SeatSlot> SHORT_REST_BETWEEN = (a, b) -> {
    SeatSlot earlier = earlier(a, b);
    SeatSlot later = later(a, b);
    return earlier.endDay() < later.startDay() && shortfallDays(later, earlier.endDay()) > 0;
  };

  /** Of two slots, the one that ends first (the other then starts after it, if they do not overlap). */
  private static SeatSlot earlier(SeatSlot a, SeatSlot b) {
    return a.endDay() < b.startDay() ? a : b;
  }

  private static SeatSlot later(SeatSlot a, SeatSlot b) {
    return earlier(a, b) == a ? b : a;
  }

  /** {@code (h + c)² − h²} for an expert with {@code c} assignments in the plan and {@code h} past services. */
  static int loadCost(ExpertFact expert, int count) {
    return count * (2 * expert.historyCount() + count);
  }

  /** A 科技特派员 pairing the expert has served before. */
  static boolean continuesPairing(DemandFacts demand, ExpertFact expert) {
    return demand.isCommissionerPairing() && expert.hasServed(demand.hostUnit());
  }

  /** A 惠才卡 holder on a demand of a priority area. */
  static boolean huicaiCardInPriorityArea(DemandFacts demand, ExpertFact expert) {
    return demand.priorityArea() && expert.huicaiCard();
  }

  /** {@code 1000 × (1 − r)²} for a mean relevance of {@code r}, given in thousandths. */
  static int shortfallCost(double meanRelevancePerMille) {
    double shortfall = 1000 - meanRelevancePerMille;
    return (int) Math.round(shortfall * shortfall / 1000);
  }

  /** Days between the end of an earlier service and the start of {@code slot}, exclusive of both. */
  private static long gapDays(SeatSlot slot, long earlierEndDay) {
    return slot.startDay() - earlierEndDay - 1;
  }

  private static int shortfallDays(SeatSlot slot, long earlierEndDay) {
    return (int) Math.max(0, slot.expert().cooldownDays() - gapDays(slot, earlierEndDay));
  }

  private static int historyShortfallDays(SeatSlot slot) {
    return slot.expert().lastServiceBefore(slot.startDay())
        .map(last -> shortfallDays(slot, last.endDay()))
        .orElse(0);
  }
}
