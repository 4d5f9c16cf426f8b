package org.talentmatch.core.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentmatch.api.model.Expert;
import org.talentmatch.core.engine.TalentMatchEngine;
import org.talentmatch.core.io.PlanJson;
import org.talentmatch.core.robustness.child.CrashFixtures;
import org.talentmatch.core.robustness.child.IndexAndPlanWriter;
import org.talentmatch.core.search.ExpertIndex;
import org.talentmatch.core.search.SearchConfig;

/**
 * A real child JVM ({@link IndexAndPlanWriter}) indexes experts in batches and replaces a plan file
 * over and over; it is killed with SIGKILL at random moments, then the index and the plan file are
 * checked: the index opens, passes Lucene's {@link CheckIndex}, holds exactly the batches whose
 * commit returned (or the one in flight, whole), and searches; the plan file is one of the two plans
 * byte for byte; at most one temporary file (the killed writer's) is left.
 */
class CrashSafetyTest {
  private static final int ROUNDS = 15;
  /** A child lives a few seconds: the client compiler alone starts it twice as fast. */
  private static final List<String> CHILD_JVM = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
  /**
   * Rounds kill at a random moment after: the launch (even while the index opens), the index is open
   * (often inside the first batch), or the first commit (inside later batches). Whatever the load
   * of the machine, most kills hit a child that is committing batches.
   */
  private static final int KINDS_OF_ROUND = 5;
  private static final int MAX_KILL_DELAY_MILLIS = 700;

  @TempDir Path dir;

  @Test
  void killedWritersLeaveTheLastCommittedIndexAndAWholePlanFile() throws Exception {
    Random random = new Random(20_200_111);
    List<byte[]> plans = List.of(planBytes(0), planBytes(1));
    Path planFile = dir.resolve("plan.json");
    Files.write(planFile, plans.get(0));
    int committed = 0;
    int roundsWithCommits = 0;
    int roundsKilledAfterACommit = 0;
    int killsInsideABatch = 0;
    for (int round = 0; round < ROUNDS; round++) {
      Path log = dir.resolve("child-" + round + ".log");
      Process child = ChildJvm.start(IndexAndPlanWriter.class, CHILD_JVM, log, dir.toString());
      BlockingQueue<String> lines = new LinkedBlockingQueue<>();
      Thread reader = readLines(child, lines);
      try {
        switch (round % KINDS_OF_ROUND) {
          case 0 -> TimeUnit.MILLISECONDS.sleep(random.nextInt(2 * MAX_KILL_DELAY_MILLIS));
          case 1 -> awaitLine(lines, "ready ", child, log);
          default -> {
            awaitLine(lines, "committed ", child, log);
            roundsKilledAfterACommit++;
          }
        }
        TimeUnit.MILLISECONDS.sleep(random.nextInt(MAX_KILL_DELAY_MILLIS));
      } finally {
        child.destroyForcibly();
      }
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("killed child exits").isTrue();
      reader.join(TimeUnit.SECONDS.toMillis(30));
      int printed = lastCount(lines, committed);
      roundsWithCommits += printed > committed ? 1 : 0;

      int indexed = checkIndex(printed);
      killsInsideABatch += indexed > printed ? 1 : 0;
      committed = indexed;
      checkPlanFile(planFile, plans);
    }
    // Not vacuous: the kills hit a writing child, and sometimes a batch between its commit and the print.
    assertThat(roundsWithCommits).as("rounds in which batches were committed")
        .isGreaterThanOrEqualTo(roundsKilledAfterACommit).isGreaterThan(ROUNDS / 2);
    assertThat(committed).isGreaterThan(ROUNDS * CrashFixtures.BATCH);
    System.out.printf("crash safety: %d kills, %d experts indexed, %d kills after a commit before its print%n",
        ROUNDS, committed, killsInsideABatch);
  }

  /** The index holds the printed batches and at most the one in flight, whole; it searches. */
  private int checkIndex(int printed) throws IOException {
    Path experts = dir.resolve("index").resolve(TalentMatchEngine.EXPERTS_DIRECTORY);
    try (Directory directory = FSDirectory.open(experts)) {
      if (DirectoryReader.indexExists(directory)) {
        try (CheckIndex check = new CheckIndex(directory)) {
          assertThat(check.checkIndex().clean).as("Lucene CheckIndex").isTrue();
        }
      } else {
        assertThat(printed).as("no commit yet").isZero();
      }
    }
    try (ExpertIndex index = ExpertIndex.open(experts, SearchConfig.defaults())) {
      int size = index.size();
      assertThat(size).as("experts after a kill, %d printed as committed", printed)
          .isIn(printed, printed + CrashFixtures.BATCH);
      if (size > 0) {
        Expert last = CrashFixtures.expert(size - 1);
        assertThat(index.get(last.id())).contains(last);
        assertThat(index.searchText(last.skills().get(0), 1_000)).isNotEmpty();
      }
      assertThat(index.get(CrashFixtures.expertId(size))).isEmpty();
      return size;
    }
  }

  private void checkPlanFile(Path planFile, List<byte[]> plans) throws Exception {
    byte[] content = Files.readAllBytes(planFile);
    assertThat(plans).as("the plan file is one of the two plans, whole").anySatisfy(p -> assertThat(content).isEqualTo(p));
    assertThat(PlanJson.read(planFile)).isIn(CrashFixtures.plan(0), CrashFixtures.plan(1));
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString()).filter(f -> f.startsWith(".plan.json.")))
          .as("temporary files: only the killed writer's may be left").hasSizeLessThanOrEqualTo(1);
    }
  }

  private static byte[] planBytes(int variant) throws IOException {
    Path file = Files.createTempFile("plan", ".json");
    try {
      PlanJson.write(CrashFixtures.plan(variant), file);
      return Files.readAllBytes(file);
    } finally {
      Files.deleteIfExists(file);
    }
  }

  private static Thread readLines(Process child, BlockingQueue<String> lines) {
    Thread reader = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(
          new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
        in.lines().forEach(lines::add);
      } catch (IOException e) {
        lines.add("read failed: " + e);
      }
    });
    reader.setDaemon(true);
    reader.start();
    return reader;
  }

  /** Waits until the child has printed a line starting with {@code prefix}. */
  private static void awaitLine(BlockingQueue<String> lines, String prefix, Process child, Path log)
      throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (lines.stream().noneMatch(line -> line.startsWith(prefix))) {
      if (!child.isAlive() || System.nanoTime() > deadline) {
        throw new AssertionError("child printed no \"" + prefix + "\" (alive " + child.isAlive() + "): "
            + lines + " " + Files.readString(log));
      }
      TimeUnit.MILLISECONDS.sleep(5);
    }
  }

  /** The last count the child printed ({@code ready N} or {@code committed N}), else {@code before}. */
  private static int lastCount(BlockingQueue<String> lines, int before) {
    int last = before;
    for (String line : lines) {
      if (line.startsWith("ready ") || line.startsWith("committed ")) {
        last = Integer.parseInt(line.substring(line.indexOf(' ') + 1));
      } else {
        throw new AssertionError("unexpected child output: " + line);
      }
    }
    return last;
  }
}
