package org.talentmatch.core.solver;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.api.solver.event.BestSolutionChangedEvent;
import org.optaplanner.core.api.solver.event.SolverEventListener;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.phase.PhaseConfig;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;
import org.optaplanner.core.config.localsearch.decider.acceptor.LocalSearchAcceptorConfig;
import org.optaplanner.core.config.localsearch.decider.forager.LocalSearchForagerConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.optaplanner.core.impl.localsearch.scope.LocalSearchPhaseScope;
import org.optaplanner.core.impl.phase.event.PhaseLifecycleListenerAdapter;
import org.optaplanner.core.impl.phase.scope.AbstractPhaseScope;
import org.optaplanner.core.impl.solver.DefaultSolver;
import org.optaplanner.core.impl.solver.scope.SolverScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.talentmatch.api.PlanProgress;
import org.talentmatch.api.SolveOptions;
import org.talentmatch.api.model.Problem;
import org.talentmatch.api.plan.Assignment;
import org.talentmatch.api.plan.PlanExplanation;
import org.talentmatch.api.plan.SlotRef;
import org.talentmatch.core.search.CandidateTable;
import org.talentmatch.core.solver.domain.ExpertFact;
import org.talentmatch.core.solver.domain.MatchingConstraintConfiguration;
import org.talentmatch.core.solver.domain.MatchingSolution;
import org.talentmatch.core.solver.domain.SeatSlot;

/**
 * Plans a validated problem over its candidate table with OptaPlanner (Bavet constraint streams): one
 * custom phase builds a feasible plan ({@link GreedyConstruction}: slots with fewest candidates first,
 * each weighing a few free candidates by score; then {@link CoverageRepair}: augmenting paths that fill
 * slots change and swap moves cannot reach), then late-acceptance local search, in
 * {@link EnvironmentMode#REPRODUCIBLE} mode so that a seed and an evaluation limit
 * ({@link SolveOptions#evaluationLimit()}) fix the plan on any machine. At province scale (15,000
 * slots) the first feasible plan, every pin kept, comes in about 2 s, where OptaPlanner's first fit
 * decreasing took 8 s; {@code SolverBenchmark} compares the two. Thread-safe and reusable; the weights
 * are fixed per instance.
 */
public final class PlanSolver {
  private static final Logger LOG = LoggerFactory.getLogger(PlanSolver.class);
  private static final int LATE_ACCEPTANCE_SIZE = 400;

  private final MatchingWeights weights;
  private final SolverConfig baseConfig;
  private final PlanExplainer explainer;

  public PlanSolver() {
    this(MatchingWeights.defaults());
  }

  public PlanSolver(MatchingWeights weights) {
    this.weights = requireNonNull(weights, "weights");
    this.baseConfig = baseConfig();
    SolutionManager<MatchingSolution, HardMediumSoftLongScore> solutionManager =
        SolutionManager.create(SolverFactory.create(baseConfig));
    this.explainer = new PlanExplainer(solutionManager);
  }

  public MatchingWeights weights() {
    return weights;
  }

  /**
   * Solves a validated problem. Pinned experts keep their seats (first free slots in order); every
   * other slot gets one of its seat's candidates or stays empty.
   *
   * @throws IllegalArgumentException if the candidate table or a pin names an expert, demand or seat
   *     the problem lacks, or a seat has more pins than slots
   */
  public SolverOutcome solve(Problem problem, CandidateTable candidates, SolveOptions options) {
    return solveFrom(startingSolution(problem, candidates), problem, options);
  }

  /**
   * Re-plans a validated problem from its previous plan: pins as {@link #solve}; every other
   * assignment of {@code previous} that still fits its seat starts in place, and moving it costs the
   * {@code keep-previous-assignment} weight, so the solver moves as few as coverage and the other goals
   * justify.
   *
   * @throws IllegalArgumentException as {@link #solve}
   */
  public SolverOutcome resolve(Problem problem, CandidateTable candidates, List<Assignment> previous,
      SolveOptions options) {
    requireNonNull(previous, "previous");
    return solveFrom(new SolutionBuilder(problem, candidates, configuration()).withPrevious(previous), problem,
        options);
  }

