package org.talentmatch.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
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
 * The profile terms extracted at index time answer a profile mention exactly as the relevance decides
 * it ({@code String.contains} on normalized text), which the bigram phrase they replace did not always
 * do: it missed terms mixing scripts ("b超" in "b超一喷三防"), found by this property.
 */
class ProfileTermsProperties {
  private static final Thesaurus THESAURUS = Thesaurus.bundled();
  private static final ProfileTerms PROFILE_TERMS = ProfileTerms.of(THESAURUS);
  /** Dictionary terms and their heads, the ones a seat asks for in profiles. */
  private static final List<String> DICTIONARY = dictionary();

  @Property(tries = 500)
  void aDictionaryTermIsExtractedExactlyWhenTheProfileContainsIt(@ForAll("profile") String profile,
      @ForAll("term") String term) {
    String normalized = Terms.normalize(profile);

    assertThat(PROFILE_TERMS.in(normalized).contains(term))
        .isEqualTo(PROFILE_TERMS.covers(term) && normalized.contains(term));
  }

  @Property(tries = 200)
  void theKeywordLookupMatchesExactlyWhereTheProfileMentionsTheTerm(@ForAll("profile") String profile,
      @ForAll("term") String term) throws IOException {
    assumeThat(PROFILE_TERMS.covers(term)).isTrue();
    try (Analyzer bigrams = Analysis.bigrams()) {
      QueryBuilder builder = new QueryBuilder(bigrams);
      Optional<Query> keyword = new SeatMatcher.ProfileMentions(builder, PROFILE_TERMS).ofAny(List.of(term));

      assertThat(matches(bigrams, profile, keyword)).isEqualTo(Terms.normalize(profile).contains(term));
    }
  }

  @Example
  void theKeywordLookupFindsATermMixingScriptsThatThePhraseMissed() throws IOException {
    try (Analyzer bigrams = Analysis.bigrams()) {
      QueryBuilder builder = new QueryBuilder(bigrams);
      Optional<Query> keyword = new SeatMatcher.ProfileMentions(builder, PROFILE_TERMS).ofAny(List.of("b超"));
      Optional<Query> phrase = SeatMatcher.inside(builder, ExpertDocuments.PROFILE_BIGRAMS, "b超");

      assertThat(matches(bigrams, "b超一喷三防", keyword)).isTrue();
      assertThat(matches(bigrams, "b超一喷三防", phrase)).isFalse();
    }
  }

  @Property(tries = 100)
  void aTermOutsideTheDictionaryKeepsThePhrase(@ForAll("profile") String profile, @ForAll("filler") String term)
      throws IOException {
    assumeThat(Terms.mayMatchInside(term) && !PROFILE_TERMS.covers(term)).isTrue();
    try (Analyzer bigrams = Analysis.bigrams()) {
      QueryBuilder builder = new QueryBuilder(bigrams);
      Optional<Query> mention = new SeatMatcher.ProfileMentions(builder, PROFILE_TERMS).ofAny(List.of(term));

      assertThat(mention).isEqualTo(SeatMatcher.inside(builder, ExpertDocuments.PROFILE_BIGRAMS, term));
    }
  }

  @Property(tries = 50)
  void theFingerprintFollowsTheDictionary(@ForAll("term") String term) {
    Thesaurus one = Thesaurus.parse("one", "设施蔬菜, 日光温室\n");
    Thesaurus other = Thesaurus.parse("other", "设施蔬菜, 日光温室\n" + term + ", 测试术语\n");

    assertThat(ProfileTerms.of(one).fingerprint()).isEqualTo(ProfileTerms.of(Thesaurus.parse("x", "日光温室,设施蔬菜")).fingerprint());
    assertThat(ProfileTerms.of(other).fingerprint()).isNotEqualTo(ProfileTerms.of(one).fingerprint());
  }

  @Provide
  Arbitrary<String> term() {
    return Arbitraries.oneOf(Arbitraries.of(DICTIONARY), filler());
  }

  /** Text made of dictionary terms, their pieces and CJK characters from the dictionary, with punctuation. */
  @Provide
  Arbitrary<String> profile() {
    Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(DICTIONARY), filler(),
        Arbitraries.of(DICTIONARY).map(t -> t.substring(1)), Arbitraries.of("，", "。", "、", " ", "Ａ", "ct"));
    return piece.list().ofMaxSize(8).map(pieces -> String.join("", pieces));
  }

  @Provide
  Arbitrary<String> filler() {
    List<Character> chars = new ArrayList<>();
    DICTIONARY.stream().limit(400).forEach(t -> t.chars().forEach(c -> chars.add((char) c)));
    return Arbitraries.of(chars).list().ofMinSize(1).ofMaxSize(4)
        .map(cs -> cs.stream().map(String::valueOf).reduce("", String::concat));
  }

  private static List<String> dictionary() {
    List<String> terms = new ArrayList<>();
    for (String term : THESAURUS.vocabulary()) {
      terms.add(term);
      TermStemmer.matchingHead(term).ifPresent(terms::add);
    }
    return terms.stream().filter(Terms::mayMatchInside).distinct().toList();
  }

  private static boolean matches(Analyzer bigrams, String profile, Optional<Query> query) throws IOException {
    try (Directory directory = new ByteBuffersDirectory()) {
      try (Analyzer words = new SmartChineseAnalyzer();
          IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(Analysis.perField(bigrams)))) {
        writer.addDocument(ExpertDocuments.toDocument(Fixtures.expert("E1", "果树栽培").profile(profile).build(),
            PROFILE_TERMS, new IndexWords(words)));
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        return query.isPresent() && new IndexSearcher(reader).count(query.get()) > 0;
      }
    }
  }
}
