package org.talentmatch.core.search;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Throwables;
import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import com.google.common.util.concurrent.ExecutionError;
import com.google.common.util.concurrent.UncheckedExecutionException;
import java.io.IOException;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.RamUsageEstimator;

/**
 * Queries whose matches are computed once per segment and then reused: as bits for a filter, as
 * document ids with their scores for a scored query. For the queries a province's seats share:
 *
 * <ul>
 *   <li>filters: the program, the title and degree floors, and the travel circle around a demand's
 *       place. Demands placed at their county seat (as the generator places them) share circles:
 *       thousands of seats ask for a few hundred, and a point distance query per seat rebuilt its
 *       distance predicate and walked the BKD tree every time;
 *   <li>scored: one seat skill term's relevance levels ({@link SeatMatcher}), a disjunction-max of
 *       dozens of constant-score clauses. Seats share their skill terms, and evaluating the
 *       disjunction (a priority queue over every clause, for every matching document) was a third of
 *       candidate generation; a cached term is one array of ids and one of scores.
 * </ul>
 *
 * <p>Lucene's {@code LRUQueryCache} does not fit: it builds the wrapped query's weight on every
 * search, which is where the distance predicate is built, caches only queries that need no scores,
 * and only after they recur within a short history. A segment's documents never change (a deletion
 * only hides one, and the searcher skips deleted documents for any query), so cached matches stay
 * right while the segment lives. Entries are dropped with their segment and, past about {@link
 * #MAX_FILTER_BYTES} of filters or {@link #MAX_SCORED_BYTES} of scored lists, least recently used
 * first. Thread-safe.
 *
 * <p>Cached matches are answered as an iterator whose cost is their count, so a search is led by
 * whichever is smaller, a filter's matches or the relevance clauses. Checking a filter's bits by random
 * access only (a two-phase iterator over every document, so that the relevance clauses always lead)
 * measured no better ({@code CandidateGenerationBenchmark province}, 2-core machine).
 */
final class SegmentCache {
  /**
   * Programs, title and degree floors and the travel circles of a province's demands as bits, about
   * 12 KB each per 100,000 experts (demands at a county seat share a circle; elsewhere a circle serves
   * one demand's seats).
   */
  static final long MAX_FILTER_BYTES = 64L << 20;
  /**
   * Level lists, 8 bytes per matching expert (a few KB for a specialty, a few hundred KB for the
   * broadest terms): a few thousand terms on segments totalling a few hundred thousand experts. Kept
   * apart from the filters, so that circles used by one demand cannot push them out.
   */
  static final long MAX_SCORED_BYTES = 128L << 20;

  private final Cache<Key, Matches> filters = budget(MAX_FILTER_BYTES);
  private final Cache<Key, Matches> scoredLists = budget(MAX_SCORED_BYTES);
  private final Set<IndexReader.CacheKey> watchedSegments = ConcurrentHashMap.newKeySet();

  /** A constant-score query matching exactly the documents {@code filter} matches. */
  Query filter(Query filter) {
    return new CachedQuery(requireNonNull(filter, "filter"), false);
  }

  /**
   * A query matching exactly the documents {@code query} matches, each with the score {@code query}
   * gives it (times the boost). For queries whose scores depend on the document alone, not on the
   * index's statistics (constant-score clauses): those are kept while the segment lives.
   */
  Query scored(Query query) {
    return new CachedQuery(requireNonNull(query, "query"), true);
  }

  private static Cache<Key, Matches> budget(long maxBytes) {
    return CacheBuilder.newBuilder()
        .maximumWeight(maxBytes)
        .weigher((Key key, Matches found) -> (int) Math.min(Integer.MAX_VALUE, found.ramBytesUsed()))
        .build();
  }

  /** Number of cached (segment, query) entries: for tests. */
  long size() {
    filters.cleanUp();
    scoredLists.cleanUp();
    return filters.size() + scoredLists.size();
  }

  private Matches matchesIn(IndexSearcher searcher, LeafReaderContext leaf, Query query, boolean scored)
      throws IOException {
    IndexReader.CacheHelper segment = leaf.reader().getCoreCacheHelper();
    if (segment == null) {
      return compute(searcher, leaf, query, scored);
    }
    IndexReader.CacheKey segmentKey = segment.getKey();
    if (watchedSegments.add(segmentKey)) {
      segment.addClosedListener(closed -> {
        watchedSegments.remove(closed);
        filters.asMap().keySet().removeIf(key -> key.segment() == closed);
        scoredLists.asMap().keySet().removeIf(key -> key.segment() == closed);
      });
    }
    try {
      Cache<Key, Matches> cache = scored ? scoredLists : filters;
      return cache.get(new Key(segmentKey, query), () -> compute(searcher, leaf, query, scored));
    } catch (ExecutionException | UncheckedExecutionException | ExecutionError e) {
      Throwables.throwIfInstanceOf(e.getCause(), IOException.class);
      Throwables.throwIfUnchecked(e.getCause());
      throw new IOException(e.getCause());
    }
  }

