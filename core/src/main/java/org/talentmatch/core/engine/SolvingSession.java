package org.talentmatch.core.engine;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.talentmatch.api.InvalidProblemException;
import org.talentmatch.api.PlanProgress;
import org.talentmatch.api.SolveOptions;
import org.talentmatch.api.ValidationError;
import org.talentmatch.api.change.Exclusion;
import org.talentmatch.api.change.PlanChange;
import org.talentmatch.api.change.ReleasedPin;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.Expert;
import org.talentmatch.api.model.Pin;
import org.talentmatch.api.model.Problem;
import org.talentmatch.api.plan.Assignment;
import org.talentmatch.api.plan.Plan;
import org.talentmatch.api.plan.SlotRef;
import org.talentmatch.api.plan.SupplyReport;
import org.talentmatch.api.search.Candidate;
import org.talentmatch.api.session.PlanningSession;
import org.talentmatch.api.session.SessionChange;
import org.talentmatch.core.replan.AppliedChanges;
import org.talentmatch.core.replan.ChangeApplier;
import org.talentmatch.core.replan.Disruption;
import org.talentmatch.core.replan.Exclusions;
import org.talentmatch.core.search.CandidateGenerator;
import org.talentmatch.core.search.CandidateTable;
import org.talentmatch.core.search.ExpertIndex;
import org.talentmatch.core.search.SearchConfig;
import org.talentmatch.core.search.SeatKey;
import org.talentmatch.core.solver.LiveSolver;
import org.talentmatch.core.solver.PlanSolver;
import org.talentmatch.core.solver.domain.MatchingSolution;
import org.talentmatch.core.solver.domain.SeatSlot;
import org.talentmatch.core.supply.SupplyCheck;

/**
 * The {@link PlanningSession} of talentmatch. Each change is checked and applied to the session's
 * problem with {@link ChangeApplier} against the best plan so far; the candidate table follows
 * (declines filtered out for good, a moved or added demand searched afresh in the session's own
 * index, an added expert or new unavailable dates answered by a new search of every seat); then the
 * model of the changed problem goes to the running solver as one OptaPlanner problem change
 * ({@link LiveSolver#change}), and {@link #apply} returns once the solver has taken it in.
 *
 * <p>Thread-safe: changes are serialized on one lock; plans are built from the solver's latest best
 * solution on another, each matched with the problem of its revision.
 */
final class SolvingSession implements PlanningSession {
  private static final Logger LOG = LoggerFactory.getLogger(SolvingSession.class);

  /**
   * The problem a revision of the working solution solves, with its candidates and confirmed slots;
   * after a change, the plan it started from and the assignments declined by it, to count moves.
   */
  private record Revision(Problem problem, CandidateTable candidates, SupplyReport supply,
      Map<SlotRef, String> pinnedSlots, Optional<Plan> before, List<Assignment> declined) {}

  private final PlanSolver solver;
  private final SearchConfig searchConfig;
  private final ExpertIndex index;
  private final int candidatesPerSlot;
  private final List<Consumer<PlanProgress>> listeners = new CopyOnWriteArrayList<>();
  private final Map<Long, Revision> revisions = new ConcurrentHashMap<>();
  private final Object changeLock = new Object();
  private final Object planLock = new Object();
  private final LiveSolver live;
  /** Guarded by {@link #changeLock}. */
  private Revision current;
  private int changeCount;
  private final Set<Exclusion> exclusions = new LinkedHashSet<>();
  /** Guarded by {@link #planLock}: the last plan built, and the snapshot it was built from. */
  private MatchingSolution planned;
  private Plan plan;

  private SolvingSession(PlanSolver solver, SearchConfig searchConfig, ExpertIndex index, Problem problem,
      SolveOptions options) {
    this.solver = solver;
    this.searchConfig = searchConfig;
    this.index = index;
    this.candidatesPerSlot = options.candidatesPerSlot();
    listeners.add(options.progressListener());
    CandidateTable candidates = CandidateGenerator.generate(index, problem, candidatesPerSlot);
    MatchingSolution start = solver.startingSolution(problem, candidates);
    Map<SlotRef, String> pinnedSlots = new HashMap<>();
    start.slots().stream().filter(SeatSlot::isPinned).forEach(s -> pinnedSlots.put(s.ref(), s.expert().id()));
    this.current = revision(problem, candidates, pinnedSlots, Optional.empty(), List.of());
    revisions.put(start.revision(), current);
    this.live = solver.startLive(start, options, this::relay);
  }

