package org.talentmatch.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.talentmatch.core.search.Fixtures.demand;
import static org.talentmatch.core.search.Fixtures.expert;
import static org.talentmatch.core.search.Fixtures.seat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.Expert;
import org.talentmatch.api.model.Policy;
import org.talentmatch.api.search.Candidate;

/**
 * A bulk {@link ExpertIndex#putAll} large enough to be written on several threads keeps the
 * one-record semantics (a later duplicate id wins, into an empty index and over existing experts),
 * and search never serves an expert decoded before it was replaced.
 */
class BulkIndexingTest {
  private static final int POOL = 5_000;
  private final Demand demand = demand("D1", seat("设施蔬菜")).build();

  private static List<Expert> pool(String skill) {
    List<Expert> experts = new ArrayList<>();
    for (int i = 0; i < POOL; i++) {
      experts.add(expert(String.format("E%05d", i), skill).build());
    }
    return experts;
  }

  @Test
  void laterDuplicateWinsInABulkBuildOfAnEmptyIndex() throws Exception {
    List<Expert> experts = new ArrayList<>(pool("果树栽培"));
    // The last record of E00007 matches the seat; its earlier record, and every other expert, does not.
    experts.add(expert("E00007", "设施蔬菜").build());
    try (ExpertIndex index = ExpertIndex.inMemory(SearchConfig.defaults())) {
      index.putAll(experts);

      assertThat(index.size()).isEqualTo(POOL);
      assertThat(index.search(demand, 0, Policy.defaults(), 10)).extracting(Candidate::expertId)
          .containsExactly("E00007");
      assertThat(index.get("E00007")).contains(experts.get(POOL));
    }
  }

  @Test
  void bulkUpdateReplacesEveryExpertAndSearchSeesTheNewOnes() throws Exception {
    try (ExpertIndex index = ExpertIndex.inMemory(SearchConfig.defaults())) {
      index.putAll(pool("设施蔬菜"));
      // Decodes (and caches) every matching expert of the first build.
      assertThat(index.search(demand, 0, Policy.defaults(), POOL)).hasSize(POOL);

      List<Expert> replaced = pool("果树栽培");
      replaced.set(42, expert("E00042", "设施蔬菜").name("新版本").build());
      index.putAll(replaced);

      assertThat(index.size()).isEqualTo(POOL);
      List<Candidate> found = index.search(demand, 0, Policy.defaults(), POOL);
      assertThat(found).extracting(Candidate::expertId).containsExactly("E00042");
      assertThat(index.get("E00042")).contains(replaced.get(42));
    }
  }

  @Test
  void aCachedExpertIsNotServedAfterItsUpdate() throws Exception {
    try (ExpertIndex index = ExpertIndex.inMemory(SearchConfig.defaults())) {
      index.putAll(pool("设施蔬菜"));
      assertThat(index.search(demand, 0, Policy.defaults(), 1)).isNotEmpty();

      // Same id, now an exact match of a second term: its relevance and reasons must change.
      Demand twoTerms = demand("D2", seat("设施蔬菜", "土壤改良")).build();
      double before = index.relevance(expert("E00000", "设施蔬菜").build(), twoTerms, 0);
      index.put(expert("E00000", "设施蔬菜", "土壤改良").build());

      Candidate best = index.search(twoTerms, 0, Policy.defaults(), 1).get(0);
      assertThat(best.expertId()).isEqualTo("E00000");
      assertThat(best.relevance()).isGreaterThan(before).isEqualTo(1.0);
    }
  }
}
