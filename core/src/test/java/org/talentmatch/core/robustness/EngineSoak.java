package org.talentmatch.core.robustness;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Queue;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.talentmatch.api.SolveOptions;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.Expert;
import org.talentmatch.api.model.HostUnit;
import org.talentmatch.api.model.HostUnitType;
import org.talentmatch.api.model.Policy;
import org.talentmatch.api.model.Problem;
import org.talentmatch.api.model.Seat;
import org.talentmatch.api.model.SeatRole;
import org.talentmatch.api.search.Candidate;
import org.talentmatch.core.engine.TalentMatchEngine;
import org.talentmatch.core.generator.GeneratorSpec;
import org.talentmatch.core.generator.ProblemGenerator;
import org.talentmatch.core.io.PlanJson;
import org.talentmatch.core.region.County;
import org.talentmatch.core.region.ShandongRegions;

/**
 * A bounded concurrency soak of one {@link TalentMatchEngine}: four searchers, one updater putting,
 * moving and removing experts, one planner and one demand recommender, all at once. A watchdog
 * fails on a deadlock or on a thread that stops making progress, with a thread dump. Afterwards:
 * no thread failed, no update was lost (the count, and a search for every expert the updater wrote,
 * find its last version; removed experts are gone), every plan made during the soak equals the plan
 * made alone before it, and searches and pushes on the final state equal those of a fresh engine
 * built single-threaded from the final experts. Used by {@code EngineSoakTest} (5 s) and the
 * benchmarks' {@code Soak} command (60 s).
 */
public final class EngineSoak {
  private static final Problem POOL = ProblemGenerator.generate(GeneratorSpec.of(200, 40, 5));
  private static final Policy POLICY = POOL.policy();
  /** The searches that check the updater's experts: no floor, so a weak match still shows. */
  private static final Policy PROBE_POLICY = Policy.defaults().withMinRelevance(0.0);
  private static final Problem PLANNED = ProblemGenerator.generate(GeneratorSpec.of(60, 10, 3));
  private static final SolveOptions PLAN_OPTIONS = SolveOptions.builder().seed(1).evaluationLimit(2_000).build();
  private static final int SEARCHERS = 4;
  private static final int ALL = 10_000;
  /** A thread with no finished operation for this long counts as hung. */
  private static final Duration STALL = Duration.ofSeconds(30);
  private static final long WATCH_MILLIS = 200;

  private final Duration duration;
  private final List<Demand> demands = POOL.demands().subList(0, 20);
  private final List<County> counties = ShandongRegions.get().counties();
  private final Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
  private final AtomicBoolean running = new AtomicBoolean(true);
  /** The updater's own record: what the pool must hold once it stops. */
  private final Map<String, Expert> written = new LinkedHashMap<>();
  private final Set<String> removed = new LinkedHashSet<>();

  private EngineSoak(Duration duration) {
    this.duration = duration;
  }

  /** What ran, per worker: finished operations. */
  public record Report(Duration duration, Map<String, Long> operations, int finalExperts) {
    @Override
    public String toString() {
      return String.format("soak of %d s: %s operations (%s); %d experts at the end; no failure, no stall,"
              + " no lost update, final state equal to a serial rebuild",
          duration.toSeconds(), operations.values().stream().mapToLong(Long::longValue).sum(), operations,
          finalExperts);
    }
  }

  /**
   * Runs the soak for {@code duration}.
   *
   * @throws AssertionError on any failure, stall, deadlock, lost update or inconsistency
   */
  public static Report run(Duration duration) throws Exception {
    return new EngineSoak(duration).soak();
  }

  private Report soak() throws Exception {
    try (TalentMatchEngine engine = TalentMatchEngine.builder().build()) {
      List<Expert> initial = POOL.experts().subList(0, 100);
      engine.putExperts(initial);
      initial.forEach(e -> written.put(e.id(), e));
      demands.forEach(engine::putDemand);
      String expectedPlan = PlanJson.toJson(engine.plan(PLANNED, PLAN_OPTIONS));

      Map<String, Runnable> work = new LinkedHashMap<>();
      for (int s = 0; s < SEARCHERS; s++) {
        Random random = new Random(s);
        work.put("searcher-" + s, () -> search(engine, random));
      }
      Random updates = new Random(42);
      work.put("updater", () -> update(engine, updates));
      work.put("planner", () -> plan(engine, expectedPlan));
      Random pushes = new Random(7);
      work.put("recommender", () -> recommend(engine, pushes));
      Map<String, Long> operations = runAll(work);

      if (!failures.isEmpty()) {
        AssertionError error = new AssertionError(failures.size() + " operations failed during the soak");
        failures.forEach(error::addSuppressed);
        throw error;
      }
      checkNoLostUpdate(engine);
      checkEqualToSerialRebuild(engine);
      return new Report(duration, operations, engine.expertCount());
    }
  }

