package org.talentmatch.core.io;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/** Writes files so that a reader sees either the old content or the complete new one, never a torn file. */
public final class AtomicFiles {
  private AtomicFiles() {}

  /**
   * Replaces {@code target} with {@code content}: writes a temporary file in the same directory
   * (so the final rename stays on one file system), forces it to the device, then renames it over
   * the target atomically. Missing parent directories are created. On failure the temporary file
   * is deleted and the target is left as it was.
   *
   * @throws java.nio.file.AtomicMoveNotSupportedException when the file system cannot rename
   *     atomically; the target is then untouched
   */
  public static void write(Path target, byte[] content) throws IOException {
    requireNonNull(target, "target");
    requireNonNull(content, "content");
    Path absolute = target.toAbsolutePath();
    Path directory = absolute.getParent();
    if (directory == null) {
      throw new IOException("cannot write to a file system root: " + target);
    }
    Files.createDirectories(directory);
    // Not createTempFile: its owner-only permissions would end up on the target; a plain new file
    // gets the process's usual permissions (umask), like any file the user writes.
    Path temporary = directory.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".tmp");
    try {
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(content);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException | RuntimeException e) {
      try {
        Files.deleteIfExists(temporary);
      } catch (IOException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw e;
    }
  }
}
