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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.util.IOUtils;

/**
 * Files that are replaced whole or not at all: a reader never sees a torn file, even when the writing
 * process is killed ({@code kill -9}) at any moment.
 *
 * <p>Temporary files: each replacement writes {@code .<name>.<pid>.<uuid>.tmp} next to the target.
 * A process killed while writing leaves its temporary file behind; the next replacement of the same
 * target, by any process on the same host, deletes those whose process is no longer running. So at
 * most one leftover per target and killed writer remains until the target is written again, and
 * leftovers never accumulate. (A reused process id only delays the cleanup until that process ends.
 * On a file system shared by several hosts a writer on another host looks dead: its temporary file
 * may be deleted, and its replacement then fails with an {@link IOException}, the target intact.)
 */
public final class AtomicFiles {
  /** {@code <pid>.<uuid>.tmp}, what follows {@code .<name>.} in a temporary file's name. */
  private static final Pattern TEMPORARY_SUFFIX =
      Pattern.compile("(\\d{1,19})\\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.tmp");

  private AtomicFiles() {}

  /**
   * Replaces {@code target} with {@code content}: writes a temporary file in the same directory
   * (so the final rename stays on one file system), forces it to the device, then renames it over
   * the target atomically, and forces the directory too so that the rename survives a power loss.
   * Missing parent directories are created. On failure the temporary file is deleted and the target
   * is left as it was.
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
      deleteLeftoversOfDeadProcesses(directory, absolute.getFileName().toString());
      // Not createTempFile: its owner-only permissions would end up on the target; a plain new file
      // gets the process's usual permissions (umask), like any file the user writes.
      this.temporary = directory.resolve(
          "." + absolute.getFileName() + "." + ProcessHandle.current().pid() + "." + UUID.randomUUID() + ".tmp");
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
      // The rename lives in the directory: without this a power loss may undo it (a kill cannot).
      IOUtils.fsync(target.getParent(), true);
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

  /**
   * Deletes the temporary files of {@code name} left by processes that no longer run (killed while
   * writing). Best effort: a leftover that cannot be listed or deleted is left for the next write.
   */
  private static void deleteLeftoversOfDeadProcesses(Path directory, String name) {
    String prefix = "." + name + ".";
    try (Stream<Path> entries = Files.list(directory)) {
      for (Path entry : (Iterable<Path>) entries::iterator) {
        String file = entry.getFileName().toString();
        if (file.startsWith(prefix)) {
          Matcher suffix = TEMPORARY_SUFFIX.matcher(file.substring(prefix.length()));
          if (suffix.matches() && !isRunning(suffix.group(1))) {
            Files.deleteIfExists(entry);
          }
        }
      }
    } catch (IOException | SecurityException e) {
      // Leftovers waste space but never harm a reader; the write itself must not fail for them.
    }
  }

  private static boolean isRunning(String pid) {
    try {
      return ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
    } catch (NumberFormatException e) {
      return true; // not a process id this class wrote: not ours to delete
    }
  }
}
