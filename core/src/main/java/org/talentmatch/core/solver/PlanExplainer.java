package org.talentmatch.core.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.optaplanner.core.api.score.ScoreExplanation;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.constraint.ConstraintMatch;
import org.optaplanner.core.api.score.constraint.ConstraintMatchTotal;
import org.optaplanner.core.api.score.constraint.Indictment;
import org.optaplanner.core.api.solver.SolutionManager;
import org.talentmatch.api.plan.Assignment;
import org.talentmatch.api.plan.ConstraintTotal;
import org.talentmatch.api.plan.PlanExplanation;
import org.talentmatch.api.plan.PlanScore;
import org.talentmatch.api.plan.Reason;
import org.talentmatch.api.plan.SlotRef;
import org.talentmatch.core.solver.domain.MatchingSolution;
import org.talentmatch.core.solver.domain.SeatSlot;

/**
 * Reads a solution's score explanation, calculated by OptaPlanner from {@link MatchingConstraints},
 * into plan terms. A slot's reasons are the constraint matches that indict it or a group it counts in;
 * a match shared by several slots (an overlapping pair, a county, an expert's load) is listed on each of them with its whole impact, so
 * sum {@link PlanExplanation#totals()}, not reasons, to recompute the score.
 */
final class PlanExplainer {
  private static final Comparator<ConstraintMatch<HardMediumSoftLongScore>> REASON_ORDER =
      Comparator.comparing((ConstraintMatch<HardMediumSoftLongScore> m) -> MatchingRule.byId(m.getConstraintName()))
          .thenComparing(m -> m.getScore())
          .thenComparing(m -> ((RuleJustification) m.getJustification()).text());

  private final SolutionManager<MatchingSolution, HardMediumSoftLongScore> solutionManager;

  PlanExplainer(SolutionManager<MatchingSolution, HardMediumSoftLongScore> solutionManager) {
    this.solutionManager = solutionManager;
  }

  /** A solution's plan: its score, assignments with reasons, and empty slots. */
  record ExplainedPlan(PlanScore score, List<Assignment> assignments, List<SlotRef> unfilled, PlanExplanation explanation) {}

  ExplainedPlan explain(MatchingSolution solution) {
    ScoreExplanation<MatchingSolution, HardMediumSoftLongScore> scoreExplanation = solutionManager.explain(solution);
    PlanScore score = planScore(scoreExplanation.getScore());
    Map<SlotRef, List<Reason>> reasonsBySlot = new HashMap<>();
    List<Assignment> assignments = new ArrayList<>();
    List<SlotRef> unfilled = new ArrayList<>();
    List<SeatSlot> slots = new ArrayList<>(solution.slots());
    slots.sort(SeatSlot.PLAN_ORDER);
    for (SeatSlot slot : slots) {
      List<Reason> reasons = reasons(scoreExplanation.getIndictmentMap(), slot);
      if (!reasons.isEmpty()) {
        reasonsBySlot.put(slot.ref(), reasons);
      }
      if (slot.isFilled()) {
        assignments.add(new Assignment(slot.demandId(), slot.ref().seat(), slot.ref().slot(), slot.expert().id(),
            slot.fit().relevance(), slot.fit().distanceKm(), slot.isPinned(), reasons));
      } else {
        unfilled.add(slot.ref());
      }
    }
    return new ExplainedPlan(score, assignments, unfilled,
        new PlanExplanation(score, totals(scoreExplanation), reasonsBySlot));
  }

  /**
   * The matches that concern a slot: those indicting it, and for a filled slot those indicting the
   * groups it counts in (see {@link MatchingConstraints}): its expert (cap, load), its county, and
   * its demand where its relevance is known (the demand-fairness mean leaves unknown ones out).
   */
  private static List<Reason> reasons(Map<Object, Indictment<HardMediumSoftLongScore>> indictments, SeatSlot slot) {
    List<Object> indicted = new ArrayList<>(4);
    indicted.add(slot);
    if (slot.isFilled()) {
      indicted.add(slot.expert());
      indicted.add(slot.region());
      if (slot.fit().relevance().isPresent()) {
        indicted.add(slot.demand());
      }
    }
    return indicted.stream()
        .map(indictments::get)
        .filter(Objects::nonNull)
        .flatMap(indictment -> indictment.getConstraintMatchSet().stream())
        .sorted(REASON_ORDER)
        .map(match -> {
          RuleJustification why = (RuleJustification) match.getJustification();
          return new Reason(why.rule(), impact(match.getScore()), why.text(), why.textEn());
        })
        .toList();
  }

  private static List<ConstraintTotal> totals(ScoreExplanation<MatchingSolution, HardMediumSoftLongScore> explanation) {
    Map<MatchingRule, ConstraintMatchTotal<HardMediumSoftLongScore>> byRule = new EnumMap<>(MatchingRule.class);
    for (ConstraintMatchTotal<HardMediumSoftLongScore> total : explanation.getConstraintMatchTotalMap().values()) {
      byRule.put(MatchingRule.byId(total.getConstraintName()), total);
    }
    List<ConstraintTotal> totals = new ArrayList<>();
    for (MatchingRule rule : MatchingRule.values()) {
      ConstraintMatchTotal<HardMediumSoftLongScore> total = byRule.get(rule);
      totals.add(new ConstraintTotal(rule.id(), rule.chinese(), rule.english(),
          total == null ? 0 : total.getConstraintMatchCount(),
          total == null ? new PlanScore(0, 0, 0) : planScore(total.getScore())));
    }
    return totals;
  }

  static PlanScore planScore(HardMediumSoftLongScore score) {
    return new PlanScore(score.hardScore(), score.mediumScore(), score.softScore());
  }

  /** A signed impact as reasons show it: {@code +870} (soft), {@code -4medium}, {@code -1hard}. */
  static String impact(HardMediumSoftLongScore score) {
    List<String> parts = new ArrayList<>(3);
    if (score.hardScore() != 0) {
      parts.add(signed(score.hardScore()) + "hard");
    }
    if (score.mediumScore() != 0) {
      parts.add(signed(score.mediumScore()) + "medium");
    }
    if (score.softScore() != 0 || parts.isEmpty()) {
      parts.add(signed(score.softScore()));
    }
    return String.join("/", parts);
  }

  private static String signed(long value) {
    return value > 0 ? "+" + value : Long.toString(value);
  }
}
