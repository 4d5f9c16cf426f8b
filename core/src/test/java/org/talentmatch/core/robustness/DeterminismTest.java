package org.talentmatch.core.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentmatch.core.robustness.child.PlanPrinter;

/**
 * The same problem, seed and evaluation limit give a byte-identical plan file: twice in this JVM,
 * in another JVM, and in a JVM with one processor (one indexing thread, a common ForkJoin pool of
 * one, so candidate generation runs serially) where this one has several. docs/RELIABILITY.md says
 * where it does not hold (time limits).
 */
class DeterminismTest {
  @TempDir Path dir;

  @Test
  void samePlanFileAcrossRunsJvmsAndThreadCounts() throws Exception {
    String first = PlanPrinter.planJson();

    assertThat(PlanPrinter.planJson()).as("second run, same JVM").isEqualTo(first);
    assertThat(planInChild("default", List.of())).as("another JVM").isEqualTo(first);
    assertThat(planInChild("serial", List.of("-XX:ActiveProcessorCount=1",
        "-Djava.util.concurrent.ForkJoinPool.common.parallelism=1")))
        .as("another JVM with one processor and a ForkJoin pool of one").isEqualTo(first);
  }

  private String planInChild(String name, List<String> jvmOptions) throws Exception {
    Path out = dir.resolve(name + ".json");
    Path log = dir.resolve(name + ".log");
    Process child = ChildJvm.start(PlanPrinter.class, jvmOptions, log, out.toString());
    try {
      assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("child done").isTrue();
    } finally {
      child.destroyForcibly();
    }
    assertThat(child.exitValue()).as("child exit, log: %s", Files.readString(log)).isZero();
    return Files.readString(out, StandardCharsets.UTF_8);
  }
}
