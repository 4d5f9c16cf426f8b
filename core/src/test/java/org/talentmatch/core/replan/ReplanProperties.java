package org.talentmatch.core.replan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.talentmatch.api.SolveOptions;
import org.talentmatch.api.change.Exclusion;
import org.talentmatch.api.change.PlanChange;
import org.talentmatch.api.change.ReleasedPin;
import org.talentmatch.api.change.Replan;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.Pin;
import org.talentmatch.api.model.Problem;
import org.talentmatch.api.plan.Alternate;
import org.talentmatch.api.plan.Assignment;
import org.talentmatch.api.plan.Plan;
import org.talentmatch.core.check.CheckReport;
import org.talentmatch.core.check.PlanChecker;
import org.talentmatch.core.engine.PlanningPipeline;
import org.talentmatch.core.generator.GeneratorSpec;
import org.talentmatch.core.generator.ProblemGenerator;
import org.talentmatch.core.search.SearchConfig;
import org.talentmatch.core.solver.PlanSolver;

/** Re-planning invariants over random change sequences on small generated problems. */
class ReplanProperties {
  private static final PlanningPipeline PIPELINE = new PlanningPipeline(SearchConfig.defaults(), new PlanSolver());

  @Property(tries = 10)
  void replanBreaksNoHardRuleKeepsEveryPinAndHonoursEveryDecline(
      @ForAll @LongRange(min = 1, max = 1_000_000) long seed,
      @ForAll @IntRange(min = 1, max = 8) int changeCount) throws Exception {
    Problem problem = ProblemGenerator.generate(GeneratorSpec.builder().experts(60).demands(12).seed(seed).build());
    Plan previous = PIPELINE.plan(problem, options(seed)).plan();
    List<PlanChange> changes = RandomChanges.of(problem, previous, new Random(seed), changeCount);

    Replan replan = PIPELINE.replan(problem, previous, changes, options(seed + 1)).replan();

    Plan plan = replan.plan();
    CheckReport report = PlanChecker.check(replan.problem(), plan);
    assertThat(report.violations()).as("hard violations").isEmpty();
    assertThat(report.inconsistencies()).isEmpty();
    for (Pin pin : replan.problem().pinned()) {
      assertThat(plan.assignments()).as("pin %s", pin).anyMatch(a -> a.pinned() && a.demandId().equals(pin.demandId())
          && a.seat() == pin.seat() && a.expertId().equals(pin.expertId()));
    }
    List<Pin> released = replan.releasedPins().stream().map(ReleasedPin::pin).toList();
    assertThat(problem.pinned()).allMatch(pin -> replan.problem().pinned().contains(pin) || released.contains(pin));
    for (Exclusion exclusion : replan.exclusions()) {
      assertThat(plan.assignments()).noneMatch(a -> a.demandId().equals(exclusion.demandId())
          && a.expertId().equals(exclusion.expertId()));
    }
    assertThat(plan.metrics().moved()).isPresent();
    assertAlternatesAreFree(replan.problem(), plan);
  }

  /** Each alternate could take the slot by hand: not in the demand, no overlapping assignment, under cap. */
  private static void assertAlternatesAreFree(Problem problem, Plan plan) {
    Map<String, Demand> demands = new HashMap<>();
    problem.demands().forEach(d -> demands.put(d.id(), d));
    for (Assignment a : plan.assignments()) {
      Demand demand = demands.get(a.demandId());
      assertThat(a.alternates()).hasSizeLessThanOrEqualTo(Alternates.DEFAULT_COUNT);
      for (Alternate alternate : a.alternates()) {
        List<Assignment> theirs = plan.assignments().stream()
            .filter(other -> other.expertId().equals(alternate.expertId())).toList();
        assertThat(theirs).noneMatch(other -> other.demandId().equals(a.demandId())
            || demands.get(other.demandId()).dates().overlaps(demand.dates()));
        int cap = problem.experts().stream().filter(e -> e.id().equals(alternate.expertId())).findFirst()
            .orElseThrow().capUnder(problem.policy());
        assertThat(theirs.size()).isLessThan(cap);
      }
    }
  }

  private static SolveOptions options(long seed) {
    return SolveOptions.builder().seed(seed).evaluationLimit(10_000).timeLimit(Duration.ofSeconds(20)).build();
  }
}
