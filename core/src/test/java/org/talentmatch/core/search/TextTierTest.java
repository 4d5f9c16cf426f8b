package org.talentmatch.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.talentmatch.core.search.Fixtures.demand;
import static org.talentmatch.core.search.Fixtures.expert;
import static org.talentmatch.core.search.Fixtures.seat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.Expert;
import org.talentmatch.api.model.Policy;
import org.talentmatch.api.model.Program;
import org.talentmatch.api.search.Candidate;

/** FULL's text tier: experts only text similarity finds, below every level match and the default floor. */
class TextTierTest {
  private static final Policy ANY_RELEVANCE = Policy.defaults().withMinRelevance(0.0);

  /** 植物保护 and 蔬菜栽培: levels for E1–E3; E4 and E5 only share the word 植物; E6 shares nothing. */
  private static final List<Expert> EXPERTS = List.of(
      expert("E1", "植物保护").build(),
      expert("E2", "农业推广").profile("从事蔬菜栽培技术推广").build(),
      expert("E3", "农业推广").profile("多年从事植物保护工作").build(),
      expert("E4", "农业推广").profile("多年从事植物生理研究").build(),
      expert("E5", "农产品营销").profile("组织合作社植物观赏活动").build(),
      expert("E6", "心内科").profile("冠心病介入治疗").build());
  private static final Demand DEMAND = demand("D1", seat("植物保护", "蔬菜栽培")).build();

  private static ExpertIndex index(SearchConfig config) {
    ExpertIndex index = ExpertIndex.inMemory(config);
    index.putAll(EXPERTS);
    return index;
  }

  private static List<String> ids(List<Candidate> candidates) {
    return candidates.stream().map(Candidate::expertId).toList();
  }

  @Test
  void textOnlyMatchesComeBelowEveryLevelMatchWithTheirOwnBandAndReason() throws Exception {
    try (ExpertIndex index = index(SearchConfig.builder().defaultMinRelevance(0).build())) {
      List<Candidate> found = index.search(DEMAND, 0, ANY_RELEVANCE, 10);

      assertThat(ids(found).subList(0, 3)).containsExactlyInAnyOrder("E1", "E2", "E3");
      assertThat(ids(found).subList(3, found.size())).as("text-only, shares 植物")
          .containsExactlyInAnyOrder("E4", "E5");
      double lowestLevel = found.get(2).relevance();
      assertThat(lowestLevel).isGreaterThanOrEqualTo(MatchLevel.SYNONYM_IN_PROFILE.strength() / 2);
      for (Candidate textOnly : found.subList(3, found.size())) {
        assertThat(textOnly.relevance()).as(textOnly.expertId())
            .isLessThan(lowestLevel)
            .isLessThan(TextTier.TERM_CEILING / 2)
            .isLessThan(SearchConfig.DEFAULT_MIN_RELEVANCE);
        assertThat(textOnly.reasons()).singleElement().asString().startsWith("文本相近：");
      }
      Candidate e4 = found.stream().filter(c -> c.expertId().equals("E4")).findFirst().orElseThrow();
      assertThat(e4.reasons()).containsExactly("文本相近：植物");
    }
  }

  @Test
  void assessGivesATextOnlyExpertTheRelevanceSearchGives() throws Exception {
    try (ExpertIndex index = index(SearchConfig.builder().defaultMinRelevance(0).build())) {
      for (Candidate candidate : index.search(DEMAND, 0, ANY_RELEVANCE, 10)) {
        Expert expert = index.get(candidate.expertId()).orElseThrow();
        assertThat(index.assess(expert, DEMAND, 0)).as(candidate.expertId()).isEqualTo(candidate);
      }
      Expert unrelated = index.get("E6").orElseThrow();
      assertThat(index.assess(unrelated, DEMAND, 0).relevance()).isZero();
      assertThat(index.assess(unrelated, DEMAND, 0).reasons()).isEmpty();
    }
  }

  @Test
  void aTagSharingPartOfAThesaurusRelativeIsATextMatchNamingTheRelative() throws Exception {
    try (ExpertIndex index = ExpertIndex.inMemory(SearchConfig.defaults())) {
      index.put(expert("E1", "颅脑创伤手术").build());
      // No bigram of 神经外科 or its synonyms; 颅脑 of 颅脑损伤, narrower than 神经外科.
      List<Candidate> found = index.search(demand("D1", seat("神经外科")).build(), 0, ANY_RELEVANCE, 5);
      assertThat(found).singleElement().satisfies(c -> {
        assertThat(c.relevance()).isPositive().isLessThan(TextTier.maxRelevance(1));
        assertThat(c.reasons()).containsExactly("文本相近：颅脑（颅脑损伤）");
      });
    }
  }

