package org.talentmatch.core.search;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Throwables;
import com.google.common.cache.CacheBuilder;
import com.google.common.cache.CacheLoader;
import com.google.common.cache.LoadingCache;
import com.google.common.util.concurrent.UncheckedExecutionException;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.QueryBuilder;

/**
 * BM25 queries on the smartcn word fields and the CJK bigram fields, with the thesaurus applied at
 * query time by {@code SynonymGraphFilter}: one expansion by exact synonyms and a second, weighed
 * {@value #RELATED_WEIGHT}, by broader and narrower terms. Both expansions keep the original tokens,
 * so the term itself weighs 1 + {@value #RELATED_WEIGHT}, a synonym 1 and a related term {@value
 * #RELATED_WEIGHT}. A multi-token synonym (日光温室 for 设施蔬菜) becomes a phrase. For the text tier,
 * {@link #relativeBigrams} also matches loose pieces of the terms the thesaurus relates to a skill. Thread-safe; the
 * analyzers stay their owner's to close (the synonym wrappers hold only per-thread components).
 *
 * <p>A query is a pure function of its field and text, and analysing (smartcn's segmentation, the
 * synonym graph) costs more than running it on a small window, so the last {@value #CACHED_QUERIES}
 * are kept: seat skills repeat across seats, a demand's text across its seats. Without the thesaurus
 * the tokens are what is kept: each analysis treats every field alike, so one segmentation of a
 * demand's text serves its queries on the skills and on the profile.
 */
final class TextQueries {
  static final float RELATED_WEIGHT = 0.5f;
  private static final int CACHED_QUERIES = 8192;

  private enum Kind {
    WORDS,
    BIGRAMS,
    RELATIVE_BIGRAMS
  }

  private record Key(Kind kind, String field, String normalizedText) {}

  private record PlainKey(boolean words, String normalizedText) {}

  private final Thesaurus thesaurus;
  private final QueryBuilder plainWordQueries;
  private final QueryBuilder plainBigramQueries;
  private final Expanding wordQueries;
  private final Expanding bigramQueries;
  private final LoadingCache<Key, Optional<Query>> queries;
  private final LoadingCache<PlainKey, Set<String>> plainTokens;

  /** One expansion's query builder per analysis, for a thesaurus. */
  private record Expanding(QueryBuilder exact, QueryBuilder related) {
    static Expanding of(Thesaurus thesaurus, Analyzer chain) {
      return new Expanding(builder(chain, ThesaurusSynonyms.exact(thesaurus, chain)),
          builder(chain, ThesaurusSynonyms.related(thesaurus, chain)));
    }

    private static QueryBuilder builder(Analyzer chain, SynonymMap map) {
      QueryBuilder builder = new QueryBuilder(Analysis.withSynonyms(chain, map));
      builder.setAutoGenerateMultiTermSynonymsPhraseQuery(true);
      return builder;
    }

    /** The tokens of {@code text} and of its exact synonyms, in order, without repeats. */
    Set<String> tokens(String field, String text) {
      return TextQueries.tokens(exact.getAnalyzer(), field, text);
    }

    Optional<Query> query(String field, String text) {
      Query exactQuery = exact.createBooleanQuery(field, text);
      if (exactQuery == null) {
        return Optional.empty();
      }
      BooleanQuery.Builder both = new BooleanQuery.Builder().add(exactQuery, Occur.SHOULD);
      Query relatedQuery = related.createBooleanQuery(field, text);
      if (relatedQuery != null) {
        both.add(new BoostQuery(relatedQuery, RELATED_WEIGHT), Occur.SHOULD);
      }
      return Optional.of(both.build());
    }
  }

  /** Distinct tokens of a free text (demand description, search box) that one query uses at most. */
  static final int MAX_TEXT_TERMS = 64;

  /**
   * @param words the analysis of the word fields (smartcn), as indexed
   * @param bigrams the analysis of the bigram fields, as indexed
   */
  TextQueries(Thesaurus thesaurus, Analyzer words, Analyzer bigrams) {
    this.thesaurus = requireNonNull(thesaurus, "thesaurus");
    requireNonNull(words, "words");
    requireNonNull(bigrams, "bigrams");
    this.plainWordQueries = new QueryBuilder(words);
    this.plainBigramQueries = new QueryBuilder(bigrams);
    this.wordQueries = Expanding.of(thesaurus, words);
    this.bigramQueries = Expanding.of(thesaurus, bigrams);
    this.queries = CacheBuilder.newBuilder().maximumSize(CACHED_QUERIES).build(CacheLoader.from(this::build));
    this.plainTokens = CacheBuilder.newBuilder().maximumSize(CACHED_QUERIES).build(CacheLoader.from(key ->
        Collections.unmodifiableSet(key.words()
            ? tokens(plainWordQueries.getAnalyzer(), ExpertDocuments.PROFILE_TEXT, key.normalizedText())
            : tokens(plainBigramQueries.getAnalyzer(), ExpertDocuments.PROFILE_BIGRAMS, key.normalizedText()))));
  }

