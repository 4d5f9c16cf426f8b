package org.talentmatch.core.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentmatch.core.io.AtomicFiles;

/** What a writer killed mid-write leaves behind is removed by the next write, and nothing else is. */
class AtomicFilesLeftoversTest {
  @TempDir Path dir;

  @Test
  void theNextWriteDeletesLeftoversOfDeadProcessesOnly() throws Exception {
    long dead = deadProcessId();
    long alive = ProcessHandle.current().pid();
    String killedWriters = temporary("plan.json", dead);
    String inProgress = temporary("plan.json", alive);
    String otherTargets = temporary("plan.json.bak", dead);
    Files.writeString(dir.resolve(killedWriters), "torn");
    Files.writeString(dir.resolve(inProgress), "another thread's write in progress");
    Files.writeString(dir.resolve(otherTargets), "another target's");
    Files.writeString(dir.resolve(".plan.json.notes.tmp"), "not a temporary file of this class");

    AtomicFiles.write(dir.resolve("plan.json"), "new".getBytes(java.nio.charset.StandardCharsets.UTF_8));

    assertThat(listing()).containsExactlyInAnyOrder("plan.json", inProgress, otherTargets, ".plan.json.notes.tmp");
    assertThat(Files.readString(dir.resolve("plan.json"))).isEqualTo("new");
  }

  private static String temporary(String target, long pid) {
    return "." + target + "." + pid + "." + UUID.randomUUID() + ".tmp";
  }

  /** The id of a process that has ended (reused only if the system starts another one meanwhile). */
  private static long deadProcessId() throws Exception {
    Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-version").redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return process.pid();
  }

  private List<String> listing() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).toList();
    }
  }
}
