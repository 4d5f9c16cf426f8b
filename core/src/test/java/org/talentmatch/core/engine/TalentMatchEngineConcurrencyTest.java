package org.talentmatch.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.Expert;
import org.talentmatch.api.model.Policy;
import org.talentmatch.api.model.Problem;
import org.talentmatch.api.search.Candidate;
import org.talentmatch.core.generator.GeneratorSpec;
import org.talentmatch.core.generator.ProblemGenerator;

/** Many threads search and push while one thread updates experts and demands. */
class TalentMatchEngineConcurrencyTest {
  private static final Problem PROBLEM = ProblemGenerator.generate(GeneratorSpec.of(200, 40, 5));
  private static final Policy POLICY = PROBLEM.policy();
  private static final long UPDATE_MILLIS = 3_000;
  private static final int READERS = 4;

  @Test
  void readersNeverFailAndTheFinalStateEqualsAFreshEngineGivenTheFinalData() throws Exception {
    Map<String, Expert> experts = new LinkedHashMap<>();
    Map<String, Demand> demands = new LinkedHashMap<>();
    Queue<Throwable> failures = new ConcurrentLinkedQueue<>();
    AtomicBoolean updating = new AtomicBoolean(true);
    AtomicInteger reads = new AtomicInteger();
    int updates;
    ExecutorService threads = Executors.newFixedThreadPool(READERS);
    try (TalentMatchEngine engine = TalentMatchEngine.builder().build()) {
      PROBLEM.experts().subList(0, 100).forEach(e -> experts.put(e.id(), e));
      PROBLEM.demands().subList(0, 20).forEach(d -> demands.put(d.id(), d));
      engine.putExperts(experts.values());
      demands.values().forEach(engine::putDemand);

      List<Future<?>> readers = new ArrayList<>();
      for (int r = 0; r < READERS; r++) {
        long seed = r;
        readers.add(threads.submit(() -> read(engine, new Random(seed), updating, reads, failures)));
      }
      updates = update(engine, experts, demands, new Random(42));
      updating.set(false);
      for (Future<?> reader : readers) {
        reader.get(60, TimeUnit.SECONDS);
      }

      assertThat(failures).isEmpty();
      assertThat(updates).isGreaterThan(20);
      assertThat(reads.get()).isGreaterThan(20);
      assertThat(engine.expertCount()).as("no lost update").isEqualTo(experts.size());
      assertThat(engine.demandCount()).as("no lost update").isEqualTo(demands.size());
      try (TalentMatchEngine fresh = TalentMatchEngine.builder().build()) {
        fresh.putExperts(experts.values());
        demands.values().forEach(fresh::putDemand);
        for (Demand demand : demands.values()) {
          for (int seat = 0; seat < demand.seats().size(); seat++) {
            // Every candidate (no cut-off to straddle), compared up to the order of exact ties: that
            // order follows a BM25 tie-break whose statistics still count deleted documents.
            assertThat(byRelevanceThenDistance(engine.searchCandidates(demand, seat, POLICY, ALL)))
                .isEqualTo(byRelevanceThenDistance(fresh.searchCandidates(demand, seat, POLICY, ALL)));
          }
        }
        for (String expertId : experts.keySet()) {
          assertThat(engine.recommendDemands(expertId, POLICY, 10))
              .isEqualTo(fresh.recommendDemands(expertId, POLICY, 10));
        }
      }
    } finally {
      threads.shutdownNow();
    }
  }

  /**
   * The one writer: puts (new or changed) and removes experts and demands for a while, keeping the
   * expected final data in the maps.
   */
  private static int update(TalentMatchEngine engine, Map<String, Expert> experts, Map<String, Demand> demands,
      Random random) {
    long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(UPDATE_MILLIS);
    int updates = 0;
    while (System.nanoTime() < end) {
      Expert expert = PROBLEM.experts().get(random.nextInt(PROBLEM.experts().size()));
      Demand demand = PROBLEM.demands().get(random.nextInt(PROBLEM.demands().size()));
      switch (random.nextInt(4)) {
        case 0 -> {
          // A changed profile: a reader of stale data would see the old skills.
          Expert changed = expert.toBuilder().skills(rotate(expert.skills(), updates)).build();
          engine.putExpert(changed);
          experts.put(changed.id(), changed);
        }
        case 1 -> assertThat(engine.removeExpert(expert.id())).isEqualTo(experts.remove(expert.id()) != null);
        case 2 -> {
          Demand changed = demand.toBuilder().priority(1 + updates % 5).build();
          engine.putDemand(changed);
          demands.put(changed.id(), changed);
        }
        default -> assertThat(engine.removeDemand(demand.id())).isEqualTo(demands.remove(demand.id()) != null);
      }
      updates++;
    }
    return updates;
  }

  private static List<String> rotate(List<String> skills, int by) {
    List<String> rotated = new ArrayList<>(skills);
    java.util.Collections.rotate(rotated, by);
    return rotated.subList(0, Math.max(1, rotated.size() - by % 2));
  }

  private static void read(TalentMatchEngine engine, Random random, AtomicBoolean updating, AtomicInteger reads,
      Queue<Throwable> failures) {
    try {
      while (updating.get()) {
        Demand demand = PROBLEM.demands().get(random.nextInt(PROBLEM.demands().size()));
        engine.searchCandidates(demand, random.nextInt(demand.seats().size()), POLICY, 20);
        String expertId = PROBLEM.experts().get(random.nextInt(PROBLEM.experts().size())).id();
        try {
          engine.recommendDemands(expertId, POLICY, 10);
        } catch (NoSuchElementException removedMeanwhile) {
          // The expert is not in the pool at this moment: the documented answer.
        }
        reads.incrementAndGet();
      }
    } catch (Throwable t) {
      failures.add(t);
    }
  }

  private static final int ALL = 10_000;

  private static List<Candidate> byRelevanceThenDistance(List<Candidate> candidates) {
    return candidates.stream().sorted(Comparator.comparingDouble(Candidate::relevance).reversed()
        .thenComparingDouble(Candidate::distanceKm).thenComparing(Candidate::expertId)).toList();
  }
}
