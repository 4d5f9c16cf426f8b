package org.talentmatch.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.talentmatch.core.search.Fixtures.demand;
import static org.talentmatch.core.search.Fixtures.expert;
import static org.talentmatch.core.search.Fixtures.seat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.Expert;
import org.talentmatch.api.model.Policy;
import org.talentmatch.api.search.Candidate;

/** Among experts of equal relevance, the Java tie-break puts the better text match, then the nearer, first. */
class TieBreakTest {
  private final Demand demand = demand("D1", seat("设施蔬菜")).build();

  @Test
  void theExpertWhoseProfileAlsoMentionsTheSkillRanksFirstAmongEqualTags() throws Exception {
    List<Expert> experts = List.of(
        expert("E1", "设施蔬菜").profile("从事果树栽培").build(),
        expert("E2", "设施蔬菜").profile("长期从事设施蔬菜栽培与蔬菜病虫害防治").build(),
        expert("E3", "设施蔬菜").profile("从事果树栽培").build());
    try (ExpertIndex index = ExpertIndex.inMemory(SearchConfig.defaults())) {
      index.putAll(experts);

      List<Candidate> found = index.search(demand, 0, Policy.defaults(), 10);

      assertThat(found).extracting(Candidate::relevance).containsOnly(1.0);
      List<String> equal = Stream.of("E1", "E3").sorted(SeatTieOrder.of("D1", 0)).toList();
      assertThat(found).extracting(Candidate::expertId).containsExactly("E2", equal.get(0), equal.get(1));
    }
  }

  @Test
  void withTheSameTextTheNearerExpertRanksFirst() throws Exception {
    List<Expert> experts = List.of(
        expert("E1", "设施蔬菜").build(),
        expert("E2", "设施蔬菜").location("370783", Fixtures.SHOUGUANG_LAT, Fixtures.SHOUGUANG_LON).build());
    try (ExpertIndex index = ExpertIndex.inMemory(SearchConfig.defaults())) {
      index.putAll(experts);

      // The demand is in Shouguang, where E2 is; E1 is in Jinan.
      assertThat(index.search(demand, 0, Policy.defaults(), 10)).extracting(Candidate::expertId)
          .containsExactly("E2", "E1");
    }
  }
}
