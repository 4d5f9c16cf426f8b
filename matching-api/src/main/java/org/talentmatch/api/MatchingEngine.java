package org.talentmatch.api;

import java.io.Closeable;
import java.util.Collection;
import java.util.List;
import org.talentmatch.api.change.PlanChange;
import org.talentmatch.api.change.Replan;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.Expert;
import org.talentmatch.api.model.Policy;
import org.talentmatch.api.model.Problem;
import org.talentmatch.api.plan.Plan;
import org.talentmatch.api.plan.PlanExplanation;
import org.talentmatch.api.plan.SupplyReport;
import org.talentmatch.api.search.Candidate;
import org.talentmatch.api.search.DemandMatch;
import org.talentmatch.api.session.PlanningSession;

/**
 * The matching engine a portal embeds. Thread-safe: many threads may search while one updates.
 *
 * <p>The engine keeps a live pool of experts and open demands for search and push. Planning is
 * self-contained: {@link #plan} considers exactly the experts and demands of the problem it is given,
 * so the same problem gives the same plan whatever the pool holds.
 */
public interface MatchingEngine extends Closeable {

  /** Adds an expert to the live pool, or replaces the one with the same id. */
  void putExpert(Expert expert);

  /** Adds or replaces many experts in one commit. */
  void putExperts(Collection<Expert> experts);

  /** Removes an expert from the live pool; returns whether one was there. */
  boolean removeExpert(String expertId);

  /** Number of experts in the live pool. */
  int expertCount();

  /** Publishes an open demand for push, or replaces the one with the same id. */
  void putDemand(Demand demand);

  /** Withdraws an open demand; returns whether one was there. */
  boolean removeDemand(String demandId);

  /**
   * Experts of the live pool that fit one seat of a demand, best first: each has passed every hard
   * filter of {@code policy} and has a relevance of at least its floor.
   *
   * @throws IndexOutOfBoundsException if the demand has no seat {@code seatIndex}
   */
  List<Candidate> searchCandidates(Demand demand, int seatIndex, Policy policy, int limit);

  /**
   * Open demands that fit an expert of the live pool (人才信息推送), best first, each with its
   * best-fitting seat.
   *
   * @throws java.util.NoSuchElementException if the pool has no expert {@code expertId}
   */
  List<DemandMatch> recommendDemands(String expertId, Policy policy, int limit);

  /** Lists, before solving, every seat nobody can fill and why, with shortfalls by program and city. */
  SupplyReport checkSupply(Problem problem) throws InvalidProblemException;

  /** Plans a problem: validate, index, generate candidates, solve, explain. */
  Plan plan(Problem problem, SolveOptions options) throws InvalidProblemException;

  /** Explains a plan of a problem with the engine's own score calculation. */
  PlanExplanation explain(Problem problem, Plan plan) throws InvalidProblemException;

  /**
   * Re-plans after changes: applies {@code changes} in order to the problem and its previous plan,
   * then plans the changed problem keeping every confirmed arrangement and moving as few other
   * assignments of {@code previous} as it can. Each assignment of the new plan carries its ranked
   * alternates.
   *
   * @throws InvalidProblemException if the problem or plan is invalid, or a change refers to something
   *     that does not exist once the earlier changes are applied (the error names
   *     {@code $.changes[i]…})
   */
  Replan replan(Problem problem, Plan previous, List<PlanChange> changes, SolveOptions options)
      throws InvalidProblemException;

  /**
   * Starts solving a problem in the background and returns the session that takes changes while it
   * runs. The session considers exactly the problem's experts (and those changes add), as
   * {@link #plan} does. {@code options.progressListener()} hears every new best plan.
   *
   * @throws InvalidProblemException if the problem is invalid (nothing is started then)
   */
  PlanningSession startSession(Problem problem, SolveOptions options) throws InvalidProblemException;
}
