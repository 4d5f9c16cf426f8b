package org.talentmatch.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentmatch.core.check.PlanChecker;
import org.talentmatch.core.io.PlanJson;
import org.talentmatch.core.io.ProblemJson;

/**
 * {@code bin/talentmatch} runs the packaged batch job with the batch JVM options, or with the
 * caller's instead. An integration test (failsafe): it needs the shaded jar, made at {@code package}.
 * The script runs on the JDK running the tests, found through JAVA_HOME.
 */
class LauncherScriptIT {
  private static final Path SCRIPT = Path.of(System.getProperty("basedir", ""), "bin", "talentmatch").toAbsolutePath();
  /** Makes the JVM print the -XX options it runs with, whatever options the script passes. */
  private static final Map<String, String> PRINT_FLAGS = Map.of("JAVA_TOOL_OPTIONS", "-XX:+PrintCommandLineFlags");

  @TempDir Path dir;

  private record Run(int exit, String output) {}

  @Test
  void passesTheBatchOptionsToTheJvm() throws Exception {
    Run run = script(PRINT_FLAGS, null, "--version");

    assertThat(run.exit()).as(run.output()).isZero();
    assertThat(run.output()).contains("-XX:FreqInlineSize=150", "-XX:InlineSmallCode=1500", "talentmatch 0.1.0");
  }

  @Test
  void theCallersOptionsReplaceThem() throws Exception {
    Run replaced = script(PRINT_FLAGS, "-XX:FreqInlineSize=149", "--version");
    Run none = script(PRINT_FLAGS, "", "--version");

    assertThat(replaced.exit()).as(replaced.output()).isZero();
    assertThat(replaced.output()).contains("-XX:FreqInlineSize=149").doesNotContain("InlineSmallCode=1500");
    assertThat(none.exit()).as(none.output()).isZero();
    assertThat(none.output()).contains("talentmatch 0.1.0").doesNotContain("FreqInlineSize", "InlineSmallCode");
  }

  @Test
  void generatesAndPlansAFile() throws Exception {
    Path problem = dir.resolve("problem.json");
    Path plan = dir.resolve("plan.json");

    Run generate = script(Map.of(), null, "generate", "--experts", "60", "--demands", "12", "--seed", "3",
        "--out", problem.toString());
    Run planned = script(Map.of(), null, "plan", "--problem", problem.toString(), "--out", plan.toString(),
        "--seconds", "1", "--seed", "1");

    assertThat(generate.exit()).as(generate.output()).isZero();
    assertThat(planned.exit()).as(planned.output()).isZero();
    assertThat(PlanChecker.check(ProblemJson.read(problem), PlanJson.read(plan)).isFeasible()).isTrue();
  }

  /**
   * Runs the script with {@code environment} added and TALENTMATCH_JAVA_OPTS set to {@code options}
   * (unset for null); a run past two minutes is killed and fails the test.
   */
  private Run script(Map<String, String> environment, String options, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("sh", SCRIPT.toString()));
    command.addAll(List.of(args));
    Path output = Files.createTempFile(dir, "script", ".out");
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
    builder.environment().putAll(environment);
    builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
    builder.environment().remove("TALENTMATCH_JAVA_OPTS");
    if (options != null) {
      builder.environment().put("TALENTMATCH_JAVA_OPTS", options);
    }
    Process process = builder.start();
    boolean finished = process.waitFor(2, TimeUnit.MINUTES);
    if (!finished) {
      process.destroyForcibly();
    }
    String printed = Files.readString(output, StandardCharsets.UTF_8);
    assertThat(finished).as("script finished in two minutes: %s", printed).isTrue();
    return new Run(process.exitValue(), printed);
  }
}