  /** Runs every worker in a loop until the time is up, watching for deadlocks and stalls. */
  private Map<String, Long> runAll(Map<String, Runnable> work) throws InterruptedException {
    Map<String, AtomicLong> done = new LinkedHashMap<>();
    List<Thread> threads = new ArrayList<>();
    work.forEach((name, operation) -> {
      AtomicLong count = new AtomicLong();
      done.put(name, count);
      Thread thread = new Thread(() -> {
        try {
          while (running.get()) {
            operation.run();
            count.incrementAndGet();
          }
        } catch (Throwable t) {
          failures.add(new AssertionError(name + " failed", t));
        }
      }, "soak-" + name);
      thread.setDaemon(true);
      threads.add(thread);
    });
    threads.forEach(Thread::start);
    watch(done);
    running.set(false);
    for (Thread thread : threads) {
      thread.join(STALL.toMillis());
      if (thread.isAlive()) {
        throw new AssertionError(thread.getName() + " did not stop within " + STALL + "\n" + threadDump());
      }
    }
    Map<String, Long> operations = new LinkedHashMap<>();
    done.forEach((name, count) -> operations.put(name, count.get()));
    operations.forEach((name, count) -> {
      if (count == 0) {
        failures.add(new AssertionError(name + " finished no operation"));
      }
    });
    return operations;
  }

  private void watch(Map<String, AtomicLong> done) throws InterruptedException {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long start = System.nanoTime();
    long end = start + duration.toNanos();
    Map<String, Long> lastCount = new LinkedHashMap<>();
    Map<String, Long> lastProgress = new LinkedHashMap<>();
    done.keySet().forEach(name -> lastProgress.put(name, start));
    while (System.nanoTime() < end && failures.isEmpty()) {
      TimeUnit.MILLISECONDS.sleep(WATCH_MILLIS);
      if (threads.findDeadlockedThreads() != null) {
        throw new AssertionError("deadlock\n" + threadDump());
      }
      long now = System.nanoTime();
      for (Map.Entry<String, AtomicLong> worker : done.entrySet()) {
        long count = worker.getValue().get();
        if (!Objects.equals(lastCount.put(worker.getKey(), count), count)) {
          lastProgress.put(worker.getKey(), now);
        } else if (now - lastProgress.get(worker.getKey()) > STALL.toNanos()) {
          throw new AssertionError(worker.getKey() + " made no progress for " + STALL + "\n" + threadDump());
        }
      }
    }
  }

  private void search(TalentMatchEngine engine, Random random) {
    Demand demand = demands.get(random.nextInt(demands.size()));
    List<Candidate> found = engine.searchCandidates(demand, random.nextInt(demand.seats().size()), POLICY, 20);
    long distinct = found.stream().map(Candidate::expertId).distinct().count();
    if (distinct != found.size()) {
      throw new AssertionError("an expert found twice (an old and a new version at once): " + found);
    }
  }

  /** The one writer: puts (moved to another county), removes, or puts a few at once, and records it. */
  private void update(TalentMatchEngine engine, Random random) {
    Expert expert = POOL.experts().get(random.nextInt(POOL.experts().size()));
    switch (random.nextInt(3)) {
      case 0 -> {
        Expert moved = expert.toBuilder().location(counties.get(random.nextInt(counties.size())).location()).build();
        engine.putExpert(moved);
        record(moved);
      }
      case 1 -> {
        boolean wasThere = engine.removeExpert(expert.id());
        if (wasThere != (written.remove(expert.id()) != null)) {
          throw new AssertionError("removeExpert(" + expert.id() + ") answered " + wasThere);
        }
        removed.add(expert.id());
      }
      default -> {
        int from = random.nextInt(POOL.experts().size() - 5);
        List<Expert> few = POOL.experts().subList(from, from + 5);
        engine.putExperts(few);
        few.forEach(this::record);
      }
    }
  }

