package org.talentmatch.portal.planning;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.talentmatch.api.InvalidProblemException;
import org.talentmatch.api.MatchingEngine;
import org.talentmatch.api.SolveOptions;
import org.talentmatch.api.model.Problem;
import org.talentmatch.api.plan.Plan;
import org.talentmatch.api.session.PlanningSession;
import org.talentmatch.api.session.SessionChange;
import org.talentmatch.core.io.PlanJson;
import org.talentmatch.portal.ConflictException;
import org.talentmatch.portal.NotFoundException;
import org.talentmatch.portal.config.PortalProperties;

/**
 * Planning jobs: each is a planning session of the engine that keeps solving in the background,
 * takes confirmations (pins) and declines (re-planning) while it lives, and stores every finished
 * run's plan. At most {@code max-live-sessions} live at once; the oldest is closed beyond that (its
 * plan stays readable). Sessions live in memory: a restart closes them.
 */
@Service
public class PlanJobs implements DisposableBean {
  private static final Logger LOG = LoggerFactory.getLogger(PlanJobs.class);

  private final MatchingEngine engine;
  private final ProblemAssembler assembler;
  private final PlanStore store;
  private final PortalProperties properties;
  private final ExecutorService watchers = Executors.newCachedThreadPool(runnable -> {
    Thread thread = new Thread(runnable, "plan-watcher");
    thread.setDaemon(true);
    return thread;
  });
  /** Live jobs, oldest first. */
  private final Map<String, PlanJob> live = new LinkedHashMap<>();

  public PlanJobs(MatchingEngine engine, ProblemAssembler assembler, PlanStore store, PortalProperties properties) {
    this.engine = engine;
    this.assembler = assembler;
    this.store = store;
    this.properties = properties;
    store.markInterrupted();
  }

  /**
   * A plan as the API shows it: a live session's progress and best plan so far, else the stored plan.
   *
   * @param planJson the plan as FORMAT.md JSON; empty before the first run has stored one
   */
  public record PlanView(PlanStore.StoredPlan stored, PlanStatus status, Optional<Progress> progress,
      Optional<String> planJson) {}

  /**
   * Starts planning the portal's current problem.
   *
   * @param timeLimit the run's limit, at most the configured one; empty for the configured one
   * @throws InvalidProblemException if the database's records do not form a valid problem
   */
  public String start(String clerk, Optional<Duration> timeLimit) throws InvalidProblemException {
    requireNonNull(clerk, "clerk");
    PortalProperties.Planning planning = properties.planning();
    Duration limit = timeLimit.filter(t -> t.compareTo(planning.timeLimit()) < 0).orElse(planning.timeLimit());
    Duration unimproved = planning.unimprovedTimeLimit().compareTo(limit) < 0 ? planning.unimprovedTimeLimit() : limit;
    Problem problem = assembler.assemble();
    PlanningSession session = engine.startSession(problem,
        SolveOptions.builder().timeLimit(limit).unimprovedTimeLimit(unimproved).build());
    String id = UUID.randomUUID().toString();
    try {
      PlanJob job = new PlanJob(id, session);
      session.addListener(job::onProgress);
      store.insert(id, problem, clerk);
      register(job);
      job.beginChange();
      watch(job);
    } catch (RuntimeException e) {
      session.close();
      throw e;
    }
    LOG.info("Plan {} started by {}: {} experts, {} demands, {} slots", id, clerk, problem.experts().size(),
        problem.demands().size(), problem.slotCount());
    return id;
  }

  public PlanView view(String id) {
    PlanStore.StoredPlan stored = store.find(id).orElseThrow(() -> new NotFoundException("no plan " + id));
    Optional<PlanJob> job = liveJob(id);
    if (job.isPresent()) {
      Progress progress = job.get().progress();
      return new PlanView(stored, progress.status(), Optional.of(progress),
          Optional.of(PlanJson.toJson(job.get().session().bestPlan())));
    }
    return new PlanView(stored, stored.status(), Optional.empty(), stored.planJson());
  }

