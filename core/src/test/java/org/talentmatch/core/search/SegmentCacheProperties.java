package org.talentmatch.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * A cached filter matches exactly what the filter it wraps matches, and a cached scored query matches
 * the same documents with the same scores, on an index of several segments with deletions, whether
 * the matches are computed for this search or reused from an earlier one; and they go with their
 * segment.
 */
class SegmentCacheProperties {
  private static final int EXPERTS = 600;

  @Property(tries = 60)
  void aCachedFilterMatchesWhatItsFilterMatches(@ForAll @DoubleRange(min = 35, max = 38) double lat,
      @ForAll @DoubleRange(min = 115, max = 122) double lon, @ForAll @IntRange(min = 1, max = 400) int km,
      @ForAll @IntRange(min = 0, max = 2) int program) throws IOException {
    onIndex(searcher -> {
      SegmentCache cache = new SegmentCache();
      Query filter = new BooleanQuery.Builder()
          .add(new TermQuery(new Term("program", "P" + program)), Occur.FILTER)
          .add(LatLonPoint.newDistanceQuery("location", lat, lon, km * 1000.0), Occur.FILTER)
          .build();
      Set<String> expected = ids(searcher, filter);

      assertThat(ids(searcher, cache.filter(filter))).isEqualTo(expected);
      long entries = cache.size();
      assertThat(ids(searcher, cache.filter(filter))).isEqualTo(expected);
      assertThat(cache.size()).isEqualTo(entries).isLessThanOrEqualTo(searcher.getIndexReader().leaves().size());
    });
  }

  @Property(tries = 60)
  void aCachedScoredQueryScoresWhatItsQueryScores(@ForAll @IntRange(min = 0, max = 2) int program,
      @ForAll @IntRange(min = 1, max = 400) int km, @ForAll @IntRange(min = 1, max = 30) int boost)
      throws IOException {
    onIndex(searcher -> {
      SegmentCache cache = new SegmentCache();
      // Constant-score levels, as a seat term's, one a phrase (its matches confirmed in a second phase).
      Query levels = new DisjunctionMaxQuery(List.of(
          new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term("program", "P" + program))), 1f),
          new BoostQuery(new ConstantScoreQuery(new PhraseQuery("text", "w" + (km % 5), "w" + (km % 7))), 0.6f),
          new BoostQuery(new ConstantScoreQuery(LatLonPoint.newDistanceQuery("location", 36.0, 117.0, km * 1000.0)),
              0.35f)), 0f);
      Query boosted = new BoostQuery(levels, boost / 10f);
      Map<String, Float> expected = scores(searcher, boosted);

