package org.talentmatch.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentmatch.api.InvalidProblemException;
import org.talentmatch.api.SolveOptions;
import org.talentmatch.api.change.PlanChange;
import org.talentmatch.api.model.Expert;
import org.talentmatch.api.model.Problem;
import org.talentmatch.api.plan.Assignment;
import org.talentmatch.api.plan.Plan;
import org.talentmatch.api.session.PlanningSession;
import org.talentmatch.core.generator.GeneratorSpec;
import org.talentmatch.core.generator.ProblemGenerator;

/**
 * Names and profiles never reach a log line at INFO or above (the tests' SLF4J binding logs INFO and
 * up to standard error): every engine path runs once with standard error captured.
 */
class PersonalDataLoggingTest {
  private static final Problem PROBLEM = ProblemGenerator.generate(GeneratorSpec.of(120, 25, 5));
  private static final SolveOptions OPTIONS = SolveOptions.builder().seed(1).evaluationLimit(5_000).build();

  @TempDir
  Path dir;

  @Test
  void noNameOrProfileIsLoggedOnAnyEnginePath() throws Exception {
    String logged = capturingStandardError(() -> {
      try (TalentMatchEngine engine = TalentMatchEngine.builder().indexDirectory(dir).build()) {
        engine.putExperts(PROBLEM.experts());
        PROBLEM.demands().forEach(engine::putDemand);
        engine.searchCandidates(PROBLEM.demands().get(0), 0, PROBLEM.policy(), 20);
        engine.recommendDemands(PROBLEM.experts().get(0).id(), PROBLEM.policy(), 5);
        engine.checkSupply(PROBLEM);
        Plan plan = engine.plan(PROBLEM, OPTIONS);
        engine.explain(PROBLEM, plan);
        Assignment first = plan.assignments().get(0);
        engine.replan(PROBLEM, plan, List.of(new PlanChange.Decline(first.slotRef(), first.expertId())), OPTIONS);
        try (PlanningSession session = engine.startSession(PROBLEM, OPTIONS)) {
          session.awaitCompletion();
          session.apply(new PlanChange.Confirm(session.bestPlan().assignments().get(0).slotRef(),
              session.bestPlan().assignments().get(0).expertId()));
          session.awaitCompletion();
        }
        Expert someone = PROBLEM.experts().get(1);
        Problem invalid = PROBLEM.toBuilder().addExpert(someone).build();
        assertThatThrownBy(() -> engine.plan(invalid, OPTIONS)).isInstanceOf(InvalidProblemException.class);
      }
    });

    assertThat(logged).as("the engine logs at INFO").contains("INFO");
    for (Expert expert : PROBLEM.experts()) {
      assertThat(logged).doesNotContain(expert.name()).doesNotContain(expert.profile());
    }
  }

  @FunctionalInterface
  private interface Run {
    void run() throws Exception;
  }

  private static String capturingStandardError(Run run) throws Exception {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      run.run();
    } finally {
      System.setErr(original);
    }
    return captured.toString(StandardCharsets.UTF_8);
  }
}