  private void record(Expert expert) {
    written.put(expert.id(), expert);
    removed.remove(expert.id());
  }

  private static void plan(TalentMatchEngine engine, String expected) {
    try {
      String plan = PlanJson.toJson(engine.plan(PLANNED, PLAN_OPTIONS));
      if (!plan.equals(expected)) {
        throw new AssertionError("a plan made during the soak differs from the same plan made alone");
      }
    } catch (org.talentmatch.api.InvalidProblemException e) {
      throw new AssertionError(e);
    }
  }

  private static void recommend(TalentMatchEngine engine, Random random) {
    String expertId = POOL.experts().get(random.nextInt(POOL.experts().size())).id();
    try {
      engine.recommendDemands(expertId, POLICY, 10);
    } catch (NoSuchElementException removedMeanwhile) {
      // Not in the pool at this moment: the documented answer.
    }
  }

  /** The count, every written expert's last version, and no removed expert. */
  private void checkNoLostUpdate(TalentMatchEngine engine) {
    if (engine.expertCount() != written.size()) {
      throw new AssertionError("lost update: " + engine.expertCount() + " experts, the updater wrote "
          + written.size());
    }
    for (Expert expert : written.values()) {
      Candidate found = engine.searchCandidates(probe(expert), 0, PROBE_POLICY, ALL).stream()
          .filter(c -> c.expertId().equals(expert.id())).findFirst()
          .orElseThrow(() -> new AssertionError("lost update: " + expert.id() + " not found"));
      if (found.distanceKm() > 1.0) {
        throw new AssertionError("lost update: " + expert.id() + " found at its old location, "
            + found.distanceKm() + " km from its last one");
      }
    }
    for (String id : removed) {
      try {
        engine.recommendDemands(id, POLICY, 1);
        throw new AssertionError("lost update: removed expert " + id + " still in the pool");
      } catch (NoSuchElementException expected) {
        // removed, as recorded
      }
    }
  }

  /** A demand where the expert is now, asking for the expert's own program and skills. */
  private static Demand probe(Expert expert) {
    return Demand.builder("PROBE")
        .program(expert.programs().iterator().next())
        .title(expert.skills().get(0))
        .hostUnit(HostUnit.of("探针单位", HostUnitType.OTHER))
        .location(expert.location())
        // After every generated unavailability, so that only the location decides.
        .dates("2031-06-01", "2031-06-02")
        .addSeat(Seat.of(SeatRole.MEMBER, 1, expert.skills().toArray(String[]::new)))
        .build();
  }

  private void checkEqualToSerialRebuild(TalentMatchEngine engine) throws Exception {
    try (TalentMatchEngine fresh = TalentMatchEngine.builder().build()) {
      fresh.putExperts(written.values());
      demands.forEach(fresh::putDemand);
      for (Demand demand : demands) {
        for (int seat = 0; seat < demand.seats().size(); seat++) {
          // Every candidate, up to the order of exact ties (BM25 statistics still count deleted documents).
          if (!byRelevanceThenDistance(engine.searchCandidates(demand, seat, POLICY, ALL))
              .equals(byRelevanceThenDistance(fresh.searchCandidates(demand, seat, POLICY, ALL)))) {
            throw new AssertionError("search of " + demand.id() + " seat " + seat + " differs from a serial rebuild");
          }
        }
      }
      for (String expertId : written.keySet()) {
        if (!engine.recommendDemands(expertId, POLICY, 10).equals(fresh.recommendDemands(expertId, POLICY, 10))) {
          throw new AssertionError("demands pushed to " + expertId + " differ from a serial rebuild");
        }
      }
    }
  }

  private static List<Candidate> byRelevanceThenDistance(List<Candidate> candidates) {
    return candidates.stream().sorted(Comparator.comparingDouble(Candidate::relevance).reversed()
        .thenComparingDouble(Candidate::distanceKm).thenComparing(Candidate::expertId)).toList();
  }

  private static String threadDump() {
    return java.util.Arrays.stream(ManagementFactory.getThreadMXBean().dumpAllThreads(true, true))
        .map(ThreadInfo::toString).collect(Collectors.joining());
  }
}
