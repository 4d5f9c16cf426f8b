package org.talentmatch.api.session;

import java.util.function.Consumer;
import org.talentmatch.api.InvalidProblemException;
import org.talentmatch.api.PlanProgress;
import org.talentmatch.api.change.PlanChange;
import org.talentmatch.api.model.Problem;
import org.talentmatch.api.plan.Plan;

/**
 * A plan being solved in the background that takes changes while it runs (OptaPlanner problem
 * changes): the clerk's view of a living plan. Started by
 * {@link org.talentmatch.api.MatchingEngine#startSession}.
 *
 * <p>Each run of the solver (the first, and one after every change) is bounded by the session's
 * {@link org.talentmatch.api.SolveOptions} limits; between runs the solver waits for the next change.
 * The session ends with {@link #stop()} or {@link #close()}.
 *
 * <p>Thread-safe: every method may be called from any thread. Changes are applied one at a time in
 * the order {@link #apply} is entered. Listeners are called on a solver thread, never concurrently
 * with each other.
 *
 * <p>Determinism: the solver runs in OptaPlanner's reproducible mode with the options' seed, so a
 * session's first run with a seed and an evaluation limit repeats itself (it need not equal
 * {@link org.talentmatch.api.MatchingEngine#plan}'s plan: the session bounds local search per run
 * rather than the whole solve). Once changes arrive, the plan depends on the moment (the solver's
 * progress) at which each one arrives, so it is not reproducible.
 */
public interface PlanningSession extends AutoCloseable {

  /** Adds a listener of new best plans (score, filled slots, time since the session started). */
  void addListener(Consumer<PlanProgress> listener);

  /** The problem as the changes applied so far left it: its pins are the confirmed arrangements. */
  Problem problem();

  /**
   * The best plan so far of {@link #problem()}, explained, each assignment with its ranked alternates.
   * Right after {@link #apply} returns, it already reflects that change.
   */
  Plan bestPlan();

  /**
   * Applies a change to the running session and waits until the solver has taken it in. A decline
   * empties that slot and removes the expert from every seat of that demand for good (a confirmed
   * arrangement declined is released, and the result says so); unavailable dates empty that expert's
   * slots on them; a cancelled demand's slots leave the plan; a moved or added demand gets fresh
   * candidates; an added expert becomes a candidate of the seats they match; a confirmation pins the
   * arrangement. Confirmed arrangements never move unless a change invalidates them.
   *
   * @throws InvalidProblemException if the change refers to something the session's current problem
   *     or best plan lacks, or leaves the problem invalid (the error paths read {@code $.changes[i]},
   *     {@code i} the index the change would have had among the changes taken so far, from 0); the
   *     session is unchanged then
   * @throws IllegalStateException if the session has stopped
   */
  SessionChange apply(PlanChange change) throws InvalidProblemException;

  /** Whether the solver is still working on the latest change (or the first run). */
  boolean isSolving();

  /**
   * Waits until the solver has finished its run for every change applied so far (its time, unimproved
   * or evaluation limit reached) or the session stopped, and returns the best plan. The session stays
   * open: a later {@link #apply} starts a new run.
   */
  Plan awaitCompletion() throws InterruptedException;

  /** Stops solving for good and returns the final plan; later changes are refused. Idempotent. */
  Plan stop() throws InterruptedException;

  /** Stops solving, without waiting for a final plan, and releases the solver and the session's index. */
  @Override
  void close();
}