  /** The latest plans, newest first, with a live job's current status. */
  public List<PlanStore.PlanSummary> recent(int limit) {
    return store.recent(limit).stream()
        .map(plan -> liveJob(plan.id())
            .map(job -> new PlanStore.PlanSummary(plan.id(), job.progress().status(), plan.createdAt(), plan.createdBy()))
            .orElse(plan))
        .toList();
  }

  /** Streams a live plan's progress; a plan no longer live gets its final state and the end of the stream. */
  public SseEmitter events(String id) {
    PlanStore.StoredPlan stored = store.find(id).orElseThrow(() -> new NotFoundException("no plan " + id));
    // No run outlasts its time limit; the margin covers searching the candidates before it.
    SseEmitter emitter = new SseEmitter(properties.planning().timeLimit().multipliedBy(2).plusMinutes(5).toMillis());
    liveJob(id).ifPresentOrElse(job -> job.listen(emitter), () -> {
      try {
        emitter.send(SseEmitter.event().name("progress").data(new Progress(stored.status(), 0, 0, 0, 0, 0, 0)));
        emitter.complete();
      } catch (IOException gone) {
        emitter.completeWithError(gone);
      }
    });
    return emitter;
  }

  /**
   * Applies a clerk's decision to a live plan: a confirmation pins the arrangement (and stands for
   * later plans), a decline re-plans without that expert in that demand and withdraws the
   * confirmations it releases.
   *
   * @throws InvalidProblemException if the slot or expert is not in the plan's problem
   * @throws ConflictException if the plan is no longer live
   */
  public SessionChange decide(String id, Decision decision, String clerk) throws InvalidProblemException {
    store.find(id).orElseThrow(() -> new NotFoundException("no plan " + id));
    PlanJob job = liveJob(id).orElseThrow(() -> new ConflictException(
        "plan " + id + " is closed (newer plans, or a restart): start a new plan; confirmations stand"));
    boolean startWatcher = job.beginChange();
    SessionChange change;
    try {
      change = job.session().apply(decision.toChange());
    } catch (IllegalStateException stopped) {
      throw new ConflictException("plan " + id + " was closed meanwhile: start a new plan");
    } finally {
      // Even a refused change needs its run ended: the watcher finds the session idle at once.
      if (startWatcher) {
        watch(job);
      }
    }
    store.record(id, decision, change.releasedPins(), clerk);
    LOG.info("Plan {}: {} {} seat {} slot {} by {}", id, decision.confirmed() ? "confirmed" : "declined",
        decision.demandId(), decision.seat(), decision.slot(), clerk);
    return change;
  }

  private void watch(PlanJob job) {
    watchers.submit(() -> {
      try {
        while (true) {
          long seen = job.changes();
          Plan plan = job.session().awaitCompletion();
          PlanJob.RunEnd end = job.endRun(seen);
          if (end == PlanJob.RunEnd.ENDED) {
            store.solved(job.id(), plan);
          }
          if (end != PlanJob.RunEnd.CHANGED) {
            return;
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (RuntimeException e) {
        LOG.error("Plan {} failed", job.id(), e);
        if (job.end(PlanStatus.FAILED)) {
          store.end(job.id(), PlanStatus.FAILED, Optional.empty());
        }
        unregister(job.id());
        job.session().close();
      }
    });
  }

  private synchronized Optional<PlanJob> liveJob(String id) {
    return Optional.ofNullable(live.get(id));
  }

  private void register(PlanJob job) {
    List<PlanJob> evicted = new ArrayList<>();
    synchronized (this) {
      live.put(job.id(), job);
      var oldest = live.values().iterator();
      while (live.size() > properties.planning().maxLiveSessions()) {
        evicted.add(oldest.next());
        oldest.remove();
      }
    }
    evicted.forEach(this::close);
  }

  private synchronized void unregister(String id) {
    live.remove(id);
  }

  private void close(PlanJob job) {
    if (!job.end(PlanStatus.CLOSED)) {
      return;
    }
    Plan last = job.session().bestPlan();
    job.session().close();
    store.end(job.id(), PlanStatus.CLOSED, Optional.of(last));
  }

  @Override
  public void destroy() {
    watchers.shutdownNow();
    List<PlanJob> all;
    synchronized (this) {
      all = new ArrayList<>(live.values());
      live.clear();
    }
    all.forEach(this::close);
  }
}
