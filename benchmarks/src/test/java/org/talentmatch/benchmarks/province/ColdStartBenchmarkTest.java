package org.talentmatch.benchmarks.province;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentmatch.benchmarks.province.ColdStartBenchmark.Options;
import org.talentmatch.benchmarks.province.ColdStartBenchmark.Run;
import org.talentmatch.benchmarks.province.ColdStartBenchmark.Stages;
import org.talentmatch.core.generator.GeneratorSpec;
import org.talentmatch.core.generator.ProblemGenerator;
import org.talentmatch.core.io.ProblemJson;

class ColdStartBenchmarkTest {
  @Test
  void aForkedRunPlansTheFileValidlyAndTimesTheWholeCallNotOnlyItsStages(@TempDir Path dir) throws Exception {
    Path problem = dir.resolve("small.json");
    ProblemJson.write(ProblemGenerator.generate(GeneratorSpec.of(300, 30, 7)), problem);

    Stages stages = ColdStartBenchmark.fork("-Xmx512m", problem, 1);

    assertThat(stages.valid()).isTrue();
    assertThat(stages.read()).isPositive();
    double solve = stages.solveToFirstFeasible().orElseThrow();
    double call = stages.planToFirstFeasible().orElseThrow();
    // The engine call also validates, checks supply and builds the solver; before it, the JVM started, read
    // the file and built the engine.
    assertThat(call).isGreaterThan(stages.index() + stages.candidates() + solve);
    assertThat(stages.engine()).isPositive();
    assertThat(stages.jvmToFirstFeasible().orElseThrow()).isGreaterThan(stages.read() + stages.engine() + call);
  }

  @Test
  void theChildGetsExactlyItsOptionsBeforeTheClassPath() {
    List<String> command = ColdStartBenchmark.command(" -Xmx1g\t-XX:FreqInlineSize=150 ", Path.of("p.json"), 5);

    assertThat(command.get(0)).endsWith("java");
    assertThat(command.subList(1, 4)).containsExactly("-Xmx1g", "-XX:FreqInlineSize=150", "-cp");
    assertThat(command.subList(5, command.size()))
        .containsExactly(ColdStartBenchmark.class.getName(), "--child", "p.json", "5");
    assertThat(ColdStartBenchmark.command("", Path.of("p.json"), 5).get(1)).isEqualTo("-cp");
  }

  @Test
  void aFailingRunReportsItsOutput(@TempDir Path dir) {
    assertThatThrownBy(() -> ColdStartBenchmark.fork("", dir.resolve("missing.json"), 1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("exited with")
        .hasMessageContaining("missing.json");
  }

  @Test
  void aResultLineReadsBackAsTheSameStages() {
    Stages timed = new Stages(4.5, 1.5, 12.25, 14.5, Optional.of(1.125), Optional.of(29.5), Optional.of(34.25), true);
    Stages none = new Stages(4.5, 1.5, 12.25, 14.5, Optional.empty(), Optional.empty(), Optional.empty(), false);

    assertThat(Stages.parse("noise\n" + timed.toLine() + "\n")).isEqualTo(timed);
    assertThat(Stages.parse(none.toLine())).isEqualTo(none);
    assertThatThrownBy(() -> Stages.parse("Exception in thread main"))
        .hasMessageContaining("no result line").hasMessageContaining("Exception in thread main");
    assertThatThrownBy(() -> Stages.parse(ColdStartBenchmark.RESULT_PREFIX + "read=1.0"))
        .hasMessageContaining("no engine");
  }

  @Test
  void theSummaryCountsARejectedPlanAsNoTimeAndGivesMedianFastestSlowest() {
    List<Run> runs = List.of(
        run("A", 27, true),
        run("", 30, true),   // not under 30
        run("A", 25, true),
        run("", 20, false),  // fast, but the checker rejected the plan
        run("A", 29, true),
        run("", 28, true),
        run("A", 26, true));

    String report = ColdStartBenchmark.report(runs, 29.5);

    assertThat(report).contains("| `A` | 4 | 26.5 s | 25.0 s | 29.0 s | 4 of 4 |");
    assertThat(report).contains("| JVM defaults | 3 | 30.0 s | 28.0 s | none | 1 of 3 |");
    assertThat(report).contains("under 29.5 s");
    assertThat(report).contains("| JVM defaults | 1.0 s | 1.5 s | 2.0 s | 3.0 s | 1.0 s | 20.0 s | 25.0 s | REJECTED |");
  }

  @Test
  void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwo() {
    assertThat(ColdStartBenchmark.median(List.of(1.0, 2.0, 4.0, 9.0))).isEqualTo(3.0);
    assertThat(ColdStartBenchmark.median(List.of(1.0, 2.0, 4.0))).isEqualTo(2.0);
    assertThat(ColdStartBenchmark.median(List.of(1.0, Double.POSITIVE_INFINITY))).isInfinite();
  }

  @Test
  void optionsNeedAProblemAndNameWhatIsWrong() {
    Options options = Options.parse(new String[] {"--problem", "p.json"});
    assertThat(options.javaOptions()).containsExactly("");
    assertThat(options.runs()).isEqualTo(5);

    assertThat(Options.parse(new String[] {"--problem", "p.json", "--java-options", " -Xmx1g\t-Xss2m", "--java-options", ""})
        .javaOptions()).containsExactly("-Xmx1g -Xss2m", "");
    assertThatThrownBy(() -> Options.parse(new String[] {"--runs", "3"})).hasMessageContaining("--problem");
    assertThatThrownBy(() -> Options.parse(new String[] {"--problem"})).hasMessageContaining("--problem needs a value");
    assertThatThrownBy(() -> Options.parse(new String[] {"--problem", "p", "--runs", "0"}))
        .hasMessageContaining("--runs must be at least 1");
    assertThatThrownBy(() -> Options.parse(new String[] {"--problem", "p", "--runs", "x"}))
        .hasMessage("--runs must be a whole number: x");
    assertThatThrownBy(() -> Options.parse(new String[] {"--problem", "p", "--java-options", "-Xmx1g",
        "--java-options", "-Xmx1g "})).hasMessageContaining("--java-options given twice");
    assertThatThrownBy(() -> Options.parse(new String[] {"--problem", "p", "--warm", "1"}))
        .hasMessageContaining("unknown option --warm");
  }

  private static Run run(String javaOptions, double total, boolean valid) {
    return new Run(javaOptions, new Stages(1, 1.5, 2, 3, Optional.of(1.0), Optional.of(total), Optional.of(total + 5), valid));
  }
}
