package org.talentmatch.benchmarks.solver;

import java.io.File;
import java.util.List;
import java.util.Map;
import org.optaplanner.benchmark.api.PlannerBenchmarkFactory;
import org.optaplanner.benchmark.config.PlannerBenchmarkConfig;
import org.optaplanner.benchmark.config.ProblemBenchmarksConfig;
import org.optaplanner.benchmark.config.SolverBenchmarkConfig;
import org.optaplanner.benchmark.config.statistic.ProblemStatisticType;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicType;
import org.optaplanner.core.config.heuristic.selector.move.composite.UnionMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.ChangeMoveSelectorConfig;
import org.optaplanner.core.config.heuristic.selector.move.generic.SwapMoveSelectorConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.localsearch.decider.acceptor.AcceptorType;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.phase.PhaseConfig;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.talentmatch.core.solver.CoverageRepair;
import org.talentmatch.core.solver.GreedyConstruction;
import org.talentmatch.core.solver.PlanSolver;
import org.talentmatch.core.solver.domain.MatchingSolution;

/**
 * OptaPlanner benchmark of solver configurations on the mid-size generated instance, so that the
 * default of {@link PlanSolver} is chosen by measurement. Each variant changes one thing of the
 * default (greedy construction and coverage repair in one custom phase, then late acceptance 400 with
 * change and swap moves): the construction (OptaPlanner's first fit decreasing, then the repair), or the
 * local-search acceptor, or the move selection. Solvers run one after
 * the other (the machine has 2 cores), each for the same time; the HTML report, with best score over
 * time and score calculation speed, goes to {@code benchmarks/target/optaplanner-benchmark/}.
 *
 * <p>Run from the repository root: {@code java -cp benchmarks/target/benchmarks.jar
 * org.talentmatch.benchmarks.solver.SolverBenchmark [--seconds 30] [--seed 2027]}
 */
public final class SolverBenchmark {
  static final File REPORT_DIRECTORY = new File("benchmarks/target/optaplanner-benchmark");
  private static final long DEFAULT_SECONDS = 30;

  private SolverBenchmark() {}

