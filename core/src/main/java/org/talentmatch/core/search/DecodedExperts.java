package org.talentmatch.core.search;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.talentmatch.api.model.Expert;

/**
 * The experts of an index's documents, each decoded from its stored fields once per segment: a
 * whole-file candidate generation reads the same popular experts for thousands of seats, and
 * decompressing their stored fields every time cost more than scoring them. A caller that holds the
 * records already (the problem of a whole-file search) gets its own record instead, found by the
 * document's id, itself read once per document.
 *
 * <p>A segment never changes once written (an update deletes and adds a document elsewhere), so an
 * expert or id read for a (segment, document) pair stays right for as long as the segment lives, and
 * is dropped with it. Thread-safe: two threads may read the same document at once; both get equal
 * values. Holds at most one expert and one id per document of the open segments, read on first use.
 */
final class DecodedExperts {
  private final PerSegment<Segment> bySegment = new PerSegment<>(Segment::of);

  /** What has been read of one segment's documents. */
  private record Segment(AtomicReferenceArray<Expert> experts, AtomicReferenceArray<String> ids) {
    static Segment of(LeafReader reader) {
      return new Segment(new AtomicReferenceArray<>(reader.maxDoc()), new AtomicReferenceArray<>(reader.maxDoc()));
    }
  }

  /**
   * The expert of document {@code doc} (a top-level id of {@code searcher}'s reader): the caller's own
   * record of that id where {@code known} has one, else decoded from the index.
   */
  Expert expert(IndexSearcher searcher, int doc, Map<String, Expert> known) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    LeafReader reader = leaf.reader();
    int local = doc - leaf.docBase;
    Segment segment = bySegment.of(reader);
    if (segment == null) {
      // Nothing to key a cache on: read this document alone.
      Expert own = known.isEmpty() ? null : known.get(id(reader, local));
      return own != null ? own : decode(reader, local);
    }
    if (!known.isEmpty()) {
      String id = segment.ids().get(local);
      if (id == null) {
        id = id(reader, local);
        segment.ids().set(local, id);
      }
      Expert own = known.get(id);
      if (own != null) {
        return own;
      }
    }
    Expert expert = segment.experts().get(local);
    if (expert == null) {
      expert = decode(reader, local);
      segment.experts().set(local, expert);
    }
    return expert;
  }

  private static String id(LeafReader reader, int doc) throws IOException {
    SortedDocValues values = DocValues.getSorted(reader, ExpertDocuments.ID);
    return values.advanceExact(doc) ? values.lookupOrd(values.ordValue()).utf8ToString() : "";
  }

  private static Expert decode(LeafReader reader, int doc) throws IOException {
    return ExpertDocuments.toExpert(reader.storedFields().document(doc));
  }
}
