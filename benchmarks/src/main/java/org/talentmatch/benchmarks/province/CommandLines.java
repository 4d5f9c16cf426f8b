package org.talentmatch.benchmarks.province;

import java.util.function.Function;

/** What the benchmark commands of this package share in reading their command line. */
final class CommandLines {
  /** The exit status of a command line that does not parse. */
  static final int USAGE_ERROR = 2;

  private CommandLines() {}

  /** {@code parse(args)}; when it fails, its message goes to standard error and the JVM exits with {@link #USAGE_ERROR}. */
  static <T> T parseOrExit(String[] args, Function<String[], T> parse) {
    try {
      return parse.apply(args);
    } catch (RuntimeException e) {
      System.err.println(e.getMessage());
      System.exit(USAGE_ERROR);
      throw new AssertionError("unreachable", e);
    }
  }
}