      assertThat(scores(searcher, new BoostQuery(cache.scored(levels), boost / 10f))).isEqualTo(expected);
      assertThat(scores(searcher, new BoostQuery(cache.scored(levels), boost / 10f))).isEqualTo(expected);
      // Leapfrogging with sparse filters (as a seat's cached program and circle) advances the cached
      // list by short and long steps, and past its end.
      for (int every : new int[] {3, 17, 97}) {
        Query sparse = new TermQuery(new Term("mod" + every, String.valueOf(km % every)));
        Query narrowed = new BooleanQuery.Builder().add(cache.scored(levels), Occur.MUST)
            .add(cache.filter(sparse), Occur.FILTER)
            .add(cache.filter(new TermQuery(new Term("program", "P" + (boost % 3)))), Occur.FILTER).build();
        Query plainNarrowed = new BooleanQuery.Builder().add(levels, Occur.MUST)
            .add(sparse, Occur.FILTER)
            .add(new TermQuery(new Term("program", "P" + (boost % 3))), Occur.FILTER).build();
        assertThat(scores(searcher, narrowed)).isEqualTo(scores(searcher, plainNarrowed));
      }
    });
  }

  @Example
  void bitsAreDroppedWithTheirSegment() throws IOException {
    SegmentCache cache = new SegmentCache();
    onIndex(searcher -> {
      ids(searcher, cache.filter(new TermQuery(new Term("program", "P1"))));
      assertThat(cache.size()).isEqualTo(searcher.getIndexReader().leaves().size()).isGreaterThan(1);
    });

    assertThat(cache.size()).isZero();
  }

  @Example
  void matchesKeptForUnchangedSegmentsStayRightAfterDeletesUpdatesAndMerges() throws IOException {
    SegmentCache cache = new SegmentCache();
    Query filter = LatLonPoint.newDistanceQuery("location", 36.0, 117.0, 120_000);
    Query scored = new BoostQuery(new ConstantScoreQuery(filter), 0.6f);
    try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
        IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
      index(writer);
      DirectoryReader reader = DirectoryReader.open(writer);
      assertThat(ids(new IndexSearcher(reader), cache.filter(filter))).isEqualTo(ids(new IndexSearcher(reader), filter));
      assertThat(scores(new IndexSearcher(reader), cache.scored(scored))).isEqualTo(scores(new IndexSearcher(reader), scored));
      for (int round = 0; round < 3; round++) {
        // Move some experts far away, delete others, sometimes merge everything.
        for (int i = round; i < EXPERTS; i += 11) {
          writer.updateDocument(new Term("id", "E" + i), expert(i, 30.0, 100.0));
        }
        writer.deleteDocuments(new Term("id", "E" + (round * 13 + 1)));
        if (round == 1) {
          writer.forceMerge(1);
        }
        DirectoryReader reopened = DirectoryReader.openIfChanged(reader, writer);
        reader.close();
        reader = reopened;
        IndexSearcher searcher = new IndexSearcher(reader);

        assertThat(ids(searcher, cache.filter(filter))).isEqualTo(ids(searcher, filter)).isNotEmpty();
        assertThat(scores(searcher, cache.scored(scored))).isEqualTo(scores(searcher, scored));
      }
      reader.close();
    }
  }

  @FunctionalInterface
  private interface Search {
    void on(IndexSearcher searcher) throws IOException;
  }

  /** Runs {@code search} on a fresh index of {@link #index}'s experts. */
  private static void onIndex(Search search) throws IOException {
    try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
        IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
      index(writer);
      try (DirectoryReader reader = DirectoryReader.open(writer)) {
        search.on(new IndexSearcher(reader));
      }
    }
  }

  /** Experts on a grid over Shandong, in three segments, every seventh deleted. */
  private static void index(IndexWriter writer) throws IOException {
    for (int i = 0; i < EXPERTS; i++) {
      writer.addDocument(expert(i, 34.5 + (i % 20) * 0.2, 115 + (i / 20) * 0.25));
      if (i % (EXPERTS / 3) == EXPERTS / 3 - 1) {
        writer.commit();
      }
    }
    for (int i = 0; i < EXPERTS; i += 7) {
      writer.deleteDocuments(new Term("id", "E" + i));
    }
    writer.commit();
  }

  private static Document expert(int i, double lat, double lon) {
    Document doc = new Document();
    doc.add(new StringField("id", "E" + i, Field.Store.YES));
    doc.add(new StringField("program", "P" + (i % 3), Field.Store.NO));
    for (int every : new int[] {3, 17, 97}) {
      doc.add(new StringField("mod" + every, String.valueOf(i % every), Field.Store.NO));
    }
    // Words in an order that makes some two-word phrases match and others not.
    doc.add(new TextField("text", "w" + (i % 5) + " w" + (i % 7) + " w" + (i % 3), Field.Store.NO));
    doc.add(new LatLonPoint("location", lat, lon));
    return doc;
  }

  private static Map<String, Float> scores(IndexSearcher searcher, Query query) throws IOException {
    Map<String, Float> scores = new HashMap<>();
    for (ScoreDoc hit : searcher.search(query, EXPERTS).scoreDocs) {
      scores.put(searcher.storedFields().document(hit.doc).get("id"), hit.score);
    }
    return scores;
  }

  private static Set<String> ids(IndexSearcher searcher, Query query) throws IOException {
    Set<String> ids = new HashSet<>();
    for (ScoreDoc hit : searcher.search(query, EXPERTS).scoreDocs) {
      ids.add(searcher.storedFields().document(hit.doc).get("id"));
    }
    return ids;
  }
}
