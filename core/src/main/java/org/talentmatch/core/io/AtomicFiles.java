package org.talentmatch.core.io;

import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/** Files that are replaced whole or not at all: a reader never sees a torn file. */
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
    requireNonNull(content, "content");
    try (Pending pending = open(target)) {
      pending.stream().write(content);
      pending.commit();
    }
  }

  /**
   * Starts replacing {@code target} with what is written to {@link Pending#stream()}: the target
   * appears, complete, only on {@link Pending#commit()}; closing without a commit deletes the
   * temporary file and leaves the target as it was. For output too large to hold in memory.
   */
  public static Pending open(Path target) throws IOException {
    requireNonNull(target, "target");
    return new Pending(target);
  }

  /** A replacement in progress. Not thread-safe. */
  public static final class Pending implements AutoCloseable {
    private final Path target;
    private final Path temporary;
    private final FileChannel channel;
    private final OutputStream stream;
    private boolean committed;
    private boolean closed;

    private Pending(Path target) throws IOException {
      Path absolute = target.toAbsolutePath();
      Path directory = absolute.getParent();
      if (directory == null) {
        throw new IOException("cannot write to a file system root: " + target);
      }
      Files.createDirectories(directory);
      this.target = absolute;
      // Not createTempFile: its owner-only permissions would end up on the target; a plain new file
      // gets the process's usual permissions (umask), like any file the user writes.
      this.temporary = directory.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".tmp");
      this.channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      this.stream = Channels.newOutputStream(channel);
    }

    /** Where the content goes; buffer it if you write in small pieces. */
    public OutputStream stream() {
      return stream;
    }

    /** Forces the content to the device and renames the temporary file over the target atomically. */
    public void commit() throws IOException {
      checkState(!committed && !closed, "replacement of %s is already committed or closed", target);
      stream.flush();
      channel.force(true);
      channel.close();
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      committed = true;
    }

    /** Releases the file; without a {@link #commit} the temporary file is deleted. */
    @Override
    public void close() throws IOException {
      if (closed) {
        return;
      }
      closed = true;
      if (!committed) {
        try {
          channel.close();
        } finally {
          Files.deleteIfExists(temporary);
        }
      }
    }
  }
}
