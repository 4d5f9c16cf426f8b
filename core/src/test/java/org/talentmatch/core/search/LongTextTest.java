package org.talentmatch.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.talentmatch.core.search.Fixtures.demand;
import static org.talentmatch.core.search.Fixtures.expert;
import static org.talentmatch.core.search.Fixtures.seat;

import java.util.List;
import org.apache.lucene.search.IndexSearcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.Policy;
import org.talentmatch.api.search.Candidate;

/** Free text longer than Lucene's clause limit must not break a search: only its first words count. */
class LongTextTest {
  /** Every term of the bundled thesaurus: well over a thousand distinct words. */
  private static final String LONG_TEXT = String.join("，", Thesaurus.bundled().vocabulary());

  private final ExpertIndex index = ExpertIndex.inMemory(SearchConfig.defaults());

  @AfterEach
  void close() throws Exception {
    index.close();
  }

  @Test
  void demandWithAVeryLongDescriptionStillFindsItsExperts() {
    assertThat(Thesaurus.bundled().vocabulary().size()).isGreaterThan(IndexSearcher.getMaxClauseCount());
    index.putAll(List.of(expert("E1", "设施蔬菜").build(), expert("E2", "果树栽培").build()));
    Demand demand = demand("D1", seat("设施蔬菜")).description(LONG_TEXT).build();

    List<Candidate> found = index.search(demand, 0, Policy.defaults().withMinRelevance(0.0), 10);

    assertThat(found).extracting(Candidate::expertId).first().isEqualTo("E1");
  }

  @Test
  void searchBoxAcceptsAVeryLongTextAndAHugeLimit() {
    index.putAll(List.of(expert("E1", "设施蔬菜").build()));

    // Only the first words of a long text count, so the one that matters comes first.
    assertThat(index.searchText("设施蔬菜，" + LONG_TEXT, Integer.MAX_VALUE)).containsExactly("E1");
  }
}
