package org.talentmatch.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.QueryBuilder;

/**
 * "A skill tag contains the term" as the index answers it ({@link SeatMatcher#insideTags}: indexed
 * tag substrings, a bigram phrase beyond their length cap) agrees with {@code String.contains} on the
 * normalized tags, which {@link SeatMatcher#score} uses, and with the bigram phrase queries it replaced.
 */
class TagSubstringProperties {
  /** Few letters, so that terms often occur inside tags; the Latin and the full-width ones test normalization. */
  private static final char[] CJK = "设施蔬菜栽培果树".toCharArray();
  private static final char[] MIXED = "设施蔬菜ctＣＴ".toCharArray();

  @Provide
  Arbitrary<List<String>> cjkTags() {
    return Arbitraries.strings().withChars(CJK).ofMinLength(1).ofMaxLength(24).list().ofMinSize(1).ofMaxSize(3);
  }

  @Provide
  Arbitrary<String> cjkTerm() {
    return Arbitraries.strings().withChars(CJK).ofMinLength(2).ofMaxLength(20);
  }

  @Provide
  Arbitrary<List<String>> mixedTags() {
    return Arbitraries.strings().withChars(MIXED).ofMinLength(1).ofMaxLength(20).list().ofMinSize(1).ofMaxSize(3);
  }

  @Provide
  Arbitrary<String> mixedTerm() {
    return Arbitraries.strings().withChars(MIXED).ofMinLength(2).ofMaxLength(6);
  }

  @Property(tries = 300)
  void chineseTermsMatchExactlyWhereTheBigramPhrasesDidAndWhereATagContainsThem(
      @ForAll("cjkTags") List<String> tags, @ForAll("cjkTerm") String term) throws IOException {
    Analyzer bigrams = Analysis.bigrams();
    QueryBuilder builder = new QueryBuilder(bigrams);
    boolean contained = tags.stream().anyMatch(tag -> tag.contains(term));
    Query bigramPhrase = SeatMatcher.inside(builder, ExpertDocuments.SKILLS_BIGRAMS, term).orElseThrow();

    assertThat(matches(bigrams, tags, SeatMatcher.insideTags(builder, List.of(term)))).isEqualTo(contained);
    assertThat(matches(bigrams, tags, Optional.of(bigramPhrase))).isEqualTo(contained);
  }

  @Property(tries = 300)
  void anyTermMatchesExactlyWhereANormalizedTagContainsIt(
      @ForAll("mixedTags") List<String> tags, @ForAll("mixedTerm") String rawTerm) throws IOException {
    Analyzer bigrams = Analysis.bigrams();
    String term = Terms.normalize(rawTerm);
    boolean contained = tags.stream().map(Terms::normalize).anyMatch(tag -> tag.contains(term));

    assertThat(matches(bigrams, tags, SeatMatcher.insideTags(new QueryBuilder(bigrams), List.of(term))))
        .isEqualTo(contained);
  }

  @Property(tries = 200)
  void aTagHasEachSubstringOfTwoToTheCapCodePointsAndNoOther(@ForAll("cjkTerm") String tag,
      @ForAll("cjkTerm") String term) {
    boolean indexed = ExpertDocuments.substringsOf(tag).contains(term);

    assertThat(indexed).isEqualTo(tag.contains(term) && term.length() <= ExpertDocuments.MAX_SUBSTRING_CODE_POINTS);
  }

  private static boolean matches(Analyzer bigrams, List<String> tags, Optional<Query> query) throws IOException {
    try (Directory directory = new ByteBuffersDirectory()) {
      try (Analyzer words = new SmartChineseAnalyzer();
          IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(Analysis.perField(bigrams)))) {
        writer.addDocument(ExpertDocuments.toDocument(Fixtures.expert("E1", tags.toArray(String[]::new)).build(),
            ProfileTerms.of(Thesaurus.empty()), new IndexWords(words)));
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        return query.isPresent() && new IndexSearcher(reader).count(query.get()) > 0;
      }
    }
  }
}