  public static void main(String[] args) throws Exception {
    long seconds = DEFAULT_SECONDS;
    long seed = MidSizeInstance.DEFAULT_SEED;
    for (int i = 0; i < args.length; i += 2) {
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("missing value after " + args[i]);
      }
      switch (args[i]) {
        case "--seconds" -> seconds = Long.parseLong(args[i + 1]);
        case "--seed" -> seed = Long.parseLong(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i] + "; use --seconds N --seed N");
      }
    }
    MidSizeInstance instance = MidSizeInstance.generate(seed);
    System.out.println("instance: " + instance + "; " + seconds + " s per solver");
    MatchingSolution start = new PlanSolver().startingSolution(instance.problem(), instance.candidates());
    PlannerBenchmarkFactory.create(config(seconds, seed)).buildPlannerBenchmark(start).benchmark();
    File report = latestRun();
    System.out.println("report: " + new File(report, "index.html").getPath());
    BenchmarkRanking.read(report).forEach(System.out::println);
  }

  /** The run just made: OptaPlanner names each run's directory by its start time. */
  private static File latestRun() {
    File[] runs = REPORT_DIRECTORY.listFiles(File::isDirectory);
    if (runs == null || runs.length == 0) {
      throw new IllegalStateException("no benchmark run under " + REPORT_DIRECTORY);
    }
    return java.util.Arrays.stream(runs).max(java.util.Comparator.comparing(File::getName)).orElseThrow();
  }

  /** The benchmark: one solver per variant, the same termination, seed and statistics for all. */
  static PlannerBenchmarkConfig config(long seconds, long seed) {
    SolverBenchmarkConfig inherited = new SolverBenchmarkConfig()
        .withProblemBenchmarksConfig(new ProblemBenchmarksConfig()
            .withProblemStatisticTypes(ProblemStatisticType.BEST_SCORE, ProblemStatisticType.SCORE_CALCULATION_SPEED));
    return new PlannerBenchmarkConfig()
        .withName("talentmatch mid-size")
        .withBenchmarkDirectory(REPORT_DIRECTORY)
        .withParallelBenchmarkCount("1")
        .withWarmUpSecondsSpentLimit(Math.min(seconds, 15))
        .withInheritedSolverBenchmarkConfig(inherited)
        .withSolverBenchmarkConfigList(variants(seconds, seed));
  }

  /** Names are file names in the report: letters, digits, spaces, {@code _-.()} only. */
  static List<SolverBenchmarkConfig> variants(long seconds, long seed) {
    PhaseConfig<?> defaultConstruction = PlanSolver.defaultSolverConfig().getPhaseConfigList().get(0);
    PhaseConfig<?> defaultLocalSearch = PlanSolver.defaultSolverConfig().getPhaseConfigList().get(1);
    PhaseConfig<?> firstFitDecreasing = new ConstructionHeuristicPhaseConfig()
        .withConstructionHeuristicType(ConstructionHeuristicType.FIRST_FIT_DECREASING);
    PhaseConfig<?> repair = new CustomPhaseConfig().withCustomPhaseCommandClassList(List.of(CoverageRepair.class));
    return List.of(
        solver("Greedy then late acceptance 400 (default)", seconds, seed, defaultConstruction, defaultLocalSearch),
        solver("FFD and repair then late acceptance 400", seconds, seed, firstFitDecreasing, repair,
            defaultLocalSearch),
        solver("Greedy weighing 16 then late acceptance 400", seconds, seed,
            new CustomPhaseConfig().withCustomPhaseCommandClassList(List.of(GreedyConstruction.class))
                .withCustomProperties(Map.of("candidatesWeighed", "16")),
            repair, defaultLocalSearch),
        solver("Greedy then late acceptance 50", seconds, seed, defaultConstruction,
            lateAcceptance(50)),
        solver("Greedy then late acceptance 2000", seconds, seed, defaultConstruction,
            lateAcceptance(2000)),
        solver("Greedy then entity tabu 7 (1000 accepted)", seconds, seed, defaultConstruction,
            new LocalSearchPhaseConfig()
                .withAcceptorConfig(new LocalSearchAcceptorConfig().withEntityTabuSize(7))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1000))),
        solver("Greedy then great deluge", seconds, seed, defaultConstruction,
            new LocalSearchPhaseConfig()
                .withAcceptorConfig(new LocalSearchAcceptorConfig().withAcceptorTypeList(List.of(AcceptorType.GREAT_DELUGE)))
                .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1))),
        solver("Greedy then late acceptance 400 change moves only", seconds, seed, defaultConstruction,
            ((LocalSearchPhaseConfig) defaultLocalSearch.copyConfig())
                .withMoveSelectorConfig(new ChangeMoveSelectorConfig())),
        solver("Greedy then late acceptance 400 without emptying moves", seconds, seed, defaultConstruction,
            ((LocalSearchPhaseConfig) defaultLocalSearch.copyConfig()).withMoveSelectorConfig(new UnionMoveSelectorConfig()
                .withMoveSelectors(new ChangeMoveSelectorConfig().withFilterClass(KeepFilledSlotsFilled.class),
                    new SwapMoveSelectorConfig()))));
  }

  private static LocalSearchPhaseConfig lateAcceptance(int size) {
    return new LocalSearchPhaseConfig()
        .withAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(size))
        .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1));
  }

  /** A variant: its phases in order, with the same seed and time limit as every other. */
  private static SolverBenchmarkConfig solver(String name, long seconds, long seed, PhaseConfig<?>... phases) {
    SolverConfig config = PlanSolver.defaultSolverConfig()
        .withPhases(phases)
        .withRandomSeed(seed)
        .withTerminationConfig(new TerminationConfig().withSecondsSpentLimit(seconds));
    return new SolverBenchmarkConfig().withName(name).withSolverConfig(config);
  }
}
