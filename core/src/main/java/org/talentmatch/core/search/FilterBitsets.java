package org.talentmatch.core.search;

import static java.util.Objects.requireNonNull;

import com.google.common.cache.Cache;
import com.google.common.base.Throwables;
import com.google.common.cache.CacheBuilder;
import com.google.common.util.concurrent.ExecutionError;
import com.google.common.util.concurrent.UncheckedExecutionException;
import java.io.IOException;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * Filters whose matches are computed once per segment and then reused as bits. For the filters every
 * seat of a region and program shares (the program and the travel circle around a county seat): a
 * province's thousands of seats ask for a few hundred of them, and running a point distance query per
 * seat rebuilt its distance predicate and walked the BKD tree every time.
 *
 * <p>Lucene's {@code LRUQueryCache} does not fit: it builds the wrapped query's weight on every
 * search, which is where the distance predicate is built, and caches a filter only after it recurs
 * within a short history. A segment's documents never change (a deletion only hides one, and the
 * searcher skips deleted documents for any query), so cached matches stay right while the segment
 * lives. Entries are dropped with their segment and, past about {@link #MAX_BYTES}, least recently
 * used first. Thread-safe.
 *
 * <p>The bits are answered as an iterator whose cost is their count, so a search is led by whichever
 * is smaller, the filter's matches or the relevance clauses. Checking the bits by random access only
 * (a two-phase iterator over every document, so that the relevance clauses always lead) measured no
 * better ({@code CandidateGenerationBenchmark province}, 2-core machine).
 */
final class FilterBitsets {
  /** Every county seat × program of a province, on segments totalling a few hundred thousand experts. */
  static final long MAX_BYTES = 64L << 20;

  private final Cache<Key, Matches> matches = CacheBuilder.newBuilder()
      .maximumWeight(MAX_BYTES)
      .weigher((Key key, Matches found) -> (int) Math.min(Integer.MAX_VALUE, found.bits().ramBytesUsed()))
      .build();
  private final Set<IndexReader.CacheKey> watchedSegments = ConcurrentHashMap.newKeySet();

  /** A constant-score query matching exactly the documents {@code filter} matches. */
  Query cached(Query filter) {
    return new CachedQuery(requireNonNull(filter, "filter"));
  }

  /** Number of cached (segment, filter) entries: for tests. */
  long size() {
    matches.cleanUp();
    return matches.size();
  }

  private Matches matchesIn(IndexSearcher searcher, LeafReaderContext leaf, Query filter) throws IOException {
    IndexReader.CacheHelper segment = leaf.reader().getCoreCacheHelper();
    if (segment == null) {
      return compute(searcher, leaf, filter);
    }
    IndexReader.CacheKey segmentKey = segment.getKey();
    if (watchedSegments.add(segmentKey)) {
      segment.addClosedListener(closed -> {
        watchedSegments.remove(closed);
        matches.asMap().keySet().removeIf(key -> key.segment() == closed);
      });
    }
    try {
      return matches.get(new Key(segmentKey, filter), () -> compute(searcher, leaf, filter));
    } catch (ExecutionException | UncheckedExecutionException | ExecutionError e) {
      Throwables.throwIfInstanceOf(e.getCause(), IOException.class);
      Throwables.throwIfUnchecked(e.getCause());
      throw new IOException(e.getCause());
    }
  }

  /** Every document of the segment, deleted or not, that the filter matches. */
  private static Matches compute(IndexSearcher searcher, LeafReaderContext leaf, Query filter) throws IOException {
    FixedBitSet bits = new FixedBitSet(leaf.reader().maxDoc());
    Query rewritten = searcher.rewrite(filter);
    Scorer scorer = rewritten.createWeight(searcher, ScoreMode.COMPLETE_NO_SCORES, 1f).scorer(leaf);
    if (scorer != null) {
      DocIdSetIterator docs = scorer.iterator();
      TwoPhaseIterator twoPhase = scorer.twoPhaseIterator();
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        if (twoPhase == null || twoPhase.matches()) {
          bits.set(doc);
        }
      }
    }
    return new Matches(bits, bits.cardinality());
  }

  /** A filter's documents in one segment, with their count. */
  private record Matches(FixedBitSet bits, int count) {}

  /** Compares segments by identity, as Lucene's cache keys are meant to be. */
  private record Key(IndexReader.CacheKey segment, Query filter) {}

  private final class CachedQuery extends Query {
    private final Query filter;

    CachedQuery(Query filter) {
      this.filter = filter;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
      return new ConstantScoreWeight(this, boost) {
        @Override
        public Scorer scorer(LeafReaderContext leaf) throws IOException {
          Matches found = matchesIn(searcher, leaf, filter);
          if (found.count() == 0) {
            return null;
          }
          return new ConstantScoreScorer(this, score(), scoreMode,
              new BitSetIterator(found.bits(), found.count()));
        }

        @Override
        public boolean isCacheable(LeafReaderContext leaf) {
          return false; // cached here already
        }
      };
    }

    @Override
    public void visit(QueryVisitor visitor) {
      filter.visit(visitor.getSubVisitor(Occur.FILTER, this));
    }

    @Override
    public String toString(String defaultField) {
      return "cached(" + filter.toString(defaultField) + ")";
    }

    @Override
    public boolean equals(Object other) {
      return sameClassAs(other) && filter.equals(((CachedQuery) other).filter)
          && owner() == ((CachedQuery) other).owner();
    }

    @Override
    public int hashCode() {
      return Objects.hash(classHash(), filter);
    }

    private FilterBitsets owner() {
      return FilterBitsets.this;
    }
  }
}
