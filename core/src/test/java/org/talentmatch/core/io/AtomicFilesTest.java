package org.talentmatch.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir Path dir;

  @Test
  void createsMissingParentDirectories() throws Exception {
    Path target = dir.resolve("a/b/plan.json");

    AtomicFiles.write(target, bytes("内容"));

    assertThat(Files.readString(target, StandardCharsets.UTF_8)).isEqualTo("内容");
    assertThat(listing(target.getParent())).containsExactly("plan.json");
  }

  @Test
  void replacesAnExistingFileAndLeavesNoTemporaryFileBehind() throws Exception {
    Path target = dir.resolve("plan.json");
    Files.writeString(target, "old content that is longer than the new one");

    AtomicFiles.write(target, bytes("new"));

    assertThat(Files.readString(target)).isEqualTo("new");
    assertThat(listing(dir)).containsExactly("plan.json");
  }

  @Test
  void deletesTheTemporaryFileAndKeepsTheTargetWhenTheMoveFails() throws Exception {
    Path target = dir.resolve("occupied");
    Files.createDirectories(target);
    Files.writeString(target.resolve("keep.txt"), "keep");

    assertThatThrownBy(() -> AtomicFiles.write(target, bytes("new"))).isInstanceOf(IOException.class);

    assertThat(listing(dir)).containsExactly("occupied");
    assertThat(Files.readString(target.resolve("keep.txt"))).isEqualTo("keep");
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static List<String> listing(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