  private Optional<Query> build(Key key) {
    return switch (key.kind()) {
      case WORDS -> wordQueries.query(key.field(), key.normalizedText());
      case BIGRAMS -> bigramQueries.query(key.field(), key.normalizedText());
      case RELATIVE_BIGRAMS -> anyOf(key.field(), relativeBigramsOf(key.normalizedText()), Integer.MAX_VALUE);
    };
  }

  /**
   * Any of the first {@code limit} distinct tokens: a long demand description or search-box text must
   * not outgrow Lucene's clause limit (1,024), and its later words add little.
   */
  private static Optional<Query> anyOf(String field, Set<String> tokens, int limit) {
    if (tokens.isEmpty()) {
      return Optional.empty();
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    tokens.stream().limit(limit).forEach(token -> any.add(new TermQuery(new Term(field, token)), Occur.SHOULD));
    return Optional.of(any.build());
  }

  private Optional<Query> cached(Kind kind, String field, String text) {
    return unchecked(queries, new Key(kind, field, Terms.normalize(text)));
  }

  /** {@code cache.getUnchecked(key)}, rethrowing a loader's unchecked exception as itself. */
  static <K, V> V unchecked(LoadingCache<K, V> cache, K key) {
    try {
      return cache.getUnchecked(key);
    } catch (UncheckedExecutionException e) {
      Throwables.throwIfUnchecked(e.getCause());
      throw e;
    }
  }

  /** Any smartcn word of {@code text} or of its thesaurus expansions in a word field; empty when {@code text} has no word. */
  Optional<Query> words(String field, String text) {
    return cached(Kind.WORDS, field, text);
  }

  /** Any bigram of {@code text} or of its thesaurus expansions in a bigram field. */
  Optional<Query> bigrams(String field, String text) {
    return cached(Kind.BIGRAMS, field, text);
  }

  /** The smartcn words of {@code text} and of its exact thesaurus synonyms, for reasons. */
  Set<String> expandedWordsOf(String field, String text) {
    return wordQueries.tokens(field, Terms.normalize(text));
  }

  /** The bigrams of {@code text} and of its exact thesaurus synonyms, for reasons. */
  Set<String> expandedBigramsOf(String field, String text) {
    return bigramQueries.tokens(field, Terms.normalize(text));
  }

  /** The smartcn words of {@code text}, as a word field indexes them. */
  Set<String> wordsOf(String field, String text) {
    return tokens(plainWordQueries.getAnalyzer(), field, text);
  }

  /** The bigrams of {@code text}, as a bigram field indexes them. */
  Set<String> bigramsOf(String field, String text) {
    return tokens(plainBigramQueries.getAnalyzer(), field, text);
  }

  private static Set<String> tokens(Analyzer analyzer, String field, String text) {
    Set<String> tokens = new LinkedHashSet<>();
    Analysis.addTokens(analyzer, field, text, tokens);
    return tokens;
  }

  /** Any smartcn word of {@code text} in a word field, without the thesaurus. */
  Optional<Query> plainWords(String field, String text) {
    return anyOf(field, unchecked(plainTokens, new PlainKey(true, Terms.normalize(text))), MAX_TEXT_TERMS);
  }

  /** Any bigram of {@code text} in a bigram field, without the thesaurus. */
  Optional<Query> plainBigrams(String field, String text) {
    return anyOf(field, unchecked(plainTokens, new PlainKey(false, Terms.normalize(text))), MAX_TEXT_TERMS);
  }

  /**
   * Any bigram of any term of {@link #relativesOf} (synonyms, narrower and related terms), each on
   * its own where {@link #bigrams} wants whole phrases: a tag sharing only part of a relative
   * (颅脑创伤手术 with 颅脑损伤, narrower than 神经外科) finds the expert. A hub term (农业技术推广) has
   * over a hundred such bigrams: see {@link TextTier#query} for the clause limit.
   */
  Optional<Query> relativeBigrams(String field, String term) {
    return cached(Kind.RELATIVE_BIGRAMS, field, term);
  }

  /**
   * The terms the thesaurus relates to {@code term} other than broader ones, sorted: a broader term's
   * pieces (内科, 工程) say nothing about the specialty.
   */
  SortedSet<String> relativesOf(String term) {
    SortedSet<String> relatives = new TreeSet<>(thesaurus.synonymsOf(term));
    relatives.addAll(thesaurus.narrowerOf(term));
    relatives.addAll(thesaurus.relatedOf(term));
    return relatives;
  }

  /**
   * {@link #relativesOf} with the broader terms: what {@link #bigrams}'s second expansion and {@link
   * #relativeBigrams} together reach, for the reasons of the text tier.
   */
  SortedSet<String> relativesAndBroaderOf(String term) {
    SortedSet<String> relatives = relativesOf(term);
    relatives.addAll(thesaurus.broaderOf(term));
    return relatives;
  }

  /** The bigrams of a normalized thesaurus term, as a bigram field indexes them; kept like a plain query's tokens. */
  Set<String> plainBigramsOf(String normalizedTerm) {
    return unchecked(plainTokens, new PlainKey(false, normalizedTerm));
  }

  private Set<String> relativeBigramsOf(String normalizedTerm) {
    Set<String> bigrams = new LinkedHashSet<>();
    for (String relative : relativesOf(normalizedTerm)) {
      bigrams.addAll(plainBigramsOf(relative));
    }
    return bigrams;
  }
}
