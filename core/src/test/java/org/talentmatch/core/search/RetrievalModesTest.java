package org.talentmatch.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.talentmatch.core.search.Fixtures.demand;
import static org.talentmatch.core.search.Fixtures.expert;
import static org.talentmatch.core.search.Fixtures.seat;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.Expert;
import org.talentmatch.api.model.Policy;
import org.talentmatch.api.model.Program;
import org.talentmatch.api.search.Candidate;

/** What each {@link RetrievalMode} retrieves and how it ranks; the thesaurus through SynonymGraphFilter. */
class RetrievalModesTest {
  private static final Policy ANY_RELEVANCE = Policy.defaults().withMinRelevance(0.0);

  private static ExpertIndex index(RetrievalMode mode, Thesaurus thesaurus, List<Expert> experts) {
    ExpertIndex index = ExpertIndex.inMemory(SearchConfig.builder().mode(mode).thesaurus(thesaurus).build());
    index.putAll(experts);
    return index;
  }

  private static List<String> ids(List<Candidate> candidates) {
    return candidates.stream().map(Candidate::expertId).toList();
  }

  @Test
  void wordsFindsAProfileThatSharesAWordWhichTheLevelsIgnore() throws Exception {
    List<Expert> experts = List.of(
        expert("E1", "农业推广").profile("多年从事蔬菜病害诊断与防治").build(),
        expert("E2", "心内科").profile("冠心病介入治疗").build());
    Demand demand = demand("D1", seat("蔬菜栽培")).build();

    try (ExpertIndex words = index(RetrievalMode.WORDS, Thesaurus.empty(), experts);
        ExpertIndex full = index(RetrievalMode.FULL, Thesaurus.empty(), experts)) {
      List<Candidate> found = words.search(demand, 0, ANY_RELEVANCE, 10);

      assertThat(ids(found)).as("蔬菜 is a word both texts share").containsExactly("E1");
      assertThat(found.get(0).relevance()).isBetween(0.01, 1.0);
      assertThat(found.get(0).reasons()).last().asString().startsWith("文本相似度（分词）：");
      assertThat(ids(full.search(demand, 0, ANY_RELEVANCE, 10))).as("FULL's text tier finds it too")
          .containsExactly("E1");
    }
  }

  @Test
  void bigramsFindTheTermInsideALongerSkillTag() throws Exception {
    List<Expert> experts = List.of(
        expert("E1", "设施蔬菜栽培技术").build(),
        expert("E2", "果树栽培").build());

    try (ExpertIndex bigrams = index(RetrievalMode.BIGRAMS, Thesaurus.empty(), experts)) {
      List<Candidate> found = bigrams.search(demand("D1", seat("设施蔬菜")).build(), 0, ANY_RELEVANCE, 10);

      assertThat(ids(found)).containsExactly("E1");
      assertThat(found.get(0).reasons()).last().asString().startsWith("文本相似度（二元组）：");
    }
  }

  @ParameterizedTest
  @EnumSource(value = RetrievalMode.class, names = {"WORDS", "BIGRAMS"})
  void bm25RelevanceIsOneForTheQueryItselfAndAssessAgreesWithSearch(RetrievalMode mode) throws Exception {
    Expert itself = expert("E1", "设施蔬菜").profile("设施蔬菜").build();
    Expert tagOnly = expert("E2", "设施蔬菜").build();
    Expert partial = expert("E3", "蔬菜").profile("农业技术推广").build();
    Demand demand = demand("D1", seat("设施蔬菜")).build();

    try (ExpertIndex index = index(mode, Thesaurus.empty(), List.of(itself, tagOnly, partial))) {
      List<Candidate> found = index.search(demand, 0, ANY_RELEVANCE, 10);

      assertThat(ids(found)).containsExactly("E1", "E2", "E3");
      assertThat(found.get(0).relevance()).isEqualTo(1.0);
      assertThat(found.get(2).relevance()).isGreaterThan(0.0).isLessThan(found.get(1).relevance());
      for (Candidate candidate : found) {
        Expert expert = index.get(candidate.expertId()).orElseThrow();
        assertThat(index.relevance(expert, demand, 0)).as(candidate.expertId()).isEqualTo(candidate.relevance());
      }
    }
  }

  @Test
  void fullRanksAnExactTagAboveAProfileMention() throws Exception {
    List<Expert> experts = List.of(
        expert("E1", "农业推广").profile("研究设施蔬菜病害，设施蔬菜土壤改良，设施蔬菜栽培").build(),
        expert("E2", "设施蔬菜").build());

    try (ExpertIndex full = index(RetrievalMode.FULL, Thesaurus.bundled(), experts)) {
      List<Candidate> found = full.search(demand("D1", seat("设施蔬菜")).build(), 0, ANY_RELEVANCE, 10);

      assertThat(ids(found)).containsExactly("E2", "E1");
      assertThat(found).extracting(Candidate::relevance).containsExactly(1.0, 0.5);
    }
  }

