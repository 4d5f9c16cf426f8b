package org.talentmatch.core.search;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;

/**
 * A value kept for each segment of an index for as long as the segment lives: made on first use, keyed
 * by the segment's core (a merged segment, or one written since, has another key; deleting documents
 * keeps it) and dropped when the segment closes. Thread-safe.
 */
final class PerSegment<T> {
  private final Map<IndexReader.CacheKey, T> bySegment = new ConcurrentHashMap<>();
  private final Function<LeafReader, T> create;

  PerSegment(Function<LeafReader, T> create) {
    this.create = requireNonNull(create, "create");
  }

  /**
   * The value of {@code reader}'s segment, or null for a reader without a core cache key: nothing
   * would then say when to drop it, so the caller reads that segment uncached.
   */
  T of(LeafReader reader) {
    IndexReader.CacheHelper core = reader.getCoreCacheHelper();
    if (core == null) {
      return null;
    }
    return bySegment.computeIfAbsent(core.getKey(), key -> {
      core.addClosedListener(bySegment::remove);
      return create.apply(reader);
    });
  }
}