  /** Starts a session on a valid problem. */
  static SolvingSession start(Problem problem, SolveOptions options, SearchConfig searchConfig, PlanSolver solver) {
    ExpertIndex index = ExpertIndex.inMemory(searchConfig);
    try {
      index.putAll(problem.experts());
      return new SolvingSession(solver, searchConfig, index, problem, options);
    } catch (RuntimeException e) {
      closeQuietly(index);
      throw e;
    }
  }

  @Override
  public void addListener(Consumer<PlanProgress> listener) {
    listeners.add(requireNonNull(listener, "listener"));
  }

  @Override
  public Problem problem() {
    synchronized (changeLock) {
      return current.problem();
    }
  }

  @Override
  public Plan bestPlan() {
    synchronized (planLock) {
      MatchingSolution best = live.best();
      if (best != planned) {
        Revision revision = revisions.get(best.revision());
        // Explaining recalculates the snapshot's score in place: hence the lock.
        Plan assembled = PlanningPipeline.assemble(revision.problem(), revision.candidates(), revision.supply(),
            solver.outcome(best, live.elapsed()));
        plan = revision.before()
            .map(before -> new Plan(assembled.score(), assembled.assignments(), assembled.unfilled(),
                assembled.metrics().withMoved(Disruption.moved(before.assignments(), revision.declined(),
                    assembled.assignments()))))
            .orElse(assembled);
        planned = best;
        revisions.keySet().removeIf(older -> older < best.revision());
      }
      return plan;
    }
  }

  @Override
  public SessionChange apply(PlanChange change) throws InvalidProblemException {
    requireNonNull(change, "change");
    synchronized (changeLock) {
      if (live.isStopped()) {
        throw new IllegalStateException("the session has stopped");
      }
      int changeIndex = changeCount;
      Plan before = bestPlan();
      ChangeApplier applier = new ChangeApplier(current.problem(), before);
      applier.apply(change);
      AppliedChanges applied;
      try {
        applied = applier.result();
      } catch (InvalidProblemException e) {
        throw renumbered(e, changeIndex);
      }
      Problem changed = applied.problem();
      List<ReleasedPin> released = applied.releasedPins().stream()
          .map(r -> new ReleasedPin(r.pin(), changeIndex, r.reason(), r.reasonEn())).toList();
      exclusions.addAll(applied.exclusions());
      Revision next = revision(changed, Exclusions.apply(candidatesAfter(change, changed), exclusions),
          pinnedSlotsAfter(change, changed, released), Optional.of(before), applied.declined());
      MatchingSolution target = solver.sessionModel(changed, next.candidates(), next.pinnedSlots(),
          live.best().experts());
      revisions.put(live.submittedRevision() + 1, next);
      CompletableFuture<Void> taken = live.change(target);
      current = next;
      changeCount++;
      awaitTaken(taken);
      LOG.debug("Session change {} ({}) taken in; {} pins released", changeIndex,
          change.getClass().getSimpleName(), released.size());
      return new SessionChange(changeIndex, change, released);
    }
  }

  @Override
  public boolean isSolving() {
    return !live.isIdle();
  }

  @Override
  public Plan awaitCompletion() throws InterruptedException {
    live.awaitIdle();
    return bestPlan();
  }

  @Override
  public Plan stop() throws InterruptedException {
    live.stop();
    return bestPlan();
  }

  @Override
  public void close() {
    live.close();
    closeQuietly(index);
  }

  private Revision revision(Problem problem, CandidateTable candidates, Map<SlotRef, String> pinnedSlots,
      Optional<Plan> before, List<Assignment> declined) {
    return new Revision(problem, candidates, SupplyCheck.check(problem, candidates, searchConfig.defaultMinRelevance()),
        Map.copyOf(pinnedSlots), before, List.copyOf(declined));
  }

