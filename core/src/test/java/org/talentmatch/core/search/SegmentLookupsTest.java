package org.talentmatch.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NoMergePolicy;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

/**
 * Cached lookups answer what the segment answers, on every segment of a reader and again on a
 * reader reopened after writes (new segments, same old ones), whether cached or not yet.
 */
class SegmentLookupsTest {
  private static final String FIELD = "words";
  /** The same words plus one that sorts first: every word's ordinal differs from {@link #FIELD}'s. */
  private static final String OTHER_FIELD = "more_words";
  private static final String FIRST_WORD = "啊";
  private static final List<String> WORDS = List.of("蔬菜", "栽培", "心内科", "教学", "无此词", "aa", "zz");

  @Test
  void ordinalsAndFrequenciesAreTheSegmentsOwn() throws IOException {
    SegmentLookups lookups = new SegmentLookups();
    try (Directory directory = new ByteBuffersDirectory();
        IndexWriter writer = new IndexWriter(directory,
            new IndexWriterConfig().setMergePolicy(NoMergePolicy.INSTANCE))) {
      add(writer, "蔬菜", "栽培");
      add(writer, "心内科");
      writer.commit();
      add(writer, "教学", "蔬菜");
      writer.commit();
      try (DirectoryReader first = DirectoryReader.open(writer)) {
        assertThat(first.leaves()).hasSize(2);
        assertAgree(lookups, first);
        assertAgree(lookups, first);
        add(writer, "aa", "教学");
        writer.deleteDocuments(new Term(FIELD, "心内科"));
        writer.commit();
        try (DirectoryReader second = DirectoryReader.openIfChanged(first)) {
          assertThat(second.leaves()).hasSize(3);
          assertAgree(lookups, second);
        }
      }
    }
  }

  private static void assertAgree(SegmentLookups lookups, DirectoryReader reader) throws IOException {
    List<BytesRef> words = WORDS.stream().map(BytesRef::new).toList();
    for (String word : WORDS) {
      Term term = new Term(FIELD, word);
      assertThat(lookups.docFreq(reader, term)).as(word).isEqualTo(reader.docFreq(term));
    }
    for (LeafReaderContext leaf : reader.leaves()) {
      for (String field : List.of(FIELD, OTHER_FIELD)) {
        long[] cached = lookups.ordinals(leaf.reader(), field, words);
        for (int i = 0; i < WORDS.size(); i++) {
          long ord = DocValues.getSortedSet(leaf.reader(), field).lookupTerm(words.get(i));
          if (ord >= 0) {
            assertThat(cached[i]).as("%s in %s of segment %d", WORDS.get(i), field, leaf.ord).isEqualTo(ord);
          } else {
            assertThat(cached[i]).as("%s in %s of segment %d", WORDS.get(i), field, leaf.ord).isNegative();
          }
        }
      }
    }
  }

  private static void add(IndexWriter writer, String... words) throws IOException {
    Document doc = new Document();
    for (String word : words) {
      doc.add(new StringField(FIELD, word, Field.Store.NO));
      doc.add(new SortedSetDocValuesField(FIELD, new BytesRef(word)));
      doc.add(new SortedSetDocValuesField(OTHER_FIELD, new BytesRef(word)));
    }
    doc.add(new SortedSetDocValuesField(OTHER_FIELD, new BytesRef(FIRST_WORD)));
    writer.addDocument(doc);
  }
}
