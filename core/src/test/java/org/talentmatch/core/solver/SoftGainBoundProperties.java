package org.talentmatch.core.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.statistics.Statistics;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.Pin;
import org.talentmatch.api.model.Problem;
import org.talentmatch.api.plan.Assignment;
import org.talentmatch.core.solver.domain.ExpertFact;
import org.talentmatch.core.solver.domain.MatchingConstraintConfiguration;
import org.talentmatch.core.solver.domain.MatchingSolution;
import org.talentmatch.core.solver.domain.SeatSlot;

/**
 * What {@link GreedyConstruction} relies on to pass over candidates unscored: giving an empty slot to
 * any candidate rules 4–6 allow changes neither the hard score nor the medium score beyond filling
 * the slot, and adds to the soft score at most {@link SoftGainBound#of}; exactly that when the
 * cool-down rules (the only ones it leaves out) weigh nothing. And the construction that passes over
 * builds the plan of the one that scores every candidate. On random plans and weights exercising every
 * rule: history, 惠才卡, priority areas, commissioner pairings, several counties, pins (some outside the
 * candidates, of unknown relevance), slots kept from or departing from a previous plan, and plans that
 * already break rules 4–6.
 */
class SoftGainBoundProperties {
  private static final SolutionManager<MatchingSolution, HardMediumSoftLongScore> SCORES =
      SolutionManager.create(SolverFactory.create(PlanSolver.defaultSolverConfig()));

  @Property(tries = 60)
  void noCandidateAddsMoreThanItsBoundAndWithoutCooldownExactlyIt(
      @ForAll @LongRange(min = 0, max = 1_000_000) long seed,
      @ForAll @IntRange(min = 3, max = 20) int experts, @ForAll @IntRange(min = 1, max = 12) int demands,
      @ForAll boolean cooldownWeighs) {
    Random random = new Random(seed);
    MatchingSolution solution = randomPartialPlan(random, experts, demands, cooldownWeighs);
    CoverageRepair.Holdings holdings = new CoverageRepair.Holdings(solution.slots());
    SoftGainBound bound = new SoftGainBound(solution.slots(), holdings, solution.configuration());
    HardMediumSoftLongScore before = SCORES.update(solution);

    int checked = 0;
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
        checked++;
      }
    }
    // About four random plans in five leave a slot some candidate can fill: a floor of 80 % failed by chance.
    Statistics.label("candidates checked").collect(checked > 0)
        .coverage(coverage -> coverage.check(true).percentage(p -> p > 50));
  }

  @Property(tries = 30)
  void passingOverByTheBoundBuildsThePlanOfScoringEveryCandidate(
      @ForAll @LongRange(min = 0, max = 1_000_000) long seed,
      @ForAll @IntRange(min = 3, max = 20) int experts, @ForAll @IntRange(min = 1, max = 12) int demands,
      @ForAll @IntRange(min = 1, max = 8) int candidatesWeighed) {
    List<String> passingOver = constructed(new GreedyConstruction(), seed, experts, demands, candidatesWeighed);
    List<String> scoringAll =
        constructed(GreedyConstruction.scoringEveryCandidate(), seed, experts, demands, candidatesWeighed);

    assertThat(passingOver).isEqualTo(scoringAll);
  }

  @Example
  void refusesANegativeCooldownWeight() {
    MatchingConstraintConfiguration rewardingCooldown = new MatchingConstraintConfiguration(1, 2, 1, 100, -10, 300,
        200, 300);

    assertThatThrownBy(() -> new SoftGainBound(List.of(), new CoverageRepair.Holdings(List.of()), rewardingCooldown))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cool-down");
  }

  /** Each slot's expert id (or "-") after the construction alone, from the same random partial plan. */
  private static List<String> constructed(GreedyConstruction construction, long seed, int experts, int demands,
      int candidatesWeighed) {
    construction.setCandidatesWeighed(candidatesWeighed);
    MatchingSolution start = randomPartialPlan(new Random(seed), experts, demands, true);
    MatchingSolution built = SolverFactory.<MatchingSolution>create(PlanSolver.defaultSolverConfig()
            .withPhases(new CustomPhaseConfig().withCustomPhaseCommandList(List.of(construction))))
        .buildSolver()
        .solve(start);
    return built.slots().stream().map(slot -> slot.isFilled() ? slot.expert().id() : "-").toList();
  }

  /**
   * A random problem with pins (one in three demands; some pinned experts are not candidates of the
   * seat), random weights, and half of a random plan kept as a previous plan's: the other slots of it
   * are left empty, departing from it.
   */
  private static MatchingSolution randomPartialPlan(Random random, int experts, int demands, boolean cooldownWeighs) {
    ScoreFixtures.Scored scored = ScoreFixtures.randomPlan(random.nextLong(), experts, demands);
    List<Pin> pins = new ArrayList<>();
    for (Demand demand : scored.problem().demands()) {
      if (random.nextInt(3) == 0) {
        pins.add(new Pin(demand.id(), 0, "E" + random.nextInt(experts)));
      }
    }
    Problem problem = scored.problem().toBuilder().pinned(pins).build();
    MatchingWeights weights = new MatchingWeights(random.nextInt(3), random.nextInt(5), random.nextInt(3),
        random.nextInt(300), cooldownWeighs ? random.nextInt(30) : 0, random.nextInt(600), random.nextInt(600),
        random.nextInt(600)).withKeepPreviousAssignment(random.nextInt(2000));
    MatchingSolution solution = new PlanSolver(weights).startingSolution(problem, scored.candidates());
    for (Assignment assignment : scored.plan()) {
      for (SeatSlot slot : solution.slots()) {
        if (slot.ref().equals(assignment.slotRef()) && !slot.isPinned()) {
          slot.candidates().stream().filter(expert -> expert.id().equals(assignment.expertId())).findFirst()
              .ifPresent(slot::startFromPrevious);
          if (random.nextBoolean()) {
            slot.setExpert(null);
          }
        }
      }
    }
    return solution;
  }
}