  private SolverOutcome solveFrom(MatchingSolution start, Problem problem, SolveOptions options) {
    requireNonNull(options, "options");
    DefaultSolver<MatchingSolution> solver = (DefaultSolver<MatchingSolution>)
        SolverFactory.<MatchingSolution>create(solveConfig(options, hasChoice(start))).buildSolver();
    ProgressRelay progress = new ProgressRelay(options.progressListener(), start.slots().size());
    solver.addEventListener(progress);
    solver.addPhaseLifecycleListener(progress);
    LOG.debug("Solving {} slots of {} demands over {} experts", start.slots().size(), problem.demands().size(),
        problem.experts().size());
    long startNanos = System.nanoTime();
    MatchingSolution best = solver.solve(start);
    Duration elapsed = Duration.ofNanos(System.nanoTime() - startNanos);
    long scoreCalculations = solver.getSolverScope().getScoreCalculationCount();
    PlanExplainer.ExplainedPlan plan = explainer.explain(best);
    LOG.debug("Solved in {}: {} ({} score calculations)", elapsed, plan.score(), scoreCalculations);
    Optional<Duration> firstFeasible = progress.firstFeasible()
        .or(() -> plan.score().isFeasible() ? Optional.of(elapsed) : Optional.empty());
    return new SolverOutcome(plan.score(), plan.assignments(), plan.unfilled(), firstFeasible, scoreCalculations,
        elapsed, plan.explanation());
  }

  /**
   * Planning sessions: the model of a validated problem with each confirmed expert pinned on the slot
   * it holds and every other slot empty, reusing the expert facts of {@code known} (those of the
   * session's working solution) by id.
   *
   * @throws IllegalArgumentException as {@link #solve}
   */
  public MatchingSolution sessionModel(Problem problem, CandidateTable candidates, Map<SlotRef, String> pinnedSlots,
      List<ExpertFact> known) {
    return new SolutionBuilder(problem, candidates, configuration(), known).withPinnedSlots(pinnedSlots);
  }

  /**
   * Planning sessions: starts solving {@code start} asynchronously; see {@link LiveSolver}. The
   * options' limits bound each run (the first, and each after a change); {@code progress} hears every
   * new best plan.
   */
  public LiveSolver startLive(MatchingSolution start, SolveOptions options, Consumer<PlanProgress> progress) {
    return new LiveSolver(this, start, requireNonNull(options, "options"), progress);
  }

  /** Planning sessions: a best solution of a {@link LiveSolver}, scored and explained. */
  public SolverOutcome outcome(MatchingSolution solution, Duration elapsed) {
    PlanExplainer.ExplainedPlan plan = explainer.explain(solution);
    return new SolverOutcome(plan.score(), plan.assignments(), plan.unfilled(),
        plan.score().isFeasible() ? Optional.of(elapsed) : Optional.empty(), 0, elapsed, plan.explanation());
  }

  /**
   * The configuration of a {@link LiveSolver}: a daemon (it waits for problem changes once a run is
   * done), the options' limits on local search rather than on the solver so that each run after a
   * change gets them afresh, and {@code started} and {@code idle} as the first and last phases of each run.
   */
  SolverConfig liveConfig(SolveOptions options, CustomPhaseCommand<MatchingSolution> started,
      CustomPhaseCommand<MatchingSolution> idle) {
    SolverConfig config = baseConfig.copyConfig().withDaemon(true);
    options.seed().ifPresent(seed -> config.withRandomSeed(seed));
    List<PhaseConfig> phases = new ArrayList<>(config.getPhaseConfigList());
    LocalSearchPhaseConfig localSearch = ((LocalSearchPhaseConfig) phases.get(phases.size() - 1)).copyConfig();
    phases.set(phases.size() - 1, localSearch.withTerminationConfig(termination(options)));
    phases.add(0, new CustomPhaseConfig().withCustomPhaseCommands(started));
    phases.add(new CustomPhaseConfig().withCustomPhaseCommands(idle));
    return config.withPhaseList(phases);
  }

  /**
   * Explains a plan of {@code problem}: rebuilds its slots from {@code assignments} and lets the same
   * constraints score it. An assigned expert missing from the seat's candidates counts with an
   * unknown (zero) relevance.
   *
   * @throws IllegalArgumentException if an assignment names an expert, demand, seat or slot the
   *     problem lacks, or two assignments share a slot
   */
  public PlanExplanation explain(Problem problem, CandidateTable candidates, List<Assignment> assignments) {
    MatchingSolution solution = new SolutionBuilder(problem, candidates, configuration()).withAssignments(assignments);
    return explainer.explain(solution).explanation();
  }

  /**
   * The planning model this solver starts from for {@code problem} (pins placed, its weights), for
   * benchmarks that solve it with other configurations (see {@link #defaultSolverConfig()}).
   *
   * @throws IllegalArgumentException as {@link #solve}
   */
  public MatchingSolution startingSolution(Problem problem, CandidateTable candidates) {
    return new SolutionBuilder(problem, candidates, configuration()).withPins();
  }

