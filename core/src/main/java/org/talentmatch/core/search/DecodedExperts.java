package org.talentmatch.core.search;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.talentmatch.api.model.Expert;

/**
 * The experts of an index's documents, each decoded from its stored fields once per segment: a
 * whole-file candidate generation reads the same popular experts for thousands of seats, and
 * decompressing their stored fields every time cost more than scoring them.
 *
 * <p>A segment never changes once written (an update deletes and adds a document elsewhere), so an
 * expert decoded for a (segment, document) pair stays right for as long as the segment lives, and is
 * dropped with it. Thread-safe: two threads may decode the same document at once; both get equal
 * experts. Holds at most one expert per document of the open segments, decoded on first use.
 */
final class DecodedExperts {
  private final Map<IndexReader.CacheKey, AtomicReferenceArray<Expert>> bySegment = new ConcurrentHashMap<>();

  /**
   * The expert of document {@code doc} (a top-level id of {@code searcher}'s reader): the caller's own record of that id where {@code known} has
   * one (a whole-file search holds every expert of its problem already: decoding thousands of them
   * from stored fields cost a tenth of the search), else decoded from the index.
   */
  Expert expert(IndexSearcher searcher, int doc, Map<String, Expert> known) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    LeafReader reader = leaf.reader();
    int local = doc - leaf.docBase;
    if (!known.isEmpty()) {
      SortedDocValues ids = DocValues.getSorted(reader, ExpertDocuments.ID);
      Expert own = ids.advanceExact(local) ? known.get(ids.lookupOrd(ids.ordValue()).utf8ToString()) : null;
      if (own != null) {
        return own;
      }
    }
    IndexReader.CacheHelper segment = reader.getCoreCacheHelper();
    if (segment == null) {
      return decode(reader, local);
    }
    AtomicReferenceArray<Expert> experts = bySegment.computeIfAbsent(segment.getKey(), key -> {
      segment.addClosedListener(bySegment::remove);
      return new AtomicReferenceArray<>(reader.maxDoc());
    });
    Expert expert = experts.get(local);
    if (expert == null) {
      expert = decode(reader, local);
      experts.set(local, expert);
    }
    return expert;
  }

  private static Expert decode(LeafReader reader, int doc) throws IOException {
    return ExpertDocuments.toExpert(reader.storedFields().document(doc));
  }
}
