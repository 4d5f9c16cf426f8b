package org.talentmatch.benchmarks.province;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.base.Splitter;
import com.google.common.base.Stopwatch;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.talentmatch.api.InvalidProblemException;
import org.talentmatch.api.SolveOptions;
import org.talentmatch.api.model.Problem;
import org.talentmatch.core.check.CheckReport;
import org.talentmatch.core.check.PlanChecker;
import org.talentmatch.core.engine.PlanningResult;
import org.talentmatch.core.engine.TalentMatchEngine;
import org.talentmatch.core.io.ProblemJson;

/**
 * Issue 4's first target as a batch job meets it: feasible, every pin kept, within 30 s of indexing,
 * candidate generation and solving to the first feasible plan, each run in a fresh JVM. A batch run
 * always starts cold, and on a 2-core machine the JIT compilers take a third of the CPU for most of
 * that half-minute; a run inside a JVM that did other work first (the generator, in {@link
 * ProvinceBenchmark}) measures something no batch job does.
 *
 * <p>Each set of JVM options runs {@code --runs} times, the sets interleaved so that a drift of the
 * machine's speed falls on every set alike. Each run reads the problem file, plans it with the
 * engine's defaults for {@code --seconds}, and checks the plan with {@link PlanChecker}. The table
 * gives every run and, per option set, the median, the fastest and the slowest: identical runs on the 2-core
 * machine differ by several seconds, so one run proves little.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar org.talentmatch.benchmarks.province.ColdStartBenchmark \
 *     --problem province.json [--runs 5] [--seconds 5] [--target-seconds 30] \
 *     [--java-options "-XX:FreqInlineSize=150 -XX:InlineSmallCode=1500"] [--java-options ""]
 * </pre>
 *
 * {@code --java-options} may repeat; {@code ""} is the JVM's defaults, and the default when none is given.
 */
public final class ColdStartBenchmark {
  /** The child JVM's one line of results, after this prefix. */
  static final String RESULT_PREFIX = "COLD-START ";
  private static final Pattern FIELD = Pattern.compile("(\\w+)=(\\S+)");

  private ColdStartBenchmark() {}

  /** The command line. */
  record Options(Path problem, int runs, long seconds, double targetSeconds, List<String> javaOptions) {
    Options {
      requireNonNull(problem, "problem");
      checkArgument(runs >= 1, "--runs must be at least 1: %s", runs);
      checkArgument(seconds >= 1, "--seconds must be at least 1: %s", seconds);
      checkArgument(targetSeconds > 0, "--target-seconds must be positive: %s", targetSeconds);
      javaOptions = List.copyOf(javaOptions);
    }