  /**
   * A copy of the configuration {@link #solve} uses, without termination, seed or progress relay:
   * the baseline that solver benchmarks vary.
   */
  public static SolverConfig defaultSolverConfig() {
    return baseConfig();
  }

  private MatchingConstraintConfiguration configuration() {
    return new MatchingConstraintConfiguration(weights.skillRelevance(), weights.demandFairness(), weights.travelPerKm(),
        weights.loadBalance(), weights.cooldownPerDay(), weights.continuity(), weights.huicaiCard(),
        weights.countyCoverage(), weights.keepPreviousAssignment());
  }

  /**
   * Whether local search has a move to make: a free slot with two candidates to change between, or two
   * free slots to swap. Without one (every slot pinned, or one free slot with one candidate) it would
   * idle until the time limit, so the construction heuristic alone solves.
   */
  private static boolean hasChoice(MatchingSolution solution) {
    List<SeatSlot> free = solution.slots().stream()
        .filter(slot -> !slot.isPinned() && !slot.candidates().isEmpty()).toList();
    return free.size() >= 2 || free.stream().anyMatch(slot -> slot.candidates().size() >= 2);
  }

  private SolverConfig solveConfig(SolveOptions options, boolean hasChoice) {
    SolverConfig config = baseConfig.copyConfig().withTerminationConfig(termination(options));
    options.seed().ifPresent(seed -> config.withRandomSeed(seed));
    if (!hasChoice) {
      config.withPhases(config.getPhaseConfigList().get(0));
    }
    return config;
  }

  private static TerminationConfig termination(SolveOptions options) {
    TerminationConfig termination = new TerminationConfig().withSpentLimit(options.timeLimit());
    options.unimprovedTimeLimit().ifPresent(termination::withUnimprovedSpentLimit);
    options.evaluationLimit().ifPresent(termination::withScoreCalculationCountLimit);
    return termination;
  }

  private static SolverConfig baseConfig() {
    LocalSearchPhaseConfig localSearch = new LocalSearchPhaseConfig()
        .withAcceptorConfig(new LocalSearchAcceptorConfig().withLateAcceptanceSize(LATE_ACCEPTANCE_SIZE))
        .withForagerConfig(new LocalSearchForagerConfig().withAcceptedCountLimit(1));
    return new SolverConfig()
        .withSolutionClass(MatchingSolution.class)
        .withEntityClasses(SeatSlot.class)
        .withConstraintProviderClass(MatchingConstraints.class)
        .withEnvironmentMode(EnvironmentMode.REPRODUCIBLE)
        .withPhases(
            new CustomPhaseConfig().withCustomPhaseCommandClassList(
                List.of(GreedyConstruction.class, CoverageRepair.class)),
            localSearch);
  }

  /**
   * Relays new best plans to the host's listener and notes when the first feasible one came. Local
   * search announces new bests through the public event; the construction heuristic only through the
   * phase lifecycle (our slots count as initialized from the start, so OptaPlanner does not fire).
   */
  private static final class ProgressRelay extends PhaseLifecycleListenerAdapter<MatchingSolution>
      implements SolverEventListener<MatchingSolution> {
    private final Consumer<PlanProgress> listener;
    private final int slotsTotal;
    private Duration firstFeasible;

    ProgressRelay(Consumer<PlanProgress> listener, int slotsTotal) {
      this.listener = listener;
      this.slotsTotal = slotsTotal;
    }

    @Override
    public void phaseEnded(AbstractPhaseScope<MatchingSolution> phaseScope) {
      if (!(phaseScope instanceof LocalSearchPhaseScope)) {
        SolverScope<MatchingSolution> solverScope = phaseScope.getSolverScope();
        relay((HardMediumSoftLongScore) solverScope.getBestScore(), solverScope.getBestSolution(),
            solverScope.getBestSolutionTimeMillisSpent());
      }
    }

    @Override
    public void bestSolutionChanged(BestSolutionChangedEvent<MatchingSolution> event) {
      relay((HardMediumSoftLongScore) event.getNewBestScore(), event.getNewBestSolution(), event.getTimeMillisSpent());
    }

    private void relay(HardMediumSoftLongScore score, MatchingSolution best, long millisSpent) {
      if (!score.isSolutionInitialized()) {
        return;
      }
      Duration elapsed = Duration.ofMillis(millisSpent);
      if (firstFeasible == null && score.isFeasible()) {
        firstFeasible = elapsed;
      }
      listener.accept(new PlanProgress(PlanExplainer.planScore(score), (int) best.filledCount(), slotsTotal, elapsed));
    }

    Optional<Duration> firstFeasible() {
      return Optional.ofNullable(firstFeasible);
    }
  }
}
