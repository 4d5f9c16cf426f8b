package org.talentmatch.core.engine;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Stopwatch;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.talentmatch.api.InvalidProblemException;
import org.talentmatch.api.SolveOptions;
import org.talentmatch.api.ValidationError;
import org.talentmatch.api.change.Exclusion;
import org.talentmatch.api.change.PlanChange;
import org.talentmatch.api.change.Replan;
import org.talentmatch.api.model.Problem;
import org.talentmatch.api.plan.Assignment;
import org.talentmatch.api.plan.Plan;
import org.talentmatch.api.plan.PlanExplanation;
import org.talentmatch.api.plan.SupplyReport;
import org.talentmatch.api.plan.UnfilledSlot;
import org.talentmatch.api.session.PlanningSession;
import org.talentmatch.core.check.PlanChecker;
import org.talentmatch.core.replan.AppliedChanges;
import org.talentmatch.core.replan.Alternates;
import org.talentmatch.core.replan.ChangeApplier;
import org.talentmatch.core.replan.Disruption;
import org.talentmatch.core.replan.Exclusions;
import org.talentmatch.core.search.CandidateGenerator;
import org.talentmatch.core.search.CandidateTable;
import org.talentmatch.core.search.ExpertIndex;
import org.talentmatch.core.search.SearchConfig;
import org.talentmatch.core.solver.PlanSolver;
import org.talentmatch.core.solver.SolverOutcome;
import org.talentmatch.core.supply.SupplyCheck;
import org.talentmatch.core.supply.UnfilledReasons;
import org.talentmatch.core.validate.PlanValidator;
import org.talentmatch.core.validate.ProblemValidator;

/**
 * The planning path, one way: validate → index → candidates → supply check → solve → explain →
 * alternates → plan; re-planning puts "apply the changes" first and solves from the previous plan. Each call works on its own in-memory index of the problem's experts, so runs share no state.
 * Thread-safe.
 */
public final class PlanningPipeline {
  private static final Logger LOG = LoggerFactory.getLogger(PlanningPipeline.class);

  private final SearchConfig searchConfig;
  private final PlanSolver solver;

  public PlanningPipeline(SearchConfig searchConfig, PlanSolver solver) {
    this.searchConfig = requireNonNull(searchConfig, "searchConfig");
    this.solver = requireNonNull(solver, "solver");
  }

  /** Runs the whole pipeline on a problem. */
  public PlanningResult plan(Problem problem, SolveOptions options) throws InvalidProblemException {
    validate(problem);
    return solveWith(problem, search(problem, options.candidatesPerSlot(), UnaryOperator.identity()), List.of(),
        options);
  }

  /**
   * Re-plans after changes: validates the problem and its previous plan, applies the changes
   * ({@link ChangeApplier}), searches candidates for the changed problem afresh (declined experts left
   * out of their demands), then solves from the previous plan so that as few of its assignments move
   * as coverage and the other goals justify. The plan's metrics report {@code moved} ({@link Disruption}).
   *
   * @throws InvalidProblemException if the problem or plan is invalid or a change refers to something
   *     missing ({@code $.changes[i]…})
   */
  public ReplanningResult replan(Problem problem, Plan previous, List<PlanChange> changes, SolveOptions options)
      throws InvalidProblemException {
    requireNonNull(changes, "changes");
    requireNonNull(options, "options");
    validate(problem);
    throwIfAny(PlanValidator.validate(problem, requireNonNull(previous, "previous")));
    AppliedChanges applied = ChangeApplier.apply(problem, previous, changes);
    Problem changed = applied.problem();
    Searched searched = search(changed, options.candidatesPerSlot(),
        candidates -> Exclusions.apply(candidates, applied.exclusions()));
    PlanningResult planned = solveWith(changed, searched, applied.standing(), options);
    Plan plan = planned.plan();
    int moved = Disruption.moved(previous.assignments(), applied.declined(), plan.assignments());
    Plan withMoved = new Plan(plan.score(), plan.assignments(), plan.unfilled(), plan.metrics().withMoved(moved));
    List<Exclusion> exclusions = applied.exclusions().stream()
        .sorted(Comparator.comparing(Exclusion::demandId).thenComparing(Exclusion::expertId)).toList();
    LOG.info("Re-planned after {} changes: {} assignments moved, {} pins released", changes.size(), moved,
        applied.releasedPins().size());
    return new ReplanningResult(new Replan(changed, withMoved, applied.releasedPins(), exclusions),
        planned.withPlan(withMoved));
  }

  /**
   * The pipeline from a candidate table the caller built (with {@link CandidateGenerator#generate}
   * over the problem's experts): supply check → solve → explain → plan. For benchmarks that give
   * several planners the very same candidates; the result's index and candidate times are zero.
   * {@code options.candidatesPerSlot()} is not used.
   */
  public PlanningResult plan(Problem problem, CandidateTable candidates, SolveOptions options)
      throws InvalidProblemException {
    validate(problem);
    return solveWith(problem, Searched.byCaller(requireNonNull(candidates, "candidates")), List.of(), options);
  }

