package org.talentmatch.core.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.talentmatch.api.plan.Assignment;
import org.talentmatch.core.solver.domain.ExpertFact;
import org.talentmatch.core.solver.domain.MatchingSolution;
import org.talentmatch.core.solver.domain.SeatSlot;

/**
 * What {@link GreedyConstruction} relies on to pass over candidates unweighed: giving an empty slot
 * to any candidate rules 4–6 allow changes neither the hard score nor the medium score beyond filling
 * the slot, and adds to the soft score at most {@link SoftGainBound#of}; exactly that when the
 * cool-down rules (the only ones it leaves out) weigh nothing. On random plans exercising every rule:
 * history, 惠才卡, priority areas, commissioner pairings, several counties, slots kept from or
 * departing from a previous plan, and plans that already break rules 4–6.
 */
class SoftGainBoundProperties {
  private static final SolutionManager<MatchingSolution, HardMediumSoftLongScore> SCORES =
      SolutionManager.create(SolverFactory.create(PlanSolver.defaultSolverConfig()));

  @Property(tries = 60)
  void noCandidateAddsMoreThanItsBoundAndWithoutCooldownExactlyIt(
      @ForAll @LongRange(min = 0, max = 1_000_000) long seed,
      @ForAll @IntRange(min = 3, max = 20) int experts, @ForAll @IntRange(min = 1, max = 12) int demands,
      @ForAll boolean cooldownWeighs) {
    ScoreFixtures.Scored random = ScoreFixtures.randomPlan(seed, experts, demands);
    MatchingWeights weights = cooldownWeighs ? MatchingWeights.defaults() : MatchingWeights.defaults().withCooldownPerDay(0);
    MatchingSolution solution = new PlanSolver(weights).startingSolution(random.problem(), random.candidates());
    startFromHalfOfThePlan(solution, random.plan(), new Random(seed));
    CoverageRepair.Holdings holdings = new CoverageRepair.Holdings(solution.slots());
    SoftGainBound bound = new SoftGainBound(solution.slots(), solution.configuration());
    HardMediumSoftLongScore before = SCORES.update(solution);

    for (SeatSlot slot : CoverageRepair.fillableEmpty(solution.slots())) {
      for (ExpertFact candidate : slot.candidates()) {
        if (!holdings.allows(candidate, slot, null)) {
          continue;
        }
        slot.setExpert(candidate);
        HardMediumSoftLongScore after = SCORES.update(solution);
        slot.setExpert(null);

        assertThat(after.hardScore()).isEqualTo(before.hardScore());
        assertThat(after.mediumScore()).isEqualTo(before.mediumScore() + slot.unfilledCost());
        long gain = after.softScore() - before.softScore();
        if (cooldownWeighs) {
          assertThat(gain).isLessThanOrEqualTo(bound.of(slot, candidate));
        } else {
          assertThat(gain).isEqualTo(bound.of(slot, candidate));
        }
      }
    }
  }

  /**
   * Each assignment of {@code plan} as a previous plan's; about half of them are kept, the other slots
   * are left empty, departing from it.
   */
  private static void startFromHalfOfThePlan(MatchingSolution solution, List<Assignment> plan, Random random) {
    for (Assignment assignment : plan) {
      for (SeatSlot slot : solution.slots()) {
        if (slot.ref().equals(assignment.slotRef()) && !slot.isPinned()) {
          ExpertFact previous = slot.candidates().stream()
              .filter(expert -> expert.id().equals(assignment.expertId())).findFirst().orElseThrow();
          slot.startFromPrevious(previous);
          if (random.nextBoolean()) {
            slot.setExpert(null);
          }
        }
      }
    }
  }
}