  /** Every document of the segment, deleted or not, that the query matches, with its score when asked. */
  private static Matches compute(IndexSearcher searcher, LeafReaderContext leaf, Query query, boolean scored)
      throws IOException {
    int maxDoc = leaf.reader().maxDoc();
    FixedBitSet bits = scored ? null : new FixedBitSet(maxDoc);
    int[] docs = scored ? new int[16] : null;
    float[] scores = scored ? new float[16] : null;
    int count = 0;
    Query rewritten = searcher.rewrite(query);
    Scorer scorer = rewritten.createWeight(searcher, scored ? ScoreMode.COMPLETE : ScoreMode.COMPLETE_NO_SCORES, 1f)
        .scorer(leaf);
    if (scorer != null) {
      // A two-phase scorer's iterator confirms each match itself (a match may be confirmed only once).
      DocIdSetIterator iterator = scorer.iterator();
      for (int doc = iterator.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = iterator.nextDoc()) {
        if (scored) {
          if (count == docs.length) {
            docs = Arrays.copyOf(docs, Math.min(maxDoc, count * 2));
            scores = Arrays.copyOf(scores, docs.length);
          }
          docs[count] = doc;
          scores[count] = scorer.score();
        } else {
          bits.set(doc);
        }
        count++;
      }
    }
    return scored ? Scores.of(Arrays.copyOf(docs, count), Arrays.copyOf(scores, count)) : new Bits(bits, count);
  }

  /** A query's documents in one segment. */
  private sealed interface Matches permits Bits, Scores {
    int count();

    long ramBytesUsed();
  }

  /** A filter's documents as bits, with their count. */
  private record Bits(FixedBitSet bits, int count) implements Matches {
    @Override
    public long ramBytesUsed() {
      return bits.ramBytesUsed();
    }
  }

  /** A scored query's documents in increasing order, each with its score, and the highest score. */
  private record Scores(int[] docs, float[] scores, float maxScore) implements Matches {
    static Scores of(int[] docs, float[] scores) {
      float max = 0;
      for (float score : scores) {
        max = Math.max(max, score);
      }
      return new Scores(docs, scores, max);
    }

    @Override
    public int count() {
      return docs.length;
    }

    @Override
    public long ramBytesUsed() {
      return RamUsageEstimator.sizeOf(docs) + RamUsageEstimator.sizeOf(scores);
    }
  }

  /** Compares segments by identity, as Lucene's cache keys are meant to be. */
  private record Key(IndexReader.CacheKey segment, Query query) {}

  private final class CachedQuery extends Query {
    private final Query query;
    private final boolean scored;

    CachedQuery(Query query, boolean scored) {
      this.query = query;
      this.scored = scored;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
      return new Weight(this) {
        @Override
        public Scorer scorer(LeafReaderContext leaf) throws IOException {
          Matches found = matchesIn(searcher, leaf, query, scored);
          if (found.count() == 0) {
            return null;
          }
          if (found instanceof Scores list) {
            return new ListScorer(this, list, boost);
          }
          Bits bits = (Bits) found;
          return new ConstantScoreScorer(this, boost, scoreMode, new BitSetIterator(bits.bits(), bits.count()));
        }

        @Override
        public Explanation explain(LeafReaderContext leaf, int doc) throws IOException {
          // Rare: the wrapped query explains which of its clauses matched; a filter scores its boost.
          Explanation wrapped = searcher.rewrite(query).createWeight(searcher, scoreMode, boost).explain(leaf, doc);
          if (scored || !wrapped.isMatch()) {
            return wrapped;
          }
          return Explanation.match(boost, "cached filter", wrapped);
        }

        @Override
        public boolean isCacheable(LeafReaderContext leaf) {
          return false; // cached here already
        }
      };
    }

    @Override
    public void visit(QueryVisitor visitor) {
      query.visit(visitor.getSubVisitor(scored ? Occur.MUST : Occur.FILTER, this));
    }

    @Override
    public String toString(String defaultField) {
      return "cached(" + query.toString(defaultField) + ")";
    }

    @Override
    public boolean equals(Object other) {
      return sameClassAs(other) && query.equals(((CachedQuery) other).query)
          && scored == ((CachedQuery) other).scored && owner() == ((CachedQuery) other).owner();
    }

    @Override
    public int hashCode() {
      return Objects.hash(classHash(), query, scored);
    }

    private SegmentCache owner() {
      return SegmentCache.this;
    }
  }

  /** Walks a cached list of documents and scores. */
  private static final class ListScorer extends Scorer {
    private final Scores list;
    private final float boost;
    private final float maxScore;
    private int index = -1;
    private int doc = -1;

    ListScorer(Weight weight, Scores list, float boost) {
      super(weight);
      this.list = list;
      this.boost = boost;
      this.maxScore = list.maxScore() * boost;
    }

    @Override
    public int docID() {
      return doc;
    }

    @Override
    public float score() {
      return list.scores()[index] * boost;
    }

    @Override
    public float getMaxScore(int upTo) {
      return maxScore;
    }

    @Override
    public DocIdSetIterator iterator() {
      return new DocIdSetIterator() {
        @Override
        public int docID() {
          return doc;
        }

        @Override
        public int nextDoc() {
          return move(index + 1);
        }

        @Override
        public int advance(int target) {
          int[] docs = list.docs();
          // Gallop from the current position: targets are usually near.
          int low = index + 1;
          int step = 1;
          int high = low;
          while (high < docs.length && docs[high] < target) {
            low = high + 1;
            high += step;
            step <<= 1;
          }
          high = Math.min(high, docs.length - 1);
          while (low <= high) {
            int mid = (low + high) >>> 1;
            if (docs[mid] < target) {
              low = mid + 1;
            } else {
              high = mid - 1;
            }
          }
          return move(low);
        }

        @Override
        public long cost() {
          return list.docs().length;
        }
      };
    }

    private int move(int to) {
      index = to;
      doc = to < list.docs().length ? list.docs()[to] : DocIdSetIterator.NO_MORE_DOCS;
      return doc;
    }
  }
}
