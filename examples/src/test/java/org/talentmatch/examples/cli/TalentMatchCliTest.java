package org.talentmatch.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.talentmatch.api.plan.Plan;
import org.talentmatch.core.check.PlanChecker;
import org.talentmatch.core.generator.GeneratorSpec;
import org.talentmatch.core.generator.ProblemGenerator;
import org.talentmatch.core.io.PlanJson;
import org.talentmatch.core.io.ProblemJson;

class TalentMatchCliTest {
  private static final Path SAMPLE = Path.of("sample", "problem.json");

  @RegisterExtension final CapturedConsole console = new CapturedConsole();

  @TempDir Path dir;

  @Test
  void plansTheCommittedSampleAndPrintsACheckedSummary() throws Exception {
    Path planFile = dir.resolve("plan.json");

    int exit = TalentMatchCli.run("plan", "--problem", SAMPLE.toString(), "--out", planFile.toString(),
        "--seconds", "5", "--seed", "7");

    assertThat(exit).as(console.err()).isZero();
    String summary = console.out();
    assertThat(summary).contains("seats filled", "priority-area fill rate", "hard violations (checker)  0");
    Plan plan = PlanJson.read(planFile);
    assertThat(PlanChecker.check(ProblemJson.read(SAMPLE), plan).isFeasible()).isTrue();
    assertThat(console.err()).contains("best ");
  }

  @Test
  void invalidProblemExitsWithTwoAndNamesTheField() throws Exception {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"format\":\"talentmatch/v1\",\"period\":{\"start\":\"2027-01-01\",\"end\":\"2027-12-31\"},"
        + "\"experts\":[],\"demands\":[{\"id\":\"D1\"}]}");

    int exit = TalentMatchCli.run("plan", "--problem", bad.toString(), "--out", dir.resolve("p.json").toString());

    assertThat(exit).isEqualTo(TalentMatchCli.EXIT_BAD_INPUT);
    assertThat(console.err()).contains("$.demands[0].program");
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
    assertThat(console.out()).contains(demandId, "seat 0", "relevance");
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

  @Test
  void generatePresetWritesTheBenchmarksInstance() throws Exception {
    Path file = dir.resolve("mid.json");

    int exit = TalentMatchCli.run("generate", "--preset", "mid", "--out", file.toString());

    assertThat(exit).as(console.err()).isZero();
    // The benchmark's default seed (1), not generate's (2027).
    assertThat(ProblemJson.read(file)).isEqualTo(ProblemGenerator.generate(GeneratorSpec.midSize(1)));
  }

  @Test
  void generateNeedsEitherSizesOrAPreset() {
    String out = dir.resolve("x.json").toString();
    assertThat(TalentMatchCli.run("generate", "--preset", "mid", "--experts", "50", "--out", out))
        .isEqualTo(TalentMatchCli.EXIT_BAD_INPUT);
    assertThat(console.err()).contains("--preset replaces --experts and --demands");
    assertThat(TalentMatchCli.run("generate", "--experts", "50", "--out", out)).isEqualTo(TalentMatchCli.EXIT_BAD_INPUT);
    assertThat(console.err()).contains("give --experts and --demands, or --preset");
    assertThat(TalentMatchCli.run("generate", "--preset", "county", "--out", out)).isEqualTo(TalentMatchCli.EXIT_BAD_INPUT);
    assertThat(dir.resolve("x.json")).doesNotExist();
  }
}
