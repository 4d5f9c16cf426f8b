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
import org.talentmatch.core.generator.GeneratorSpec;
import org.talentmatch.core.generator.ProblemGenerator;
import org.talentmatch.core.io.ProblemJson;

class ColdStartBenchmarkTest {
  @Test
  void aForkedRunPlansTheFileFeasiblyAndReportsEachStage(@TempDir Path dir) throws Exception {
    Path problem = dir.resolve("small.json");
    ProblemJson.write(ProblemGenerator.generate(GeneratorSpec.of(300, 30, 7)), problem);

    Run run = ColdStartBenchmark.fork("-Xmx512m", problem, 1);

    assertThat(run.javaOptions()).isEqualTo("-Xmx512m");
    assertThat(run.feasible()).isTrue();
    assertThat(run.read()).isPositive();
    assertThat(run.index()).isPositive();
    assertThat(run.candidates()).isPositive();
    assertThat(run.toFirstFeasible()).hasValueSatisfying(total ->
        assertThat(total).isEqualTo(run.index() + run.candidates() + run.firstFeasible().orElseThrow()));
  }

  @Test
  void aFailingRunReportsItsOutput(@TempDir Path dir) {
    assertThatThrownBy(() -> ColdStartBenchmark.fork("", dir.resolve("missing.json"), 1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("exited with")
        .hasMessageContaining("missing.json");
  }

  @Test
  void aResultLineReadsBackAsTheSameRun() {
    Run run = new Run("-Xmx1g", 4.5, 12.25, 14.5, Optional.of(1.125), true);
    Run none = new Run("", 4.5, 12.25, 14.5, Optional.empty(), false);

    assertThat(Run.parse("-Xmx1g", "noise\n" + run.toLine() + "\n")).isEqualTo(run);
    assertThat(Run.parse("", none.toLine())).isEqualTo(none);
    assertThatThrownBy(() -> Run.parse("", "Exception in thread main"))
        .hasMessageContaining("no result line").hasMessageContaining("Exception in thread main");
    assertThatThrownBy(() -> Run.parse("", ColdStartBenchmark.RESULT_PREFIX + "read=1.0"))
        .hasMessageContaining("no index");
  }

  @Test
  void theSummaryGivesMedianSlowestAndRunsUnderTheTargetPerOptionSet() {
    List<Run> runs = List.of(
        new Run("A", 5, 12, 14, Optional.of(1.0), true),   // 27
        new Run("", 5, 13, 16, Optional.of(1.0), true),    // 30: not under 30
        new Run("A", 5, 11, 13, Optional.of(1.0), true),   // 25
        new Run("", 5, 12, 14, Optional.of(1.0), false),   // 27 but infeasible
        new Run("A", 5, 14, 14, Optional.of(1.0), true),   // 29
        new Run("", 5, 12, 14, Optional.empty(), true));   // no feasible plan

    String report = ColdStartBenchmark.report(runs, 30);

    assertThat(report).contains("| `A` | 3 | 27.0 s | 25.0 s | 29.0 s | 3 of 3 |");
    assertThat(report).contains("| JVM defaults | 3 | 30.0 s | 27.0 s | none | 0 of 3 |");
    assertThat(report).contains("| JVM defaults | 5.0 s | 12.0 s | 14.0 s | 1.0 s | 27.0 s | NO |");
  }

  @Test
  void optionsNeedAProblemAndDefaultToTheJvmDefaults() {
    Options options = Options.parse(new String[] {"--problem", "p.json"});
    assertThat(options.javaOptions()).containsExactly("");
    assertThat(options.runs()).isEqualTo(5);

    assertThat(Options.parse(new String[] {"--problem", "p.json", "--java-options", "-Xmx1g ", "--java-options", ""})
        .javaOptions()).containsExactly("-Xmx1g", "");
    assertThatThrownBy(() -> Options.parse(new String[] {"--runs", "3"})).hasMessageContaining("--problem");
    assertThatThrownBy(() -> Options.parse(new String[] {"--problem"})).hasMessageContaining("--problem needs a value");
    assertThatThrownBy(() -> Options.parse(new String[] {"--problem", "p", "--runs", "0"}))
        .hasMessageContaining("--runs must be at least 1");
    assertThatThrownBy(() -> Options.parse(new String[] {"--problem", "p", "--warm", "1"}))
        .hasMessageContaining("unknown option --warm");
  }
}
