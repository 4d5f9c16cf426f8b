package org.talentmatch.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
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
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * A cached filter matches exactly what the filter it wraps matches, on an index of several segments
 * with deletions, whether its bits are computed for this search or reused from an earlier one; and
 * its bits go with their segment.
 */
class FilterBitsetsProperties {
  private static final int EXPERTS = 600;

  @Property(tries = 60)
  void aCachedFilterMatchesWhatItsFilterMatches(@ForAll @DoubleRange(min = 35, max = 38) double lat,
      @ForAll @DoubleRange(min = 115, max = 122) double lon, @ForAll @IntRange(min = 1, max = 400) int km,
      @ForAll @IntRange(min = 0, max = 2) int program) throws IOException {
    try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
        IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
      index(writer);
      try (DirectoryReader reader = DirectoryReader.open(writer)) {
        IndexSearcher searcher = new IndexSearcher(reader);
        FilterBitsets bitsets = new FilterBitsets();
        Query filter = new BooleanQuery.Builder()
            .add(new TermQuery(new Term("program", "P" + program)), Occur.FILTER)
            .add(LatLonPoint.newDistanceQuery("location", lat, lon, km * 1000.0), Occur.FILTER)
            .build();
        Set<String> expected = ids(searcher, filter);

        assertThat(ids(searcher, bitsets.cached(filter))).isEqualTo(expected);
        long entries = bitsets.size();
        assertThat(ids(searcher, bitsets.cached(filter))).isEqualTo(expected);
        assertThat(bitsets.size()).isEqualTo(entries).isLessThanOrEqualTo(reader.leaves().size());
      }
    }
  }

  @Example
  void bitsAreDroppedWithTheirSegment() throws IOException {
    FilterBitsets bitsets = new FilterBitsets();
    try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
        IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
      index(writer);
      try (DirectoryReader reader = DirectoryReader.open(writer)) {
        ids(new IndexSearcher(reader), bitsets.cached(new TermQuery(new Term("program", "P1"))));
        assertThat(bitsets.size()).isEqualTo(reader.leaves().size()).isGreaterThan(1);
      }
    }

    assertThat(bitsets.size()).isZero();
  }

  @Example
  void bitsKeptForUnchangedSegmentsStayRightAfterDeletesUpdatesAndMerges() throws IOException {
    FilterBitsets bitsets = new FilterBitsets();
    Query filter = LatLonPoint.newDistanceQuery("location", 36.0, 117.0, 120_000);
    try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
        IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(new StandardAnalyzer()))) {
      index(writer);
      DirectoryReader reader = DirectoryReader.open(writer);
      assertThat(ids(new IndexSearcher(reader), bitsets.cached(filter))).isEqualTo(ids(new IndexSearcher(reader), filter));
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

        assertThat(ids(searcher, bitsets.cached(filter))).isEqualTo(ids(searcher, filter)).isNotEmpty();
      }
      reader.close();
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
    doc.add(new LatLonPoint("location", lat, lon));
    return doc;
  }

  private static Set<String> ids(IndexSearcher searcher, Query query) throws IOException {
    Set<String> ids = new HashSet<>();
    for (ScoreDoc hit : searcher.search(query, EXPERTS).scoreDocs) {
      ids.add(searcher.storedFields().document(hit.doc).get("id"));
    }
    return ids;
  }
}