  @ParameterizedTest
  @EnumSource(value = RetrievalMode.class, names = {"WORDS", "BIGRAMS"})
  void aProfileOnlySynonymIsRetrievedThroughTheSynonymGraphFilter(RetrievalMode mode) throws Exception {
    List<Expert> experts = List.of(expert("E1", "农业推广").profile("长期从事日光温室黄瓜栽培").build());
    Demand demand = demand("D1", seat("设施蔬菜")).build();

    try (ExpertIndex withThesaurus = index(mode, Thesaurus.bundled(), experts);
        ExpertIndex without = index(mode, Thesaurus.empty(), experts)) {
      assertThat(ids(withThesaurus.search(demand, 0, ANY_RELEVANCE, 10))).containsExactly("E1");
      assertThat(without.search(demand, 0, ANY_RELEVANCE, 10)).isEmpty();
    }
  }

  @Test
  void relatedTermsWeighLessThanExactSynonyms() throws Exception {
    // 日光温室 is a synonym of 设施蔬菜; 露地蔬菜 only a sibling under the broader 蔬菜栽培.
    List<Expert> experts = List.of(
        expert("E1", "蔬菜栽培").build(),
        expert("E2", "日光温室").build());

    try (ExpertIndex words = index(RetrievalMode.WORDS, Thesaurus.bundled(), experts)) {
      List<Candidate> found = words.search(demand("D1", seat("设施蔬菜")).build(), 0, ANY_RELEVANCE, 10);

      assertThat(ids(found)).containsExactly("E2", "E1");
    }
  }

  @Test
  void synonymGraphFilterAddsTheThesaurusSynonymsToTheWordChain() throws Exception {
    try (Analyzer smartcn = new SmartChineseAnalyzer()) {
      Analyzer expanded = Analysis.withSynonyms(smartcn, ThesaurusSynonyms.exact(Thesaurus.bundled(), smartcn));

      assertThat(tokens(expanded, "设施蔬菜")).contains("设施", "蔬菜", "日光", "温室", "大棚");
      assertThat(tokens(expanded, "心胸外科")).doesNotContain("心内科");
      assertThat(Analysis.withSynonyms(smartcn, ThesaurusSynonyms.exact(Thesaurus.empty(), smartcn)))
          .isSameAs(smartcn);
    }
  }

  @Test
  void inFullTheTextTieBreakPrefersAProfileThatMentionsASynonym() throws Exception {
    List<Expert> experts = List.of(
        expert("E1", "设施蔬菜").profile("从事果树修剪技术研究").build(),
        expert("E2", "设施蔬菜").profile("从事日光温室黄瓜栽培技术研究").build());

    try (ExpertIndex full = index(RetrievalMode.FULL, Thesaurus.bundled(), experts)) {
      List<Candidate> found = full.search(demand("D1", seat("设施蔬菜")).build(), 0, ANY_RELEVANCE, 10);

      assertThat(found).extracting(Candidate::relevance).containsExactly(1.0, 1.0);
      assertThat(ids(found)).as("equal relevance and distance: the synonym in E2's profile decides")
          .containsExactly("E2", "E1");
    }
  }

  @ParameterizedTest
  @EnumSource(RetrievalMode.class)
  void hardFiltersAreTheSameInEveryMode(RetrievalMode mode) throws Exception {
    List<Expert> experts = List.of(
        expert("E1", "设施蔬菜").profile("设施蔬菜").build(),
        expert("E2", "设施蔬菜").profile("设施蔬菜").programs(Program.MEDICAL_PAIRING).build(),
        expert("E3", "设施蔬菜").profile("设施蔬菜").location("371702", 35.23, 115.47).build());
    Policy within200Km = Policy.defaults().withMinRelevance(0.0).withMaxTravelKm(200);

    try (ExpertIndex index = index(mode, Thesaurus.bundled(), experts)) {
      Demand demand = demand("D1", seat("设施蔬菜")).build();

      assertThat(ids(index.search(demand, 0, within200Km, 10))).containsExactly("E1");
      assertThat(index.idsPassingIndexFilters(demand, 0, within200Km)).containsExactly("E1");
    }
  }

  @Test
  void distanceDecayRetrievesTheNearerOfEqualExpertsBeyondTheWindow() throws Exception {
    // Equal relevance everywhere: without the decay in the index score, the id tie-break would fill
    // the search window (limit + 20) with the 30 far experts E01…E30 and never see E99.
    List<Expert> experts = new ArrayList<>();
    for (int i = 1; i <= 30; i++) {
      experts.add(expert(String.format("E%02d", i), "设施蔬菜").location("371702", 35.23, 115.47).build());
    }
    experts.add(expert("E99", "设施蔬菜")
        .location("370783", Fixtures.SHOUGUANG_LAT + 0.2, Fixtures.SHOUGUANG_LON).build());

    try (ExpertIndex full = index(RetrievalMode.FULL, Thesaurus.bundled(), experts)) {
      List<Candidate> found = full.search(demand("D1", seat("设施蔬菜")).build(), 0, ANY_RELEVANCE, 1);

      assertThat(ids(found)).containsExactly("E99");
      assertThat(found.get(0).distanceKm()).isBetween(20.0, 25.0);
    }
  }

  private static List<String> tokens(Analyzer analyzer, String text) throws Exception {
    List<String> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("f", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(term.toString());
      }
      stream.end();
    }
    return tokens;
  }
}