  /** The candidate table of the changed problem, declines not yet filtered out. */
  private CandidateTable candidatesAfter(PlanChange change, Problem changed) {
    if (change instanceof PlanChange.CancelDemand cancel) {
      return withSeatsOf(cancel.demandId(), Map.of());
    } else if (change instanceof PlanChange.MoveDemand move) {
      return searchedAgain(changed, move.demandId());
    } else if (change instanceof PlanChange.AddDemand add) {
      return searchedAgain(changed, add.demand().id());
    } else if (change instanceof PlanChange.Unavailable unavailable) {
      index.put(expert(changed, unavailable.expertId()));
      return CandidateGenerator.generate(index, changed, candidatesPerSlot);
    } else if (change instanceof PlanChange.AddExpert add) {
      index.put(add.expert());
      return CandidateGenerator.generate(index, changed, candidatesPerSlot);
    }
    return current.candidates(); // confirm, decline: the same seats (declines are filtered by the caller)
  }

  /** The current table with the seats of one demand of {@code changed} searched anew. */
  private CandidateTable searchedAgain(Problem changed, String demandId) {
    Demand demand = changed.demands().stream().filter(d -> d.id().equals(demandId)).findFirst().orElseThrow();
    Problem alone = changed.toBuilder().demands(List.of(demand)).pinned(List.of()).build();
    return withSeatsOf(demandId, CandidateGenerator.generate(index, alone, candidatesPerSlot).bySeat());
  }

  private CandidateTable withSeatsOf(String demandId, Map<SeatKey, List<Candidate>> seats) {
    Map<SeatKey, List<Candidate>> bySeat = new HashMap<>(current.candidates().bySeat());
    bySeat.keySet().removeIf(seat -> seat.demandId().equals(demandId));
    bySeat.putAll(seats);
    return new CandidateTable(bySeat);
  }

  /** Confirmed slots after a change: released pins and cancelled demands leave, a confirmation joins. */
  private Map<SlotRef, String> pinnedSlotsAfter(PlanChange change, Problem changed, List<ReleasedPin> released) {
    Map<SlotRef, String> pinned = new HashMap<>(current.pinnedSlots());
    Set<String> demandIds = new LinkedHashSet<>();
    changed.demands().forEach(d -> demandIds.add(d.id()));
    pinned.keySet().removeIf(ref -> !demandIds.contains(ref.demandId()));
    for (ReleasedPin release : released) {
      Pin pin = release.pin();
      pinned.entrySet().stream()
          .filter(e -> e.getKey().demandId().equals(pin.demandId()) && e.getKey().seat() == pin.seat()
              && e.getValue().equals(pin.expertId()))
          .findFirst().map(Map.Entry::getKey).ifPresent(pinned::remove);
    }
    if (change instanceof PlanChange.Confirm confirm) {
      pinned.put(confirm.slot(), confirm.expertId());
    }
    return pinned;
  }

  private void relay(PlanProgress progress) {
    for (Consumer<PlanProgress> listener : listeners) {
      try {
        listener.accept(progress);
      } catch (RuntimeException e) {
        LOG.warn("A progress listener failed; solving goes on", e);
      }
    }
  }

  /** Waits for the solver to take a change in; an interrupt is kept for the caller to see. */
  private static void awaitTaken(CompletableFuture<Void> taken) {
    try {
      taken.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      throw new IllegalStateException("the solver could not take the change in", e.getCause());
    }
  }

  private static Expert expert(Problem problem, String expertId) {
    return problem.experts().stream().filter(e -> e.id().equals(expertId)).findFirst().orElseThrow();
  }

  /** The applier numbers its one change 0; the session's count is what the caller knows. */
  private static InvalidProblemException renumbered(InvalidProblemException e, int changeIndex) {
    List<ValidationError> errors = new ArrayList<>();
    for (ValidationError error : e.errors()) {
      errors.add(new ValidationError(error.path().replace("$.changes[0]", "$.changes[" + changeIndex + "]"),
          error.message()));
    }
    return new InvalidProblemException(errors);
  }

  private static void closeQuietly(ExpertIndex index) {
    try {
      index.close();
    } catch (IOException e) {
      LOG.warn("Closing the session's index failed", e);
    }
  }
}
