package org.talentmatch.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.talentmatch.api.model.Problem;
import org.talentmatch.api.plan.Assignment;
import org.talentmatch.api.plan.Plan;
import org.talentmatch.core.check.PlanChecker;
import org.talentmatch.core.generator.GeneratorSpec;
import org.talentmatch.core.generator.ProblemGenerator;
import org.talentmatch.core.io.PlanJson;
import org.talentmatch.core.io.ProblemJson;

class ReplanCommandTest {
  @RegisterExtension final CapturedConsole console = new CapturedConsole();

  @TempDir Path dir;

  private Path problemFile;
  private Path planFile;
  private Plan plan;

  @BeforeEach
  void planAProblem() throws Exception {
    problemFile = dir.resolve("problem.json");
    planFile = dir.resolve("plan.json");
    ProblemJson.write(ProblemGenerator.generate(GeneratorSpec.of(80, 15, 3)), problemFile);
    assertThat(TalentMatchCli.run("plan", "--problem", problemFile.toString(), "--out", planFile.toString(),
        "--seed", "1", "--evaluations", "5000")).isZero();
    plan = PlanJson.read(planFile);
  }

  @Test
  void declineIsHonouredAndThePlanReportsMoved() throws Exception {
    Assignment declined = plan.assignments().stream().filter(a -> !a.pinned()).findFirst().orElseThrow();
    Path changes = changes("""
        {"type": "decline", "demandId": "%s", "seat": %d, "slot": %d, "expertId": "%s"}""".formatted(
        declined.demandId(), declined.seat(), declined.slot(), declined.expertId()));
    Path out = dir.resolve("replanned.json");

    int exit = TalentMatchCli.run("replan", "--problem", problemFile.toString(), "--plan", planFile.toString(),
        "--changes", changes.toString(), "--out", out.toString(), "--seed", "2", "--evaluations", "5000");

    assertThat(exit).as(console.err()).isZero();
    assertThat(console.out()).contains("assignments moved", "hard violations (checker)  0");
    Plan replanned = PlanJson.read(out);
    assertThat(replanned.metrics().moved()).isPresent();
    assertThat(replanned.assignments()).noneMatch(a -> a.demandId().equals(declined.demandId())
        && a.expertId().equals(declined.expertId()));
    Problem problem = ProblemJson.read(problemFile);
    assertThat(PlanChecker.check(problem, replanned).isFeasible()).isTrue();
  }

  @Test
  void aChangeNamingAMissingAssignmentExitsWithTwoAndNamesItsPath() throws Exception {
    Path changes = changes("""
        {"type": "decline", "demandId": "%s", "seat": 0, "slot": 0, "expertId": "NOBODY"}""".formatted(
        plan.assignments().get(0).demandId()));
    Path out = dir.resolve("replanned.json");

    int exit = TalentMatchCli.run("replan", "--problem", problemFile.toString(), "--plan", planFile.toString(),
        "--changes", changes.toString(), "--out", out.toString());

    assertThat(exit).isEqualTo(TalentMatchCli.EXIT_BAD_INPUT);
    assertThat(console.err()).contains("$.changes[0].expertId");
    assertThat(out).doesNotExist();
  }

  @Test
  void malformedChangesFileExitsWithTwo() throws Exception {
    Path changes = changes("{\"type\": \"resign\"}");

    int exit = TalentMatchCli.run("replan", "--problem", problemFile.toString(), "--plan", planFile.toString(),
        "--changes", changes.toString(), "--out", dir.resolve("x.json").toString());

    assertThat(exit).isEqualTo(TalentMatchCli.EXIT_BAD_INPUT);
    assertThat(console.err()).contains("$.changes[0].type");
  }

  private Path changes(String change) throws Exception {
    Path file = dir.resolve("changes.json");
    Files.writeString(file, "{\"format\": \"talentmatch/v1-changes\", \"changes\": [" + change + "]}");
    return file;
  }
}