  /** A problem's candidate table, with the time this pipeline spent indexing and searching for it. */
  private record Searched(CandidateTable candidates, Duration indexTime, Duration candidateTime) {
    /** A table the caller built: this pipeline neither indexed nor searched. */
    static Searched byCaller(CandidateTable candidates) {
      return new Searched(candidates, Duration.ZERO, Duration.ZERO);
    }
  }

  /**
   * Indexes the problem's experts and searches every seat's candidates, passed through {@code adjust};
   * the index is closed before the table is solved.
   */
  private Searched search(Problem problem, int candidatesPerSlot, UnaryOperator<CandidateTable> adjust) {
    Stopwatch indexWatch = Stopwatch.createStarted();
    return withIndexOf(problem, index -> {
      indexWatch.stop();
      Stopwatch candidateWatch = Stopwatch.createStarted();
      CandidateTable candidates = adjust.apply(CandidateGenerator.generate(index, problem, candidatesPerSlot));
      candidateWatch.stop();
      LOG.info("Indexed {} experts in {}; {} seats got candidates in {}", problem.experts().size(),
          indexWatch.elapsed(), candidates.bySeat().size(), candidateWatch.elapsed());
      return new Searched(candidates, indexWatch.elapsed(), candidateWatch.elapsed());
    });
  }

  /** Solves from scratch, or from {@code previous} (re-planning) when it has assignments. */
  private PlanningResult solveWith(Problem problem, Searched searched, List<Assignment> previous,
      SolveOptions options) {
    CandidateTable candidates = searched.candidates();
    SupplyReport supply = SupplyCheck.check(problem, candidates, searchConfig.defaultMinRelevance());
    LOG.info("{} seats have candidates; {} slots have no candidate", candidates.bySeat().size(),
        supply.slotsWithoutCandidate());

    SolverOutcome outcome = previous.isEmpty()
        ? solver.solve(problem, candidates, options)
        : solver.resolve(problem, candidates, previous, options);
    Plan plan = assemble(problem, candidates, supply, outcome);
    long pairs = candidates.bySeat().values().stream().mapToLong(List::size).sum();
    return new PlanningResult(plan, supply, searched.indexTime(), searched.candidateTime(),
        outcome.timeToFirstFeasible(), outcome.elapsed(), outcome.scoreCalculationCount(),
        candidates.bySeat().size(), pairs);
  }

  /** A solver's outcome as a plan: unfilled slots with their reasons, assignments with alternates, metrics. */
  static Plan assemble(Problem problem, CandidateTable candidates, SupplyReport supply, SolverOutcome outcome) {
    UnfilledReasons reasons = UnfilledReasons.of(problem, candidates, supply, outcome.assignments());
    List<UnfilledSlot> unfilled = outcome.unfilled().stream().map(reasons::reasonFor).toList();
    List<Assignment> assignments =
        Alternates.attach(problem, candidates, outcome.assignments(), Alternates.DEFAULT_COUNT);
    return new Plan(outcome.score(), assignments, unfilled, PlanChecker.metrics(problem, assignments));
  }

  /**
   * Starts a planning session on a problem: its own in-memory index of the problem's experts, candidates
   * as {@link #plan}, then solving in the background ({@link SolvingSession}).
   *
   * @throws InvalidProblemException if the problem is invalid
   */
  public PlanningSession startSession(Problem problem, SolveOptions options) throws InvalidProblemException {
    requireNonNull(options, "options");
    validate(problem);
    return SolvingSession.start(problem, options, searchConfig, solver);
  }

  /** The supply check alone: which seats nobody can fill, and why. */
  public SupplyReport checkSupply(Problem problem, int candidatesPerSlot) throws InvalidProblemException {
    validate(problem);
    return withIndexOf(problem, index -> SupplyCheck.check(problem,
        CandidateGenerator.generate(index, problem, candidatesPerSlot), searchConfig.defaultMinRelevance()));
  }

  /** Explains a plan of a problem with the solver's own score calculation. */
  public PlanExplanation explain(Problem problem, Plan plan, int candidatesPerSlot) throws InvalidProblemException {
    validate(problem);
    throwIfAny(PlanValidator.validate(problem, plan));
    return withIndexOf(problem,
        index -> solver.explain(problem, CandidateGenerator.generate(index, problem, candidatesPerSlot), plan.assignments()));
  }

  private static void validate(Problem problem) throws InvalidProblemException {
    throwIfAny(ProblemValidator.validate(problem));
  }

  private static void throwIfAny(List<ValidationError> errors) throws InvalidProblemException {
    if (!errors.isEmpty()) {
      throw new InvalidProblemException(errors);
    }
  }

  /** Runs {@code work} on a fresh in-memory index of the problem's experts, closed afterwards. */
  private <T> T withIndexOf(Problem problem, Function<ExpertIndex, T> work) {
    try (ExpertIndex index = ExpertIndex.inMemory(searchConfig)) {
      index.putAll(problem.experts());
      return work.apply(index);
    } catch (IOException e) {
      // An in-memory directory has no file to fail on; closing it cannot really throw.
      throw new UncheckedIOException(e);
    }
  }
}