  @Test
  void aTextMatchThroughABroaderTermStillNamesWhatItShares() throws Exception {
    try (ExpertIndex index = ExpertIndex.inMemory(SearchConfig.defaults())) {
      Expert expert = expert("E1", "网络").profile("擅长通信工程").build();
      // 通信工程 is broader than 5G: the query's related expansion reaches it, and the reason names it.
      assertThat(index.assess(expert, demand("D1", seat("5G")).build(), 0).reasons())
          .containsExactly("文本相近：通信（通信工程）、信工（通信工程）、工程（通信工程）");
    }
  }

  @Test
  void aSeatOfManyHubTermsStaysUnderLucenesClauseLimit() throws Exception {
    try (ExpertIndex index = ExpertIndex.inMemory(SearchConfig.defaults())) {
      Expert textOnly = expert("E1", "果树研究").profile("长期从事农业技术推广").build();
      // Shares text with the last skill only: past the limit every skill keeps its plain words and bigrams.
      Expert lastSkillOnly = expert("E2", "振兴").build();
      index.putAll(List.of(textOnly, lastSkillOnly));
      Demand hubs = demand("D1", seat("果树栽培", "植物保护", "土壤肥料", "农业技术推广", "蔬菜栽培", "作物栽培",
          "畜牧", "乡村振兴")).build();
      assertThat(index.search(hubs, 0, ANY_RELEVANCE, 5)).extracting(Candidate::expertId)
          .containsExactlyInAnyOrder("E1", "E2");
      assertThat(index.assess(textOnly, hubs, 0).relevance()).isPositive();
    }
  }

  @Test
  void withTheDefaultFloorATextOnlyMatchIsNoCandidate() throws Exception {
    try (ExpertIndex index = index(SearchConfig.defaults())) {
      assertThat(ids(index.search(DEMAND, 0, Policy.defaults(), 10))).doesNotContain("E4", "E5");
      assertThat(index.idsPassingIndexFilters(DEMAND, 0, Policy.defaults()))
          .as("the default floor leaves the text tier out of the query").doesNotContain("E4", "E5");
    }
  }

  @Test
  void theTextTierKeepsTheHardFilters() throws Exception {
    try (ExpertIndex index = index(SearchConfig.builder().defaultMinRelevance(0).build())) {
      index.put(expert("E4", "农业推广").profile("多年从事植物生理研究").programs(Program.MEDICAL_PAIRING).build());
      index.put(expert("E5", "农产品营销").profile("组织合作社植物观赏活动").location("371702", 35.23, 115.47).build());
      Policy within200Km = ANY_RELEVANCE.withMaxTravelKm(200);

      assertThat(ids(index.search(DEMAND, 0, within200Km, 10))).doesNotContain("E4", "E5");
      assertThat(index.idsPassingIndexFilters(DEMAND, 0, within200Km)).doesNotContain("E4", "E5");
    }
  }

  @Property
  void textRelevanceStaysUnderTheLowestLevelOfItsSeat(
      @ForAll @DoubleRange(min = -1, max = 3) double similarity, @ForAll @IntRange(min = 1, max = 12) int seatTerms) {
    double relevance = TextTier.relevance(similarity, seatTerms);

    assertThat(relevance).isBetween(0.0, TextTier.maxRelevance(seatTerms));
    assertThat(relevance).isLessThan(MatchLevel.RELATED_TERM_IN_PROFILE.strength() / seatTerms)
        .isLessThan(SearchConfig.DEFAULT_MIN_RELEVANCE);
    assertThat(relevance * 10_000).isCloseTo(Math.rint(relevance * 10_000), Offset.offset(1e-6));
  }

  @Property
  void textRelevanceGrowsWithSimilarity(@ForAll @DoubleRange(min = 0, max = 1) double lower,
      @ForAll @DoubleRange(min = 0, max = 1) double higher, @ForAll @IntRange(min = 1, max = 12) int seatTerms) {
    assertThat(TextTier.relevance(Math.max(lower, higher), seatTerms))
        .isGreaterThanOrEqualTo(TextTier.relevance(Math.min(lower, higher), seatTerms));
  }
}
