package org.talentmatch.benchmarks.province;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.talentmatch.api.SolveOptions;
import org.talentmatch.api.model.Problem;
import org.talentmatch.api.plan.Plan;
import org.talentmatch.api.plan.PlanMetrics;
import org.talentmatch.api.search.Candidate;
import org.talentmatch.core.check.CheckReport;
import org.talentmatch.core.check.PlanChecker;
import org.talentmatch.core.search.CandidateGenerator;
import org.talentmatch.core.search.CandidateTable;
import org.talentmatch.core.search.ExpertIndex;
import org.talentmatch.core.search.SearchConfig;
import org.talentmatch.core.search.SeatKey;
import org.talentmatch.core.solver.MatchingWeights;
import org.talentmatch.core.solver.PlanSolver;
import org.talentmatch.core.solver.SolverOutcome;

/**
 * Solver experiments without the search: the instance of {@link ProvinceBenchmark} is regenerated
 * from its seed (cheap and deterministic) and its candidate table is read from a cache file written by
 * the first run (search at province scale takes minutes). Prints one line per solve: the greedy
 * baseline, then the engine's solver with the given time, optionally with one soft rule switched off
 * (weight 0 removes it from the score calculation) to see what each costs in score calculation speed.
 *
 * <pre>
 * java -Xmx8g -cp CLASSPATH org.talentmatch.benchmarks.province.SolverLab \
 *     --size province|mid --seed 1 --seconds 60 [--cache benchmarks/target/lab] [--without RULE]
 * </pre>
 */
public final class SolverLab {
  private SolverLab() {}

  public static void main(String[] args) throws Exception {
    String size = "mid";
    long seed = 1;
    long seconds = 60;
    Path cache = Path.of("benchmarks/target/lab");
    String without = "";
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--size" -> size = args[i + 1];
        case "--seed" -> seed = Long.parseLong(args[i + 1]);
        case "--seconds" -> seconds = Long.parseLong(args[i + 1]);
        case "--cache" -> cache = Path.of(args[i + 1]);
        case "--without" -> without = args[i + 1];
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    ProvinceBenchmark.Options options = ProvinceBenchmark.Options.parse(new String[] {"--size", size, "--seed",
        Long.toString(seed)});
    Problem problem = org.talentmatch.core.generator.ProblemGenerator.generate(options.spec());
    CandidateTable candidates = candidates(problem, cache.resolve(size + "-" + seed + ".bin"));

    Reference flow = FlowRelaxation.solve(problem, candidates);
    System.out.printf(Locale.ROOT, "flow relaxation bound: medium %d%n", flow.mediumBound());
    report("greedy", problem, GreedyPlanner.plan(problem, candidates), Duration.ZERO, 0);
    PlanSolver solver = new PlanSolver(weightsWithout(without));
    // CPU time of this thread as well as wall time: the machine is shared, and CPU time is what the
    // solver itself spent.
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long cpuStart = threads.getCurrentThreadCpuTime();
    SolverOutcome outcome = solver.solve(problem, candidates,
        SolveOptions.builder().timeLimit(Duration.ofSeconds(seconds)).seed(seed).build());
    long cpuMillis = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000;
    System.out.printf(Locale.ROOT, "solver thread CPU %.1f s of %.1f s wall: %,d evaluations per CPU second%n",
        cpuMillis / 1000.0, outcome.elapsed().toMillis() / 1000.0,
        outcome.scoreCalculationCount() * 1000 / Math.max(1, cpuMillis));
    Plan plan = new Plan(outcome.score(), outcome.assignments(), List.of(), PlanChecker.metrics(problem, outcome.assignments()));
    long speed = outcome.scoreCalculationCount() * 1000 / Math.max(1, outcome.elapsed().toMillis());
    report("solver" + (without.isEmpty() ? "" : " without " + without) + " soft " + outcome.score().soft(), problem, plan,
        outcome.timeToFirstFeasible().orElse(Duration.ZERO), speed);
  }

  private static MatchingWeights weightsWithout(String rule) {
    MatchingWeights w = MatchingWeights.defaults();
    return switch (rule) {
      case "" -> w;
      case "skill-relevance" -> w.withSkillRelevance(0);
      case "demand-fairness" -> w.withDemandFairness(0);
      case "travel-distance" -> w.withTravelPerKm(0);
      case "load-balance" -> w.withLoadBalance(0);
      case "cooldown" -> w.withCooldownPerDay(0);
      case "continuity" -> w.withContinuity(0);
      case "huicai-card" -> w.withHuicaiCard(0);
      case "county-coverage" -> w.withCountyCoverage(0);
      default -> throw new IllegalArgumentException("no soft rule " + rule);
    };
  }

  private static void report(String method, Problem problem, Plan plan, Duration firstFeasible, long speed) {
    CheckReport check = PlanChecker.check(problem, plan);
    PlanMetrics m = check.metrics();
    System.out.printf(Locale.ROOT, "%-40s hard %d medium %d filled %d/%d relevance %.4f priority-area %.4f%% gini %.4f"
            + " first-feasible %.1f s calc/s %,d%n", method, check.violations().size(), check.medium(), m.seatsFilled(),
        m.seatsTotal(), m.meanRelevance(), 100 * m.priorityAreaFillRate(), m.loadGini(), firstFeasible.toMillis() / 1000.0,
        speed);
  }

  /** The candidate table from the cache, or searched and then cached; doubles kept exactly. */
  private static CandidateTable candidates(Problem problem, Path file) throws IOException {
    if (Files.exists(file)) {
      try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
        int seats = in.readInt();
        Map<SeatKey, List<Candidate>> bySeat = new HashMap<>(seats * 2);
        for (int s = 0; s < seats; s++) {
          SeatKey key = new SeatKey(in.readUTF(), in.readInt());
          int n = in.readInt();
          List<Candidate> list = new ArrayList<>(n);
          for (int c = 0; c < n; c++) {
            String id = in.readUTF();
            double relevance = in.readDouble();
            double km = in.readDouble();
            int reasons = in.readInt();
            List<String> why = new ArrayList<>(reasons);
            for (int r = 0; r < reasons; r++) {
              why.add(in.readUTF());
            }
            list.add(new Candidate(id, relevance, km, why));
          }
          bySeat.put(key, list);
        }
        return new CandidateTable(bySeat);
      }
    }
    CandidateTable table;
    long start = System.nanoTime();
    try (ExpertIndex index = ExpertIndex.inMemory(SearchConfig.defaults())) {
      index.putAll(problem.experts());
      table = CandidateGenerator.generate(index, problem, SolveOptions.DEFAULT_CANDIDATES_PER_SLOT);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    System.out.printf(Locale.ROOT, "searched candidates in %.1f s%n", (System.nanoTime() - start) / 1e9);
    Files.createDirectories(file.getParent());
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file)))) {
      out.writeInt(table.bySeat().size());
      for (Map.Entry<SeatKey, List<Candidate>> seat : table.bySeat().entrySet()) {
        out.writeUTF(seat.getKey().demandId());
        out.writeInt(seat.getKey().seat());
        out.writeInt(seat.getValue().size());
        for (Candidate c : seat.getValue()) {
          out.writeUTF(c.expertId());
          out.writeDouble(c.relevance());
          out.writeDouble(c.distanceKm());
          out.writeInt(c.reasons().size());
          for (String reason : c.reasons()) {
            out.writeUTF(reason);
          }
        }
      }
    }
    return table;
  }
}
