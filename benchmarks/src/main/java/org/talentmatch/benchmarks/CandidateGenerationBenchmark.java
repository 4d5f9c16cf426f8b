package org.talentmatch.benchmarks;

import com.google.common.base.Stopwatch;
import java.lang.management.ManagementFactory;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.talentmatch.api.SolveOptions;
import org.talentmatch.api.model.Problem;
import org.talentmatch.api.search.Candidate;
import org.talentmatch.core.generator.GeneratorSpec;
import org.talentmatch.core.generator.ProblemGenerator;
import org.talentmatch.core.search.CandidateGenerator;
import org.talentmatch.core.search.CandidateTable;
import org.talentmatch.core.search.ExpertIndex;
import org.talentmatch.core.search.SearchConfig;
import org.talentmatch.core.search.SeatKey;

/**
 * The whole-file path of issue 4 on a generated problem: time to index every expert, then to
 * generate every seat's candidates ({@link CandidateGenerator#generate}, as the planning pipeline
 * does), in seats per second. Not JMH: each phase is one long, single-shot run, like a batch job's.
 * The generation is run {@code rounds} times on the same index (the first includes JIT warm-up).
 * Each phase also prints the CPU time the process spent in it: on a machine shared with other
 * work, wall time measures the neighbours too, CPU time much less so. It prints the time the JIT
 * compilers spent in each phase too: in a cold JVM, much of the CPU time.
 *
 * <p>Each round prints a fingerprint of the table (a hash of every seat's ids, relevances, distances,
 * reasons and order): a speed change that keeps the fingerprint keeps the table.
 *
 * <p>Run: {@code java -Xmx4g -cp benchmarks/target/benchmarks.jar
 * org.talentmatch.benchmarks.CandidateGenerationBenchmark 100000 5000 [rounds]}, or {@code province
 * [rounds] [seed]} for issue 4's instance ({@link GeneratorSpec#province}).
 */
public final class CandidateGenerationBenchmark {
  private CandidateGenerationBenchmark() {}

  public static void main(String[] args) throws Exception {
    boolean province = args.length > 0 && args[0].equals("province");
    int rounds;
    GeneratorSpec spec;
    if (province) {
      rounds = args.length > 1 ? Integer.parseInt(args[1]) : 2;
      spec = GeneratorSpec.province(args.length > 2 ? Long.parseLong(args[2]) : 1);
    } else {
      int experts = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
      int demands = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
      rounds = args.length > 2 ? Integer.parseInt(args[2]) : 2;
      spec = GeneratorSpec.of(experts, demands, 2027);
    }
    Problem problem = ProblemGenerator.generate(spec);
    int seats = problem.demands().stream().mapToInt(d -> d.seats().size()).sum();
    int slots = problem.demands().stream().flatMap(d -> d.seats().stream()).mapToInt(s -> s.count()).sum();
    System.out.printf(Locale.ROOT, "problem: %d experts, %d demands, %d seats, %d slots; %d cores%n",
        problem.experts().size(), problem.demands().size(), seats, slots,
        Runtime.getRuntime().availableProcessors());
    Stopwatch indexing = Stopwatch.createStarted();
    long cpu = cpuNanos();
    long compiling = compilingMillis();
    try (ExpertIndex index = ExpertIndex.inMemory(SearchConfig.defaults())) {
      index.putAll(problem.experts());
      System.out.printf(Locale.ROOT, "index: %.2f s (cpu %.2f s, compiling %.1f s)%n",
          indexing.elapsed(TimeUnit.MILLISECONDS) / 1000.0, (cpuNanos() - cpu) / 1e9,
          (compilingMillis() - compiling) / 1000.0);
      for (int round = 1; round <= rounds; round++) {
        Stopwatch generation = Stopwatch.createStarted();
        cpu = cpuNanos();
        compiling = compilingMillis();
        CandidateTable table = CandidateGenerator.generate(index, problem, SolveOptions.DEFAULT_CANDIDATES_PER_SLOT);
        double seconds = generation.elapsed(TimeUnit.MILLISECONDS) / 1000.0;
        double cpuSeconds = (cpuNanos() - cpu) / 1e9;
        double compilingSeconds = (compilingMillis() - compiling) / 1000.0;
        long pairs = table.bySeat().values().stream().mapToLong(List::size).sum();
        double meanRelevance = table.bySeat().values().stream().flatMap(List::stream)
            .mapToDouble(Candidate::relevance).average().orElse(0);
        System.out.printf(Locale.ROOT,
            "round %d: candidates %.2f s (cpu %.2f s, compiling %.1f s), %.0f seats/s, %.0f seats per cpu-second; "
                + "%d seats with candidates, %d pairs, mean relevance %.4f, fingerprint %016x%n",
            round, seconds, cpuSeconds, compilingSeconds, seats / seconds, seats / cpuSeconds, table.bySeat().size(),
            pairs, meanRelevance, fingerprint(table));
      }
    }
  }

  /** A hash of the whole table, seats in a fixed order, candidates in theirs. */
  private static long fingerprint(CandidateTable table) {
    long hash = 17;
    List<SeatKey> seats = table.bySeat().keySet().stream()
        .sorted(Comparator.comparing(SeatKey::demandId).thenComparingInt(SeatKey::seat)).toList();
    for (SeatKey seat : seats) {
      hash = hash * 31 + seat.hashCode();
      for (Candidate candidate : table.bySeat().get(seat)) {
        hash = hash * 31 + candidate.hashCode();
      }
    }
    return hash;
  }

  /**
   * Time the JIT compilers spent so far, summed over their threads: on a 2-core machine a cold run
   * compiles on the cores it indexes and searches on.
   */
  private static long compilingMillis() {
    return ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
  }

  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }
}
