package org.talentmatch.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.talentmatch.core.search.Fixtures.demand;
import static org.talentmatch.core.search.Fixtures.expert;
import static org.talentmatch.core.search.Fixtures.seat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.Expert;
import org.talentmatch.api.model.Policy;
import org.talentmatch.api.search.Candidate;

/** An on-disk index written with an older document layout is rebuilt from its stored experts when opened. */
class IndexSchemaVersionTest {
  private final Demand demand = demand("D1", seat("设施蔬菜")).build();
  private final List<Expert> experts = List.of(
      expert("E1", "寿光设施蔬菜").build(),
      expert("E2", "设施蔬菜").profile("日光温室").build(),
      expert("E3", "果树栽培").build());

  @Test
  void anIndexWithoutTheTagSubstringsIsRebuiltOnOpeningAndThenFindsTermsInsideTags(@TempDir Path dir)
      throws IOException {
    writeVersionOneIndex(dir, experts);

    try (ExpertIndex index = ExpertIndex.open(dir, SearchConfig.defaults())) {
      assertThat(index.size()).isEqualTo(3);
      assertThat(index.get("E1")).contains(experts.get(0));
      // E1 is found only through the tag substrings the old layout lacks.
      assertThat(index.search(demand, 0, Policy.defaults(), 10))
          .extracting(Candidate::expertId, Candidate::relevance)
          .containsExactly(tuple("E2", 1.0), tuple("E1", 0.8));
    }
    assertThat(schemaVersionOnDisk(dir)).isEqualTo(Integer.toString(ExpertDocuments.SCHEMA_VERSION));
  }

  @Test
  void aNewIndexRecordsTheCurrentVersionWithItsFirstCommit(@TempDir Path dir) throws IOException {
    try (ExpertIndex index = ExpertIndex.open(dir, SearchConfig.defaults())) {
      index.putAll(experts);
    }

    assertThat(schemaVersionOnDisk(dir)).isEqualTo(Integer.toString(ExpertDocuments.SCHEMA_VERSION));
  }

  @Test
  void anIndexWrittenWithAnotherThesaurusIsRebuiltSoItsProfileTermsFollowTheNewOne(@TempDir Path dir)
      throws IOException {
    Expert mentioning = expert("E9", "果树栽培").profile("多年从事冬枣提质增效推广").build();
    SearchConfig without = SearchConfig.builder().thesaurus(Thesaurus.parse("old", "设施蔬菜, 日光温室\n")).build();
    SearchConfig with = SearchConfig.builder().thesaurus(Thesaurus.parse("new", "冬枣提质, 枣树提质\n")).build();
    try (ExpertIndex index = ExpertIndex.open(dir, without)) {
      index.put(mentioning);
    }

    try (ExpertIndex index = ExpertIndex.open(dir, with)) {
      // 枣树提质 reaches E9 only through the profile term 冬枣提质, which the old index never extracted.
      assertThat(index.search(demand("D2", seat("枣树提质")).build(), 0, Policy.defaults().withMinRelevance(0.3), 10))
          .extracting(Candidate::expertId, Candidate::relevance)
          .containsExactly(tuple("E9", 0.4));
    }
  }

  /** The layout before schema versions: no tag substrings, no version in the commit. */
  private static void writeVersionOneIndex(Path dir, List<Expert> experts) throws IOException {
    try (Directory directory = FSDirectory.open(dir);
        Analyzer words = new SmartChineseAnalyzer();
        IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(Analysis.perField(Analysis.bigrams())))) {
      for (Expert expert : experts) {
        Document document = ExpertDocuments.toDocument(expert, ProfileTerms.of(Thesaurus.bundled()), new IndexWords(words));
        document.removeFields(ExpertDocuments.SKILL_SUBSTRINGS);
        writer.addDocument(document);
      }
      writer.commit();
    }
  }

  private static String schemaVersionOnDisk(Path dir) throws IOException {
    try (Directory directory = FSDirectory.open(dir)) {
      return SegmentInfos.readLatestCommit(directory).getUserData().get(LiveIndex.SCHEMA_VERSION_KEY);
    }
  }
}
