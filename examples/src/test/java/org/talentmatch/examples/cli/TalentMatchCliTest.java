package org.talentmatch.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentmatch.api.plan.Plan;
import org.talentmatch.core.check.PlanChecker;
import org.talentmatch.core.io.PlanJson;
import org.talentmatch.core.io.ProblemJson;

class TalentMatchCliTest {
  private static final Path SAMPLE = Path.of("sample", "problem.json");

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream originalOut;
  private PrintStream originalErr;

  @TempDir Path dir;

  @BeforeEach
  void captureStreams() {
    originalOut = System.out;
    originalErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restoreStreams() {
    System.setOut(originalOut);
    System.setErr(originalErr);
  }

  @Test
  void plansTheCommittedSampleAndPrintsACheckedSummary() throws Exception {
    Path planFile = dir.resolve("plan.json");

    int exit = TalentMatchCli.run("plan", "--problem", SAMPLE.toString(), "--out", planFile.toString(),
        "--seconds", "5", "--seed", "7");

    assertThat(exit).as(err.toString(StandardCharsets.UTF_8)).isZero();
    String summary = out.toString(StandardCharsets.UTF_8);
    assertThat(summary).contains("seats filled", "priority-area fill rate", "hard violations (checker)  0");
    Plan plan = PlanJson.read(planFile);
    assertThat(PlanChecker.check(ProblemJson.read(SAMPLE), plan).isFeasible()).isTrue();
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("best ");
  }

  @Test
  void invalidProblemExitsWithTwoAndNamesTheField() throws Exception {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"format\":\"talentmatch/v1\",\"period\":{\"start\":\"2027-01-01\",\"end\":\"2027-12-31\"},"
        + "\"experts\":[],\"demands\":[{\"id\":\"D1\"}]}");

    int exit = TalentMatchCli.run("plan", "--problem", bad.toString(), "--out", dir.resolve("p.json").toString());

    assertThat(exit).isEqualTo(TalentMatchCli.EXIT_BAD_INPUT);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("$.demands[0].program");
    assertThat(dir.resolve("p.json")).doesNotExist();
  }

  @Test
  void missingFileAndUnknownOptionExitWithTwo() {
    assertThat(TalentMatchCli.run("plan", "--problem", dir.resolve("none.json").toString(), "--out", "x.json"))
        .isEqualTo(TalentMatchCli.EXIT_BAD_INPUT);
    assertThat(TalentMatchCli.run("plan", "--bogus")).isEqualTo(TalentMatchCli.EXIT_BAD_INPUT);
  }

  @Test
  void searchListsRankedCandidatesWithReasons() throws Exception {
    String demandId = ProblemJson.read(SAMPLE).demands().get(0).id();

    int exit = TalentMatchCli.run("search", "--problem", SAMPLE.toString(), "--demand", demandId, "--top", "3");

    assertThat(exit).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).contains(demandId, "seat 0", "relevance");
    assertThat(TalentMatchCli.run("search", "--problem", SAMPLE.toString(), "--demand", "NO-SUCH"))
        .isEqualTo(TalentMatchCli.EXIT_BAD_INPUT);
  }

  @Test
  void generateWritesAValidProblem() throws Exception {
    Path file = dir.resolve("gen.json");

    int exit = TalentMatchCli.run("generate", "--experts", "50", "--demands", "10", "--out", file.toString());

    assertThat(exit).isZero();
    assertThat(ProblemJson.read(file).experts()).hasSize(50);
  }
}
