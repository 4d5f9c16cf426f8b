package org.talentmatch.benchmarks.province;

import com.google.common.base.Stopwatch;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.talentmatch.api.InvalidProblemException;
import org.talentmatch.api.SolveOptions;
import org.talentmatch.api.model.Problem;
import org.talentmatch.api.plan.Plan;
import org.talentmatch.core.engine.PlanningResult;
import org.talentmatch.core.engine.TalentMatchEngine;
import org.talentmatch.core.generator.GeneratorSpec;
import org.talentmatch.core.generator.ProblemGenerator;
import org.talentmatch.core.search.CandidateGenerator;
import org.talentmatch.core.search.CandidateTable;
import org.talentmatch.core.search.ExpertIndex;
import org.talentmatch.core.search.SearchConfig;

/**
 * Issue 4's one command: generates the province or mid-size instance, builds the index and the
 * candidate table once, runs the greedy baseline, the exact references (CP-SAT where the model is
 * small enough, and always the min-cost-flow relaxation) and the engine's solver on those same
 * candidates, and prints one Markdown table scored by the independent checker.
 *
 * <pre>
 * java -Xmx8g -cp benchmarks/target/benchmarks.jar org.talentmatch.benchmarks.province.ProvinceBenchmark \
 *     --size province|mid --seconds 120 --seed 1 [--exact-seconds N] [--exact-max-variables N] [--max-travel-km KM]
 * </pre>
 */
public final class ProvinceBenchmark {
  private ProvinceBenchmark() {}

  /** The command line; every option has a default. */
  record Options(String size, long seconds, long seed, long exactSeconds, int exactMaxVariables,
      OptionalDouble maxTravelKm) {

    static Options parse(String[] args) {
      String size = "mid";
      long seconds = 120;
      long seed = 1;
      long exactSeconds = -1;
      int exactMaxVariables = 1_000_000;
      OptionalDouble maxTravelKm = OptionalDouble.empty();
      for (int i = 0; i < args.length; i++) {
        String value = i + 1 < args.length ? args[i + 1] : null;
        switch (args[i]) {
          case "--size" -> size = value;
          case "--seconds" -> seconds = Long.parseLong(value);
          case "--seed" -> seed = Long.parseLong(value);
          case "--exact-seconds" -> exactSeconds = Long.parseLong(value);
          case "--exact-max-variables" -> exactMaxVariables = Integer.parseInt(value);
          case "--max-travel-km" -> maxTravelKm = OptionalDouble.of(Double.parseDouble(value));
          default -> throw new IllegalArgumentException("unknown option " + args[i]
              + "; use --size province|mid --seconds N --seed N [--exact-seconds N] [--exact-max-variables N] [--max-travel-km KM]");
        }
        i++;
      }
      if (!"province".equals(size) && !"mid".equals(size)) {
        throw new IllegalArgumentException("--size must be province or mid: " + size);
      }
      return new Options(size, seconds, seed, exactSeconds < 0 ? seconds : exactSeconds, exactMaxVariables,
          maxTravelKm);
    }

    GeneratorSpec spec() {
      GeneratorSpec preset = "province".equals(size) ? GeneratorSpec.province(seed) : GeneratorSpec.midSize(seed);
      return maxTravelKm.isEmpty() ? preset
          : preset.toBuilder().policy(preset.policy().withMaxTravelKm(maxTravelKm.getAsDouble())).build();
    }
  }

  public static void main(String[] args) throws Exception {
    Options options = CommandLines.parseOrExit(args, Options::parse);
    System.out.print(run(options));
  }

