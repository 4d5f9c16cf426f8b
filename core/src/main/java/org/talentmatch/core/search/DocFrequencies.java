package org.talentmatch.core.search;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;

/**
 * Document frequencies of terms, kept per segment: the {@link TieBreak} weighs the same words (the
 * seat skills', a demand text's common words) on every search, and a lookup in each segment's terms
 * dictionary cost more than the rest of its setup. A segment's frequencies never change (deleted
 * documents count until their segment merges away, as in {@link IndexReader#docFreq}), so a cached
 * frequency stays right for as long as the segment lives, and is dropped with it. Thread-safe; at
 * most {@value #MAX_TERMS_PER_SEGMENT} terms per segment (then that segment starts over).
 */
final class DocFrequencies {
  private static final int MAX_TERMS_PER_SEGMENT = 1 << 16;

  private final Map<IndexReader.CacheKey, Map<Term, Integer>> bySegment = new ConcurrentHashMap<>();

  /** What {@code reader.docFreq(term)} returns. */
  int docFreq(IndexReader reader, Term term) throws IOException {
    int docFreq = 0;
    for (LeafReaderContext leaf : reader.leaves()) {
      docFreq += inSegment(leaf.reader(), term);
    }
    return docFreq;
  }

  private int inSegment(LeafReader reader, Term term) throws IOException {
    IndexReader.CacheHelper segment = reader.getCoreCacheHelper();
    if (segment == null) {
      return reader.docFreq(term);
    }
    Map<Term, Integer> frequencies = bySegment.computeIfAbsent(segment.getKey(), key -> {
      segment.addClosedListener(bySegment::remove);
      return new ConcurrentHashMap<>();
    });
    Integer docFreq = frequencies.get(term);
    if (docFreq == null) {
      if (frequencies.size() >= MAX_TERMS_PER_SEGMENT) {
        frequencies.clear();
      }
      docFreq = reader.docFreq(term);
      frequencies.put(term, docFreq);
    }
    return docFreq;
  }
}
