package org.talentmatch.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.talentmatch.api.SolveOptions;
import org.talentmatch.api.model.Problem;
import org.talentmatch.api.plan.Assignment;
import org.talentmatch.api.plan.Plan;
import org.talentmatch.core.check.CheckReport;
import org.talentmatch.core.check.PlanChecker;
import org.talentmatch.core.generator.GeneratorSpec;
import org.talentmatch.core.generator.ProblemGenerator;
import org.talentmatch.core.io.PlanJson;
import org.talentmatch.core.search.SearchConfig;
import org.talentmatch.core.solver.PlanSolver;

/** End-to-end invariants of the planning pipeline over generated Shandong problems. */
class PlanningPipelineProperties {
  private static final PlanningPipeline PIPELINE = new PlanningPipeline(SearchConfig.defaults(), new PlanSolver());

  @Property(tries = 12)
  void solvedPlanNeverBreaksAHardRuleAndKeepsEveryPin(
      @ForAll @LongRange(min = 1, max = 1_000_000) long seed,
      @ForAll @IntRange(min = 20, max = 120) int experts,
      @ForAll @IntRange(min = 3, max = 25) int demands) throws Exception {
    Problem problem = generate(seed, experts, demands);

    Plan plan = PIPELINE.plan(problem, options(seed)).plan();

    CheckReport report = PlanChecker.check(problem, plan);
    assertThat(report.violations()).isEmpty();
    assertThat(report.inconsistencies()).isEmpty();
    assertThat(report.medium()).isEqualTo(plan.score().medium());
    assertThat(plan.assignments().stream().filter(Assignment::pinned).count()).isEqualTo(problem.pinned().size());
  }

  @Property(tries = 4)
  void sameSeedGivesTheSamePlanFile(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) throws Exception {
    Problem problem = generate(seed, 80, 15);

    String first = PlanJson.toJson(PIPELINE.plan(problem, options(seed)).plan());
    String second = PlanJson.toJson(PIPELINE.plan(problem, options(seed)).plan());

    assertThat(second).isEqualTo(first);
  }

  private static Problem generate(long seed, int experts, int demands) {
    return ProblemGenerator.generate(GeneratorSpec.builder().experts(experts).demands(demands).seed(seed).build());
  }

  /** A budget of evaluations, not of time, so that runs are reproducible on any machine. */
  private static SolveOptions options(long seed) {
    return SolveOptions.builder().seed(seed).evaluationLimit(20_000).timeLimit(Duration.ofSeconds(20)).build();
  }
}
