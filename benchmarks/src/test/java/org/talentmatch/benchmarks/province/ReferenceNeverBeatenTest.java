package org.talentmatch.benchmarks.province;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.talentmatch.api.SolveOptions;
import org.talentmatch.api.model.Problem;
import org.talentmatch.api.plan.Plan;
import org.talentmatch.core.check.CheckReport;
import org.talentmatch.core.check.PlanChecker;
import org.talentmatch.core.engine.TalentMatchEngine;
import org.talentmatch.core.generator.GeneratorSpec;
import org.talentmatch.core.generator.ProblemGenerator;
import org.talentmatch.core.search.CandidateGenerator;
import org.talentmatch.core.search.CandidateTable;
import org.talentmatch.core.search.ExpertIndex;
import org.talentmatch.core.search.SearchConfig;

/**
 * On small generated instances (benchmark team sizes, pins included) nothing beats the exact
 * reference on coverage, and the relaxation bounds it: a violation would reveal a bug in one of them.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferenceNeverBeatenTest {
  private TalentMatchEngine engine;

  @BeforeAll
  void engine() throws IOException {
    engine = TalentMatchEngine.builder().build();
  }

  @AfterAll
  void close() throws IOException {
    engine.close();
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2})
  void exactIsFeasibleAndNeitherGreedyNorTheSolverBeatsItsCoverage(long seed) throws Exception {
    Problem problem = ProblemGenerator.generate(GeneratorSpec.builder().experts(200).demands(60)
        .teamScale(GeneratorSpec.BENCHMARK_TEAM_SCALE).seed(seed).build());
    CandidateTable candidates = candidates(problem);

    Plan greedyPlan = GreedyPlanner.plan(problem, candidates);
    Reference exact = CpSatReference.solve(problem, candidates, greedyPlan, Duration.ofSeconds(3), 1_000_000).orElseThrow();
    assertThat(exact.kind()).isEqualTo(Reference.Kind.EXACT);
    // The objective counts relevance in thousandths, each rounded; so does its bound.
    double relevance = exact.plan().assignments().stream()
        .mapToDouble(a -> Math.round(a.relevance().orElse(0) * 1000) / 1000.0).sum();
    assertThat(exact.relevanceBound()).isPresent();
    assertThat(exact.relevanceBound().getAsDouble()).isGreaterThan(relevance - 1e-6);
    long optimum = feasibleMedium(problem, exact.plan());

    long greedy = feasibleMedium(problem, greedyPlan);
    Plan solved = engine.pipeline().plan(problem, candidates,
        SolveOptions.builder().seed(seed).evaluationLimit(5_000).build()).plan();
    long solver = feasibleMedium(problem, solved);
    assertThat(List.of(greedy, solver)).allSatisfy(medium -> assertThat(medium).isLessThanOrEqualTo(optimum));

    Reference bound = FlowRelaxation.solve(problem, candidates);
    assertThat(bound.mediumBound()).isGreaterThanOrEqualTo(optimum);
  }

  @Test
  void cpSatStepsAsideWhenTheModelIsTooLarge() {
    Problem problem = ProblemGenerator.generate(GeneratorSpec.of(50, 10, 4));
    CandidateTable candidates = candidates(problem);
    assertThat(CpSatReference.solve(problem, candidates, GreedyPlanner.plan(problem, candidates), Duration.ofSeconds(1), 0))
        .isEmpty();
  }

  private static long feasibleMedium(Problem problem, Plan plan) {
    CheckReport check = PlanChecker.check(problem, plan);
    assertThat(check.violations()).isEmpty();
    return check.medium();
  }

  private static CandidateTable candidates(Problem problem) {
    try (ExpertIndex index = ExpertIndex.inMemory(SearchConfig.defaults())) {
      index.putAll(problem.experts());
      return CandidateGenerator.generate(index, problem, SolveOptions.DEFAULT_CANDIDATES_PER_SLOT);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
