package org.talentmatch.core.search;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.util.BytesRef;

/**
 * Lookups in a segment's terms dictionaries, kept per segment ({@link PerSegment}): the {@link
 * TieBreak} weighs and finds the same words (the seat skills', a demand text's common words) on every
 * search, and a dictionary lookup cost more than the rest of its setup. Two lookups are kept: a term's
 * document frequency, and a word's ordinal among a sorted-set doc values field's values.
 *
 * <p>Both stay right for as long as the segment lives. Deleted documents count in its frequencies until
 * it merges away (as in {@link IndexReader#docFreq}). Its sorted-set doc values are written with its
 * documents and Lucene cannot update them in place, so their ordinals never change. Thread-safe; at most
 * {@value #MAX_ENTRIES_PER_SEGMENT} frequencies per segment, and as many ordinals per segment and field
 * (then those entries start over).
 */
final class SegmentLookups {
  private static final int MAX_ENTRIES_PER_SEGMENT = 1 << 16;
  /** Cached for a word no document of the segment has; {@code lookupTerm} returns some negative number. */
  private static final long ABSENT = -1;

  private final PerSegment<Segment> bySegment = new PerSegment<>(reader -> new Segment());

  /** One segment's cached lookups. */
  private static final class Segment {
    final Map<Term, Integer> docFreqs = new ConcurrentHashMap<>();
    /** By field, then word. */
    final Map<String, Map<BytesRef, Long>> ordinals = new ConcurrentHashMap<>();
  }

  /** What {@code reader.docFreq(term)} returns. */
  int docFreq(IndexReader reader, Term term) throws IOException {
    int docFreq = 0;
    for (LeafReaderContext leaf : reader.leaves()) {
      docFreq += docFreqInSegment(leaf.reader(), term);
    }
    return docFreq;
  }

  private int docFreqInSegment(LeafReader reader, Term term) throws IOException {
    Segment segment = bySegment.of(reader);
    if (segment == null) {
      return reader.docFreq(term);
    }
    Integer docFreq = segment.docFreqs.get(term);
    if (docFreq == null) {
      docFreq = reader.docFreq(term);
      bounded(segment.docFreqs).put(term, docFreq);
    }
    return docFreq;
  }

  /**
   * The ordinal of each of {@code words} among the values of the segment's sorted-set doc values
   * {@code field}, in order; a negative number for a word no document of the segment has.
   */
  long[] ordinals(LeafReader reader, String field, List<BytesRef> words) throws IOException {
    long[] ordinals = new long[words.size()];
    Segment segment = bySegment.of(reader);
    if (segment == null) {
      SortedSetDocValues values = DocValues.getSortedSet(reader, field);
      for (int i = 0; i < ordinals.length; i++) {
        ordinals[i] = values.lookupTerm(words.get(i));
      }
      return ordinals;
    }
    Map<BytesRef, Long> cached = segment.ordinals.computeIfAbsent(field, f -> new ConcurrentHashMap<>());
    SortedSetDocValues values = null;
    for (int i = 0; i < ordinals.length; i++) {
      BytesRef word = words.get(i);
      Long ordinal = cached.get(word);
      if (ordinal == null) {
        values = values == null ? DocValues.getSortedSet(reader, field) : values;
        ordinal = Math.max(ABSENT, values.lookupTerm(word));
        bounded(cached).put(BytesRef.deepCopyOf(word), ordinal);
      }
      ordinals[i] = ordinal;
    }
    return ordinals;
  }

  private static <K, V> Map<K, V> bounded(Map<K, V> entries) {
    if (entries.size() >= MAX_ENTRIES_PER_SEGMENT) {
      entries.clear();
    }
    return entries;
  }
}
