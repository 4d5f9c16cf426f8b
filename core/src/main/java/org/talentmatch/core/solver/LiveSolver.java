package org.talentmatch.core.solver;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.api.solver.SolverJob;
import org.optaplanner.core.api.solver.SolverManager;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.talentmatch.api.PlanProgress;
import org.talentmatch.api.SolveOptions;
import org.talentmatch.core.solver.domain.MatchingSolution;

/**
 * One planning session's solver: an OptaPlanner {@link SolverManager} with a single job, solving in
 * daemon mode. Each run (construction, coverage repair, local search until the options' limits) ends
 * in a last phase that marks the solver idle; the solver then waits for the next problem change
 * ({@link #change}), which restarts the phases with fresh limits, or for {@link #stop()}.
 *
 * <p>Thread-safe: changes may come from any thread; OptaPlanner applies them in submission order
 * between two moves. Best solutions are snapshots (clones); the latest is the one of the highest
 * revision and, within it, the best score.
 */
public final class LiveSolver implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LiveSolver.class);
  private static final Long JOB_ID = 1L;

  private final SolverManager<MatchingSolution, Long> manager;
  private final SolverJob<MatchingSolution, Long> job;
  private final Consumer<PlanProgress> progress;
  private final long startNanos = System.nanoTime();
  private final Object lock = new Object();
  /** Guarded by {@link #lock}. */
  private MatchingSolution best;
  private long submittedRevision;
  private long startedRevision = -1;
  private long idleRevision = -1;
  private boolean stopping;
  private boolean ended;
  private Throwable failure;

  LiveSolver(PlanSolver solver, MatchingSolution start, SolveOptions options, Consumer<PlanProgress> progress) {
    this.progress = requireNonNull(progress, "progress");
    this.best = requireNonNull(start, "start");
    this.manager = SolverManager.create(SolverFactory.<MatchingSolution>create(
        solver.liveConfig(options, this::runStarted, this::wentIdle)));
    this.job = manager.solveAndListen(JOB_ID, id -> start, this::bestFound, this::finalBest, this::failed);
  }

  /**
   * Queues the change to the model {@code target} (built for the changed problem with the expert facts
   * of {@link #best()}); the future completes once a best solution containing it was published.
   *
   * @throws IllegalStateException if the solver has stopped
   */
  public CompletableFuture<Void> change(MatchingSolution target) {
    synchronized (lock) {
      checkRunning();
      submittedRevision++;
      return job.addProblemChange(new SessionSync(target, submittedRevision));
    }
  }

  /** The latest best solution; {@link MatchingSolution#revision()} says which change it includes. */
  public MatchingSolution best() {
    synchronized (lock) {
      return best;
    }
  }

  /** The revision of the latest change submitted (0 before any). */
  public long submittedRevision() {
    synchronized (lock) {
      return submittedRevision;
    }
  }

  /** Whether the solver has finished its run for every change submitted so far, or stopped. */
  public boolean isIdle() {
    synchronized (lock) {
      return ended || idleRevision >= submittedRevision;
    }
  }

  /**
   * Waits until {@link #isIdle()}.
   *
   * @throws IllegalStateException if solving failed (a defect: the model is validated before)
   */
  public void awaitIdle() throws InterruptedException {
    synchronized (lock) {
      while (!ended && idleRevision < submittedRevision) {
        lock.wait();
      }
      if (failure != null) {
        throw new IllegalStateException("solving failed", failure);
      }
    }
  }

  /** Whether the solver has stopped, or is stopping, and takes no more changes. */
  public boolean isStopped() {
    synchronized (lock) {
      return stopping || ended;
    }
  }

  /** Terminates solving and waits for the final best solution, which it returns. */
  public MatchingSolution stop() throws InterruptedException {
    refuseChangesAndAwaitLastStart();
    job.terminateEarly();
    try {
      offer(job.getFinalBestSolution());
    } catch (ExecutionException e) {
      failed(JOB_ID, e.getCause());
    }
    synchronized (lock) {
      ended = true;
      lock.notifyAll();
      if (failure != null) {
        throw new IllegalStateException("solving failed", failure);
      }
      return best;
    }
  }

  /** Time since the session started solving. */
  public Duration elapsed() {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }

  @Override
  public void close() {
    try {
      refuseChangesAndAwaitLastStart();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    job.terminateEarly();
    manager.close();
    synchronized (lock) {
      ended = true;
      lock.notifyAll();
    }
  }

  /**
   * Works around OptaPlanner 10.1's {@code DefaultSolverJob}: a run that starts (after a problem change)
   * while {@code terminateEarly} holds the job's lock fails with an {@code IllegalMonitorStateException},
   * as its listener unlocks a lock it does not hold. So no change is taken once stopping begins, and
   * termination waits until the run of the last change has started.
   */
  private void refuseChangesAndAwaitLastStart() throws InterruptedException {
    synchronized (lock) {
      stopping = true;
      while (!ended && startedRevision < submittedRevision) {
        lock.wait();
      }
    }
  }

  private void checkRunning() {
    if (stopping || ended) {
      throw new IllegalStateException(failure != null ? "solving failed" : "the session has stopped", failure);
    }
  }

  /** The first phase of each run, on the solver's thread: the run has started. */
  private void runStarted(ScoreDirector<MatchingSolution> scoreDirector) {
    synchronized (lock) {
      startedRevision = Math.max(startedRevision, scoreDirector.getWorkingSolution().revision());
      lock.notifyAll();
    }
  }

  /** The last phase of each run, on the solver's thread: the working solution is the run's best. */
  private void wentIdle(ScoreDirector<MatchingSolution> scoreDirector) {
    InnerScoreDirector<MatchingSolution, ?> inner = (InnerScoreDirector<MatchingSolution, ?>) scoreDirector;
    inner.calculateScore();
    MatchingSolution snapshot = inner.cloneWorkingSolution();
    offer(snapshot);
    synchronized (lock) {
      idleRevision = Math.max(idleRevision, snapshot.revision());
      lock.notifyAll();
    }
    LOG.debug("Session solver idle at revision {}: {}", snapshot.revision(), snapshot.score());
  }

  private void bestFound(MatchingSolution solution) {
    offer(solution);
  }

  private void finalBest(MatchingSolution solution) {
    offer(solution);
    synchronized (lock) {
      ended = true;
      lock.notifyAll();
    }
  }

  private void failed(Long jobId, Throwable error) {
    LOG.error("Session solver failed", error);
    synchronized (lock) {
      failure = error;
      ended = true;
      lock.notifyAll();
    }
  }

  /** Keeps {@code solution} if it is newer or better than the best so far; relays it to progress if so. */
  private void offer(MatchingSolution solution) {
    HardMediumSoftLongScore score = solution.score();
    if (score == null || !score.isSolutionInitialized()) {
      return;
    }
    synchronized (lock) {
      boolean newer = solution.revision() > best.revision();
      boolean same = solution.revision() == best.revision();
      if (!newer && !(same && (best.score() == null || score.compareTo(best.score()) > 0))) {
        if (same && score.equals(best.score())) {
          best = solution;
        }
        return;
      }
      best = solution;
    }
    try {
      progress.accept(new PlanProgress(PlanExplainer.planScore(score), (int) solution.filledCount(),
          solution.slots().size(), elapsed()));
    } catch (RuntimeException e) {
      LOG.warn("A progress listener failed; solving goes on", e);
    }
  }
}