    static Options parse(String[] args) {
      Path problem = null;
      int runs = 5;
      long seconds = 5;
      double targetSeconds = 30;
      List<String> javaOptions = new ArrayList<>();
      for (int i = 0; i < args.length; i += 2) {
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException(args[i] + " needs a value");
        }
        String value = args[i + 1];
        switch (args[i]) {
          case "--problem" -> problem = Path.of(value);
          case "--runs" -> runs = Integer.parseInt(value);
          case "--seconds" -> seconds = Long.parseLong(value);
          case "--target-seconds" -> targetSeconds = Double.parseDouble(value);
          case "--java-options" -> javaOptions.add(value.strip());
          default -> throw new IllegalArgumentException("unknown option " + args[i] + "; use --problem FILE"
              + " [--runs N] [--seconds N] [--target-seconds S] [--java-options OPTIONS]...");
        }
      }
      if (problem == null) {
        throw new IllegalArgumentException("--problem FILE is required");
      }
      if (javaOptions.isEmpty()) {
        javaOptions.add("");
      }
      return new Options(problem, runs, seconds, targetSeconds, javaOptions);
    }
  }

  /**
   * One cold run's figures, in seconds.
   *
   * @param feasible the checker found no hard violation (a dropped pin is one, rule 9) and no inconsistency
   */
  record Run(String javaOptions, double read, double index, double candidates, Optional<Double> firstFeasible,
      boolean feasible) {
    Run {
      requireNonNull(javaOptions, "javaOptions");
      requireNonNull(firstFeasible, "firstFeasible");
    }

    /** Index + candidates + first feasible: the target's measure; empty when no feasible plan came. */
    Optional<Double> toFirstFeasible() {
      return firstFeasible.map(solve -> index + candidates + solve);
    }

    boolean meets(double targetSeconds) {
      return feasible && toFirstFeasible().filter(total -> total < targetSeconds).isPresent();
    }

    /** The line a child prints. */
    String toLine() {
      return String.format(Locale.ROOT, "%sread=%.3f index=%.3f candidates=%.3f firstFeasible=%s feasible=%b",
          RESULT_PREFIX, read, index, candidates,
          firstFeasible.map(s -> String.format(Locale.ROOT, "%.3f", s)).orElse("none"), feasible);
    }

    /** The run a child's output reports, for the JVM options it ran with. */
    static Run parse(String javaOptions, String output) {
      String line = output.lines().filter(l -> l.startsWith(RESULT_PREFIX)).reduce((first, last) -> last)
          .orElseThrow(() -> new IllegalStateException("the run printed no result line; its output:\n" + output));
      Map<String, String> fields = new LinkedHashMap<>();
      Matcher matcher = FIELD.matcher(line.substring(RESULT_PREFIX.length()));
      while (matcher.find()) {
        fields.put(matcher.group(1), matcher.group(2));
      }
      double read = seconds(fields, "read", line);
      double index = seconds(fields, "index", line);
      double candidates = seconds(fields, "candidates", line);
      String firstFeasible = field(fields, "firstFeasible", line);
      return new Run(javaOptions, read, index, candidates,
          firstFeasible.equals("none") ? Optional.empty() : Optional.of(Double.parseDouble(firstFeasible)),
          Boolean.parseBoolean(field(fields, "feasible", line)));
    }

    private static double seconds(Map<String, String> fields, String name, String line) {
      return Double.parseDouble(field(fields, name, line));
    }

    private static String field(Map<String, String> fields, String name, String line) {
      String value = fields.get(name);
      if (value == null) {
        throw new IllegalStateException("result line has no " + name + ": " + line);
      }
      return value;
    }
  }

  public static void main(String[] args) throws Exception {
    if (args.length == 3 && args[0].equals("--child")) {
      System.out.println(coldRun(Path.of(args[1]), Long.parseLong(args[2])).toLine());
      return;
    }
    Options options = CommandLines.parseOrExit(args, Options::parse);
    List<Run> runs = new ArrayList<>();
    for (int round = 1; round <= options.runs(); round++) {
      for (String javaOptions : options.javaOptions()) {
        Run run = fork(javaOptions, options.problem(), options.seconds());
        System.err.printf(Locale.ROOT, "run %d [%s]: %s%n", round, javaOptions, run.toLine());
        runs.add(run);
      }
    }
    System.out.print(report(runs, options.targetSeconds()));
  }

  /** What a child JVM does: read, plan and check, timing each stage. */
  static Run coldRun(Path problemFile, long seconds) throws IOException, InvalidProblemException {
    Stopwatch read = Stopwatch.createStarted();
    Problem problem = ProblemJson.read(problemFile);
    read.stop();
    PlanningResult result;
    try (TalentMatchEngine engine = TalentMatchEngine.builder().build()) {
      result = engine.pipeline().plan(problem, SolveOptions.builder().timeLimit(Duration.ofSeconds(seconds)).build());
    }
    CheckReport check = PlanChecker.check(problem, result.plan());
    return new Run("", seconds(read.elapsed()), seconds(result.indexTime()), seconds(result.candidateTime()),
        result.timeToFirstFeasible().map(ColdStartBenchmark::seconds),
        check.isFeasible() && check.inconsistencies().isEmpty());
  }

  private static double seconds(Duration duration) {
    return duration.toNanos() / 1e9;
  }

  /** Runs {@link #coldRun} in a fresh JVM (this one's java and class path) with {@code javaOptions}. */
  static Run fork(String javaOptions, Path problem, long seconds) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    Splitter.on(' ').omitEmptyStrings().split(javaOptions).forEach(command::add);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), ColdStartBenchmark.class.getName(),
        "--child", problem.toString(), Long.toString(seconds)));
    Path log = Files.createTempFile("cold-start", ".log");
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
      int exit = process.waitFor();
      String output = Files.readString(log, StandardCharsets.UTF_8);
      if (exit != 0) {
        throw new IllegalStateException("the run exited with " + exit + "; its output:\n" + output);
      }
      return Run.parse(javaOptions, output);
    } finally {
      Files.deleteIfExists(log);
    }
  }

  /** Every run, then per option set its median, fastest and slowest, and how many runs met the target. */
  static String report(List<Run> runs, double targetSeconds) {
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
        "| JVM options | read | index | candidates | first feasible | index + candidates + first feasible | "
            + "feasible, pins kept |%n|---|---:|---:|---:|---:|---:|---|%n"));
    for (Run run : runs) {
      out.append(String.format(Locale.ROOT, "| %s | %.1f s | %.1f s | %.1f s | %s | %s | %s |%n", shown(run.javaOptions()),
          run.read(), run.index(), run.candidates(), seconds(run.firstFeasible()), seconds(run.toFirstFeasible()),
          run.feasible() ? "yes" : "NO"));
    }
    out.append(String.format(Locale.ROOT, "%n| JVM options | runs | median | fastest | slowest | under %.0f s |%n"
        + "|---|---:|---:|---:|---:|---:|%n", targetSeconds));
    Map<String, List<Run>> byOptions = new LinkedHashMap<>();
    runs.forEach(run -> byOptions.computeIfAbsent(run.javaOptions(), k -> new ArrayList<>()).add(run));
    byOptions.forEach((javaOptions, sameOptions) -> {
      // A run without a feasible plan counts as the slowest.
      List<Double> totals = sameOptions.stream()
          .map(run -> run.toFirstFeasible().orElse(Double.POSITIVE_INFINITY))
          .sorted(Comparator.naturalOrder())
          .toList();
      long met = sameOptions.stream().filter(run -> run.meets(targetSeconds)).count();
      out.append(String.format(Locale.ROOT, "| %s | %d | %s | %s | %s | %d of %d |%n", shown(javaOptions),
          totals.size(), seconds(median(totals)), seconds(totals.get(0)), seconds(totals.get(totals.size() - 1)), met,
          totals.size()));
    });
    return out.toString();
  }

  private static double median(List<Double> sorted) {
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static String seconds(Optional<Double> seconds) {
    return seconds.map(ColdStartBenchmark::seconds).orElse("none");
  }

  private static String seconds(double seconds) {
    return Double.isInfinite(seconds) ? "none" : String.format(Locale.ROOT, "%.1f s", seconds);
  }

  private static String shown(String javaOptions) {
    return javaOptions.isEmpty() ? "JVM defaults" : "`" + javaOptions + "`";
  }
}
