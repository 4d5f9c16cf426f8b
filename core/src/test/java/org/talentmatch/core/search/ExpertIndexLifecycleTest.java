package org.talentmatch.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.talentmatch.core.search.Fixtures.demand;
import static org.talentmatch.core.search.Fixtures.expert;
import static org.talentmatch.core.search.Fixtures.seat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentmatch.api.model.DateRange;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.Expert;
import org.talentmatch.api.model.Policy;
import org.talentmatch.api.model.Program;
import org.talentmatch.api.search.Candidate;

class ExpertIndexLifecycleTest {
  private final Demand demand = demand("D1", seat("设施蔬菜", "土壤改良")).build();

  private static List<Expert> experts() {
    return List.of(
        expert("E1", "设施蔬菜", "土壤改良").name("王建国").profile("日光温室连作障碍治理")
            .programs(Program.EXPERT_SERVICE, Program.SCI_TECH_COMMISSIONER)
            .addUnavailable(DateRange.of("2027-03-01", "2027-03-20")).maxAssignments(2).huicaiCard(true).build(),
        expert("E2", "大棚").location("370783", 36.88, 118.79).build(),
        expert("E3", "蔬菜栽培", "测土配方").build(),
        expert("E4", "果树栽培").build());
  }

  @Test
  void reopenedDirectoryGivesTheSameResultsWithoutReindexing(@TempDir Path dir) throws Exception {
    List<Candidate> before;
    try (ExpertIndex index = ExpertIndex.open(dir, SearchConfig.defaults())) {
      index.putAll(experts());
      before = index.search(demand, 0, Policy.defaults(), 10);
    }
    // E2's 大棚 is a synonym of 设施蔬菜; E3's 蔬菜栽培 only broader than it.
    assertThat(before).extracting(Candidate::expertId).containsExactly("E1", "E2", "E3");

    try (ExpertIndex reopened = ExpertIndex.open(dir, SearchConfig.defaults())) {
      assertThat(reopened.size()).isEqualTo(4);
      assertThat(reopened.search(demand, 0, Policy.defaults(), 10)).isEqualTo(before);
      assertThat(reopened.get("E1")).contains(experts().get(0));
    }
  }

  @Test
  void getRebuildsEveryFieldOfTheExpert() throws Exception {
    try (ExpertIndex index = ExpertIndex.inMemory(SearchConfig.defaults())) {
      index.putAll(experts());

      for (Expert expert : experts()) {
        assertThat(index.get(expert.id())).contains(expert);
      }
      assertThat(index.get("nobody")).isEmpty();
    }
  }

  @Test
  void putWithTheSameIdReplacesAndRemoveRemoves() throws Exception {
    try (ExpertIndex index = ExpertIndex.inMemory(SearchConfig.defaults())) {
      index.putAll(experts());
      index.put(expert("E4", "设施蔬菜", "土壤改良").build());

      assertThat(index.size()).isEqualTo(4);
      assertThat(index.get("E4").orElseThrow().skills()).containsExactly("设施蔬菜", "土壤改良");
      assertThat(index.search(demand, 0, Policy.defaults(), 10)).extracting(Candidate::expertId).contains("E4");

      assertThat(index.remove("E4")).isTrue();
      assertThat(index.remove("E4")).isFalse();
      assertThat(index.size()).isEqualTo(3);
      assertThat(index.get("E4")).isEmpty();
      assertThat(index.search(demand, 0, Policy.defaults(), 10)).extracting(Candidate::expertId).doesNotContain("E4");
    }
  }

  @Test
  void searchesRunWhileAnotherThreadUpdates() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try (ExpertIndex index = ExpertIndex.inMemory(SearchConfig.defaults())) {
      index.putAll(experts());
      AtomicBoolean writing = new AtomicBoolean(true);
      List<Future<Integer>> readers = new ArrayList<>();
      for (int r = 0; r < 3; r++) {
        readers.add(pool.submit(() -> {
          int searches = 0;
          while (writing.get() || searches == 0) {
            List<Candidate> found = index.search(demand, 0, Policy.defaults(), 10);
            assertThat(found).extracting(Candidate::expertId).startsWith("E1").doesNotContain("E4");
            searches++;
          }
          return searches;
        }));
      }
      Future<?> writer = pool.submit(() -> {
        for (int i = 0; i < 50; i++) {
          index.put(expert("X" + i, i % 2 == 0 ? "设施蔬菜" : "果树栽培").build());
          if (i % 5 == 4) {
            index.remove("X" + (i - 2));
          }
        }
        writing.set(false);
      });

      writer.get(60, TimeUnit.SECONDS);
      for (Future<Integer> reader : readers) {
        assertThat(reader.get(60, TimeUnit.SECONDS)).isPositive();
      }
      assertThat(index.size()).isEqualTo(4 + 50 - 10);
    } finally {
      pool.shutdownNow();
    }
  }
}
