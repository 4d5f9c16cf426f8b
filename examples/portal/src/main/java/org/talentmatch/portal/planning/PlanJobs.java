package org.talentmatch.portal.planning;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
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
  /** An event stream outlives any run the portal's limits allow. */
  private static final Duration STREAM_TIMEOUT = Duration.ofMinutes(30);

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
   * @throws InvalidProblemException if the database's records and confirmations do not form a valid problem
   */
  public String start(String clerk, Optional<Duration> timeLimit) throws InvalidProblemException {
    requireNonNull(clerk, "clerk");
    PortalProperties.Planning planning = properties.planning();
    Duration limit = timeLimit.filter(t -> t.compareTo(planning.timeLimit()) < 0).orElse(planning.timeLimit());
    Problem problem = assembler.assemble();
    String id = UUID.randomUUID().toString();
    PlanJob[] job = new PlanJob[1];
    SolveOptions options = SolveOptions.builder()
        .timeLimit(limit)
        .unimprovedTimeLimit(planning.unimprovedTimeLimit().compareTo(limit) < 0 ? planning.unimprovedTimeLimit() : limit)
        .progressListener(progress -> {
          if (job[0] != null) {
            job[0].onProgress(progress);
          }
        })
        .build();
    PlanningSession session = engine.startSession(problem, options);
    store.insert(id, problem, clerk);
    job[0] = new PlanJob(id, session);
    register(job[0]);
    LOG.info("Plan {} started by {}: {} experts, {} demands, {} slots", id, clerk, problem.experts().size(),
        problem.demands().size(), problem.slotCount());
    job[0].changed();
    watch(job[0]);
    return id;
  }

  public PlanView view(String id) {
    PlanStore.StoredPlan stored = store.find(id).orElseThrow(() -> new NoSuchElementException("no plan " + id));
    Optional<PlanJob> job = liveJob(id);
    if (job.isPresent()) {
      Progress progress = job.get().progress();
      return new PlanView(stored, progress.status(), Optional.of(progress),
          Optional.of(PlanJson.toJson(job.get().session().bestPlan())));
    }
    return new PlanView(stored, stored.status(), Optional.empty(), stored.planJson());
  }

  public List<String> recent(int limit) {
    return store.recentIds(limit);
  }

  /** Streams a live plan's progress; a plan no longer live gets its final state and the end of the stream. */
  public SseEmitter events(String id) {
    PlanStore.StoredPlan stored = store.find(id).orElseThrow(() -> new NoSuchElementException("no plan " + id));
    SseEmitter emitter = new SseEmitter(STREAM_TIMEOUT.toMillis());
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
   * later plans), a decline re-plans without that expert in that demand.
   *
   * @throws InvalidProblemException if the slot or expert is not in the plan's problem
   * @throws IllegalStateException if the plan is no longer live
   */
  public SessionChange decide(String id, Decision decision, String clerk) throws InvalidProblemException {
    store.find(id).orElseThrow(() -> new NoSuchElementException("no plan " + id));
    PlanJob job = liveJob(id).orElseThrow(() -> new IllegalStateException(
        "plan " + id + " is closed (newer plans, or a restart): start a new plan; confirmations stand"));
    SessionChange change = job.session().apply(decision.toChange());
    store.record(id, decision, clerk);
    store.update(id, PlanStatus.SOLVING, Optional.empty());
    if (job.changed()) {
      watch(job);
    }
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
          store.update(job.id(), PlanStatus.SOLVED, Optional.of(plan));
          if (job.finish(seen, PlanStatus.SOLVED)) {
            return;
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (RuntimeException e) {
        LOG.error("Plan {} failed", job.id(), e);
        store.update(job.id(), PlanStatus.FAILED, Optional.empty());
        job.finish(job.changes(), PlanStatus.FAILED);
        unregister(job.id()).ifPresent(failed -> failed.session().close());
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

  private synchronized Optional<PlanJob> unregister(String id) {
    return Optional.ofNullable(live.remove(id));
  }

  private void close(PlanJob job) {
    Plan last = job.session().bestPlan();
    job.session().close();
    job.finish(job.changes(), PlanStatus.CLOSED);
    store.update(job.id(), PlanStatus.CLOSED, Optional.of(last));
  }

  @Override
  public void destroy() {
    List<PlanJob> all;
    synchronized (this) {
      all = new ArrayList<>(live.values());
      live.clear();
    }
    all.forEach(this::close);
    watchers.shutdownNow();
  }
}