  static String run(Options options) throws InvalidProblemException {
    StringBuilder report = new StringBuilder();
    Stopwatch generate = Stopwatch.createStarted();
    Problem problem = ProblemGenerator.generate(options.spec());
    generate.stop();

    HeapPeak.reset();
    Stopwatch index = Stopwatch.createStarted();
    CandidateTable candidates;
    Duration indexTime;
    try (ExpertIndex expertIndex = ExpertIndex.inMemory(SearchConfig.defaults())) {
      expertIndex.putAll(problem.experts());
      indexTime = index.elapsed();
      candidates = CandidateGenerator.generate(expertIndex, problem, SolveOptions.DEFAULT_CANDIDATES_PER_SLOT);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    Duration shared = index.elapsed();
    long sharedHeap = HeapPeak.bytes();
    long pairs = candidates.bySeat().values().stream().mapToLong(List::size).sum();
    long seatsWithout = problem.demands().stream().mapToLong(d -> d.seats().size()).sum() - candidates.bySeat().size();

    report.append(String.format(Locale.ROOT, "## %s instance, seed %d, max travel %s km%n%n", options.size(),
            options.seed(), problem.policy().maxTravelKm().isPresent()
                ? String.format(Locale.ROOT, "%.0f", problem.policy().maxTravelKm().getAsDouble()) : "∞"))
        .append(String.format(Locale.ROOT, "%,d experts, %,d demands, %,d slots, %d pins; generated in %s.%n",
            problem.experts().size(), problem.demands().size(), problem.slotCount(), problem.pinned().size(),
            ResultTable.seconds(generate.elapsed())))
        .append(String.format(Locale.ROOT, "JVM options: %s; %d cores.%n", jvmOptions(),
            Runtime.getRuntime().availableProcessors()))
        .append(String.format(Locale.ROOT,
            "Index %s + candidates %s (once, shared by every method; peak heap %.2f GiB): %,d candidate pairs, "
                + "%,d seats without candidate.%n%n",
            ResultTable.seconds(indexTime), ResultTable.seconds(shared.minus(indexTime)),
            sharedHeap / (double) (1L << 30), pairs, seatsWithout));

    List<MethodResult> rows = new ArrayList<>();
    MethodResult greedy = timed("greedy (priority order, most relevant free)", () -> GreedyPlanner.plan(problem, candidates));
    rows.add(greedy);

    HeapPeak.reset();
    Reference flow = FlowRelaxation.solve(problem, candidates);
    rows.add(reference(flow, HeapPeak.bytes()));

    HeapPeak.reset();
    Optional<Reference> exact = CpSatReference.solve(problem, candidates, greedy.plan(), Duration.ofSeconds(options.exactSeconds()),
        options.exactMaxVariables());
    exact.ifPresent(r -> rows.add(reference(r, HeapPeak.bytes())));

    HeapPeak.reset();
    SolveOptions solve = SolveOptions.builder().timeLimit(Duration.ofSeconds(options.seconds())).seed(options.seed()).build();
    PlanningResult solved;
    try (TalentMatchEngine engine = TalentMatchEngine.builder().build()) {
      solved = engine.pipeline().plan(problem, candidates, solve);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    rows.add(new MethodResult("engine solver (OptaPlanner, " + options.seconds() + " s)", solved.plan(),
        solved.timeToFirstFeasible(), solved.solveTime(), OptionalLong.of(solved.scoreCalculationSpeed()),
        HeapPeak.bytes(), OptionalLong.empty()));

    // The ratio divides by the optimum where CP-SAT proved it, else by the tightest proven bound.
    long referenceMedium = exact.filter(r -> r.kind() == Reference.Kind.EXACT).map(Reference::mediumBound)
        .orElse(Math.min(flow.mediumBound(), exact.map(Reference::mediumBound).orElse(Long.MAX_VALUE)));
    String referenceName = exact.filter(r -> r.mediumBound() == referenceMedium).map(r -> r.kind().label())
        .orElse(flow.kind().label());
    report.append(ResultTable.render(problem, rows, referenceMedium, shared))
        .append(String.format(Locale.ROOT, "%nCoverage / reference divides by %s (medium %d)%s.%n",
            referenceName, referenceMedium,
            exact.isEmpty() ? "; CP-SAT skipped: the model exceeds --exact-max-variables " + options.exactMaxVariables()
                : ""))
        .append(exact.map(ProvinceBenchmark::relevanceNote).orElse(""))
        .append(ceilingNote(problem, candidates, solved.plan(), exact))
        .append("The relaxation row's plan may break rule 4 (its hard violations are overlaps): it is a bound, not a plan.\n")
        .append("Worst-off and p10 demand relevance: a demand's mean relevance over its filled slots (PlanChecker.demandFairness).\n");
    return report.toString();
  }

  /** The options the JVM was started with: a cold run's times depend on them (README, "JVM options for one-shot runs"). */
  private static String jvmOptions() {
    List<String> options = ManagementFactory.getRuntimeMXBean().getInputArguments();
    return options.isEmpty() ? "the JVM's defaults" : String.join(" ", options);
  }

  private static String relevanceNote(Reference exact) {
    double found = RelevanceCeiling.total(exact.plan());
    return String.format(Locale.ROOT, "CP-SAT total relevance %.1f%s.%n", found, exact.relevanceBound().isPresent()
        ? String.format(Locale.ROOT, ", proven bound at that coverage %.1f", exact.relevanceBound().getAsDouble())
        : exact.kind() == Reference.Kind.EXACT
            ? " (coverage proven; the relevance solve found no plan in time, so this is the coverage solve's plan)"
            : " (coverage not proven, no relevance bound)");
  }

  /**
   * The engine's total relevance against the tightest bound: {@link RelevanceCeiling}'s, or CP-SAT's
   * proven bound at the optimal coverage when it is tighter and the engine reached that coverage.
   */
  private static String ceilingNote(Problem problem, CandidateTable candidates, Plan engine,
      Optional<Reference> exact) {
    double ceiling = RelevanceCeiling.of(problem, candidates);
    double found = RelevanceCeiling.total(engine);
    // CP-SAT's bound when its relevance solve stopped early can be far looser than the ceiling: then it is left out.
    OptionalDouble proven = exact.filter(r -> r.kind() == Reference.Kind.EXACT)
        .filter(r -> engine.score().medium() == r.mediumBound())
        .map(Reference::relevanceBound).orElse(OptionalDouble.empty());
    boolean provenTighter = proven.isPresent() && proven.getAsDouble() < ceiling;
    double bound = provenTighter ? proven.getAsDouble() : ceiling;
    return String.format(Locale.ROOT,
        "Engine total relevance %.1f; no plan over these candidates exceeds %.1f (each seat's best candidates, "
            + "any coverage)%s: the engine is within %.2f%% of %.1f.%n",
        found, ceiling, provenTighter
            ? String.format(Locale.ROOT, ", nor %.1f at the engine's (optimal) coverage (CP-SAT)", proven.getAsDouble())
            : "", 100 * (bound - found) / bound, bound);
  }

  private static MethodResult timed(String method, java.util.function.Supplier<Plan> planner) {
    HeapPeak.reset();
    long start = System.nanoTime();
    Plan plan = planner.get();
    Duration time = Duration.ofNanos(System.nanoTime() - start);
    return new MethodResult(method, plan, Optional.of(time), time, OptionalLong.empty(), HeapPeak.bytes(),
        OptionalLong.empty());
  }

  /** A reference row; it has no time to first feasible: it starts from the greedy plan. */
  private static MethodResult reference(Reference reference, long heap) {
    return new MethodResult(reference.kind().label(), reference.plan(), Optional.empty(), reference.time(),
        OptionalLong.empty(), heap, OptionalLong.of(reference.mediumBound()));
  }
}
