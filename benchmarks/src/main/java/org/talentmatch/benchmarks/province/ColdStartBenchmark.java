package org.talentmatch.benchmarks.province;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.base.CharMatcher;
import com.google.common.base.Splitter;
import com.google.common.base.Stopwatch;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.talentmatch.api.InvalidProblemException;
import org.talentmatch.api.SolveOptions;
import org.talentmatch.api.model.Problem;
import org.talentmatch.core.check.PlanChecker;
import org.talentmatch.core.engine.PlanningResult;
import org.talentmatch.core.engine.TalentMatchEngine;
import org.talentmatch.core.io.ProblemJson;

/**
 * Issue 4's first target as a batch job meets it: a feasible plan that keeps every pin, within 30 s
 * of asking the engine for it (validation, indexing, candidate generation, the supply check, building
 * the solver and solving to the first feasible plan), each run in a fresh JVM. The engine itself is
 * built before the call, as a host builds it once; its build time and the file's reading time are
 * reported apart, and so is the time from the JVM's start to the first feasible plan. A batch run always
 * starts cold, and on a 2-core machine the JIT compilers take much of the CPU of that half-minute; a
 * run inside a JVM that did other work first (the generator, in {@link ProvinceBenchmark}) measures
 * something no batch job does.
 *
 * <p>Each set of JVM options runs {@code --runs} times, the sets interleaved so that a drift of the
 * machine's speed falls on every set alike. A run reads the problem file, plans it with the engine's
 * defaults for {@code --seconds}, and checks the final plan with {@link PlanChecker}; a run whose plan
 * the checker rejects counts as having no time. The table gives every run and, per option set, the
 * median, the fastest and the slowest: identical runs on the 2-core machine differ by several
 * seconds, so one run proves little. The child JVMs get exactly the options of their set: the JDK's
 * option environment variables ({@code JDK_JAVA_OPTIONS}, {@code JAVA_TOOL_OPTIONS}) are cleared.
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
  /** Longer than any run should take, also with the JVM's default heap on a slow day. */
  private static final Duration RUN_TIME_LIMIT_BEYOND_SOLVING = Duration.ofMinutes(10);
  private static final List<String> OPTION_VARIABLES = List.of("JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS");

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
          case "--runs" -> runs = Math.toIntExact(number(args[i], value));
          case "--seconds" -> seconds = number(args[i], value);
          case "--target-seconds" -> targetSeconds = decimal(args[i], value);
          case "--java-options" -> {
            String normalized = String.join(" ", words(value));
            checkArgument(!javaOptions.contains(normalized), "--java-options given twice: '%s'", value);
            javaOptions.add(normalized);
          }
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

    private static long number(String option, String value) {
      try {
        return Long.parseLong(value);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(option + " must be a whole number: " + value, e);
      }
    }

    private static double decimal(String option, String value) {
      try {
        return Double.parseDouble(value);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(option + " must be a number: " + value, e);
      }
    }
  }

  /**
   * What one cold run measured, in seconds.
   *
   * @param engine building the engine (thesaurus, analyzers, solver factory), before the call
   * @param solveToFirstFeasible the solver's own time to its first feasible plan
   * @param planToFirstFeasible from the call of the engine to the first feasible plan: the target's measure
   * @param jvmToFirstFeasible the same from the start of the JVM: starting, reading the file and building
   *     the engine included
   * @param valid the checker found no hard violation (a dropped pin is one, rule 9) and no inconsistency
   *     in the final plan
   */
  record Stages(double read, double engine, double index, double candidates, Optional<Double> solveToFirstFeasible,
      Optional<Double> planToFirstFeasible, Optional<Double> jvmToFirstFeasible, boolean valid) {
    Stages {
      requireNonNull(solveToFirstFeasible, "solveToFirstFeasible");
      requireNonNull(planToFirstFeasible, "planToFirstFeasible");
      requireNonNull(jvmToFirstFeasible, "jvmToFirstFeasible");
    }

    /** The line a child prints. */
    String toLine() {
      return String.format(Locale.ROOT,
          "%sread=%.3f engine=%.3f index=%.3f candidates=%.3f solveToFirstFeasible=%s planToFirstFeasible=%s "
              + "jvmToFirstFeasible=%s valid=%b",
          RESULT_PREFIX, read, engine, index, candidates, field(solveToFirstFeasible), field(planToFirstFeasible),
          field(jvmToFirstFeasible), valid);
    }

    private static String field(Optional<Double> seconds) {
      return seconds.map(s -> String.format(Locale.ROOT, "%.3f", s)).orElse("none");
    }

    /** The stages a child's output reports: its last result line. */
    static Stages parse(String output) {
      String line = output.lines().filter(l -> l.startsWith(RESULT_PREFIX)).reduce((first, last) -> last)
          .orElseThrow(() -> new IllegalStateException("the run printed no result line; its output:\n" + output));
      Map<String, String> fields = new LinkedHashMap<>();
      Matcher matcher = FIELD.matcher(line.substring(RESULT_PREFIX.length()));
      while (matcher.find()) {
        fields.put(matcher.group(1), matcher.group(2));
      }
      double read = Double.parseDouble(value(fields, "read", line));
      double engine = Double.parseDouble(value(fields, "engine", line));
      double index = Double.parseDouble(value(fields, "index", line));
      double candidates = Double.parseDouble(value(fields, "candidates", line));
      Optional<Double> solve = optionalSeconds(value(fields, "solveToFirstFeasible", line));
      Optional<Double> plan = optionalSeconds(value(fields, "planToFirstFeasible", line));
      Optional<Double> jvm = optionalSeconds(value(fields, "jvmToFirstFeasible", line));
      return new Stages(read, engine, index, candidates, solve, plan, jvm, Boolean.parseBoolean(value(fields, "valid", line)));
    }

    private static Optional<Double> optionalSeconds(String value) {
      return value.equals("none") ? Optional.empty() : Optional.of(Double.parseDouble(value));
    }

    private static String value(Map<String, String> fields, String name, String line) {
      String value = fields.get(name);
      if (value == null) {
        throw new IllegalStateException("result line has no " + name + ": " + line);
      }
      return value;
    }
  }

  /** One run with the JVM options it ran with. */
  record Run(String javaOptions, Stages stages) {
    Run {
      requireNonNull(javaOptions, "javaOptions");
      requireNonNull(stages, "stages");
    }

    /** The target's measure, from the call of the engine to a feasible plan; empty when the checker rejected the plan. */
    Optional<Double> total() {
      return stages.valid() ? stages.planToFirstFeasible() : Optional.empty();
    }

    boolean meets(double targetSeconds) {
      return total().filter(seconds -> seconds < targetSeconds).isPresent();
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
        Run run = new Run(javaOptions, fork(javaOptions, options.problem(), options.seconds()));
        System.err.printf(Locale.ROOT, "run %d [%s]: %s%n", round, javaOptions, run.stages().toLine());
        runs.add(run);
      }
    }
    System.out.print(report(runs, options.targetSeconds()));
  }

  /** What a child JVM does: read, build the engine, plan and check, timing each stage. */
  static Stages coldRun(Path problemFile, long seconds) throws IOException, InvalidProblemException {
    Stopwatch read = Stopwatch.createStarted();
    Problem problem = ProblemJson.read(problemFile);
    read.stop();
    AtomicReference<Duration> planToFirstFeasible = new AtomicReference<>();
    AtomicReference<Instant> firstFeasibleAt = new AtomicReference<>();
    Stopwatch plan = Stopwatch.createUnstarted();
    SolveOptions options = SolveOptions.builder().timeLimit(Duration.ofSeconds(seconds))
        .progressListener(progress -> {
          if (progress.bestScore().isFeasible() && planToFirstFeasible.compareAndSet(null, plan.elapsed())) {
            firstFeasibleAt.set(Instant.now());
          }
        })
        .build();
    Stopwatch build = Stopwatch.createStarted();
    PlanningResult result;
    try (TalentMatchEngine engine = TalentMatchEngine.builder().build()) {
      build.stop();
      plan.start();
      result = engine.pipeline().plan(problem, options);
    }
    Optional<Instant> jvmStart = ProcessHandle.current().info().startInstant();
    return new Stages(toSeconds(read.elapsed()), toSeconds(build.elapsed()), toSeconds(result.indexTime()),
        toSeconds(result.candidateTime()),
        result.timeToFirstFeasible().map(ColdStartBenchmark::toSeconds),
        Optional.ofNullable(planToFirstFeasible.get()).map(ColdStartBenchmark::toSeconds),
        Optional.ofNullable(firstFeasibleAt.get())
            .flatMap(at -> jvmStart.map(start -> toSeconds(Duration.between(start, at)))),
        PlanChecker.check(problem, result.plan()).isValid());
  }

  private static double toSeconds(Duration duration) {
    return duration.toNanos() / 1e9;
  }

  /** The command that runs {@link #coldRun} in a fresh JVM (this one's java and class path) with {@code javaOptions}. */
  static List<String> command(String javaOptions, Path problem, long seconds) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(words(javaOptions));
    command.addAll(List.of("-cp", classpath(), ColdStartBenchmark.class.getName(), "--child", problem.toString(),
        Long.toString(seconds)));
    return command;
  }

  private static List<String> words(String options) {
    return Splitter.on(CharMatcher.whitespace()).omitEmptyStrings().splitToList(options);
  }

  /** Surefire may run tests from a manifest-only jar, and then names the real class path apart. */
  private static String classpath() {
    String surefire = System.getProperty("surefire.test.class.path");
    return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
  }

  /** Runs {@link #command} and reads its result line; a run that fails or overruns its time is an error. */
  static Stages fork(String javaOptions, Path problem, long seconds) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command(javaOptions, problem, seconds)).redirectErrorStream(true);
    OPTION_VARIABLES.forEach(builder.environment()::remove);
    Path log = Files.createTempFile("cold-start", ".log");
    Duration limit = RUN_TIME_LIMIT_BEYOND_SOLVING.plusSeconds(seconds);
    Process process = builder.redirectOutput(log.toFile()).start();
    try {
      if (!process.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
        throw new IllegalStateException("the run took longer than " + limit + "; its output:\n"
            + Files.readString(log, StandardCharsets.UTF_8));
      }
      String output = Files.readString(log, StandardCharsets.UTF_8);
      if (process.exitValue() != 0) {
        throw new IllegalStateException("the run exited with " + process.exitValue() + "; its output:\n" + output);
      }
      return Stages.parse(output);
    } finally {
      process.destroyForcibly();
      Files.deleteIfExists(log);
    }
  }

  /** Every run, then per option set its median, fastest and slowest, and how many runs met the target. */
  static String report(List<Run> runs, double targetSeconds) {
    StringBuilder out = new StringBuilder(String.format(Locale.ROOT,
        "| JVM options | read | engine build | index | candidates | solver to first feasible "
            + "| engine call to first feasible | JVM start to first feasible | checker |%n"
            + "|---|---:|---:|---:|---:|---:|---:|---:|---|%n"));
    for (Run run : runs) {
      Stages stages = run.stages();
      out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %s | %s |%n",
          shown(run.javaOptions()), formatSeconds(stages.read()), formatSeconds(stages.engine()),
          formatSeconds(stages.index()), formatSeconds(stages.candidates()),
          formatSeconds(stages.solveToFirstFeasible()), formatSeconds(stages.planToFirstFeasible()),
          formatSeconds(stages.jvmToFirstFeasible()), stages.valid() ? "valid" : "REJECTED"));
    }
    out.append(String.format(Locale.ROOT, "%n| JVM options | runs | median | fastest | slowest | under %s s |%n"
        + "|---|---:|---:|---:|---:|---:|%n", new BigDecimal(Double.toString(targetSeconds))
            .stripTrailingZeros().toPlainString()));
    Map<String, List<Run>> byOptions = new LinkedHashMap<>();
    runs.forEach(run -> byOptions.computeIfAbsent(run.javaOptions(), k -> new ArrayList<>()).add(run));
    byOptions.forEach((javaOptions, sameOptions) -> {
      // A run without a valid feasible plan counts as slower than any other.
      List<Double> totals = sameOptions.stream()
          .map(run -> run.total().orElse(Double.POSITIVE_INFINITY))
          .sorted()
          .toList();
      long met = sameOptions.stream().filter(run -> run.meets(targetSeconds)).count();
      out.append(String.format(Locale.ROOT, "| %s | %d | %s | %s | %s | %d of %d |%n", shown(javaOptions),
          totals.size(), formatSeconds(median(totals)), formatSeconds(totals.get(0)),
          formatSeconds(totals.get(totals.size() - 1)), met, totals.size()));
    });
    return out.toString();
  }

  /** The median of sorted values; of an even count, the mean of the middle two. */
  static double median(List<Double> sorted) {
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static String formatSeconds(Optional<Double> seconds) {
    return formatSeconds(seconds.orElse(Double.POSITIVE_INFINITY));
  }

  private static String formatSeconds(double seconds) {
    return Double.isInfinite(seconds) ? "none" : String.format(Locale.ROOT, "%.1f s", seconds);
  }

  private static String shown(String javaOptions) {
    return javaOptions.isEmpty() ? "JVM defaults" : "`" + javaOptions + "`";
  }
}
