package org.talentmatch.core.search;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;

/**
 * A query's own score {@code s} mapped into [0, 1], so that, wrapped around a BM25 query with
 * {@code FunctionScoreQuery} and boosted, it bounds that query's share of a combined score: a text
 * feature can then never outweigh a difference in relevance level.
 *
 * {@link #proportional}: {@code min(1, s / ceiling)}, the normalisation of WORDS/BIGRAMS and of the
 * text tier when the ceiling is the score of the query against its own text.
 */
final class BoundedScore extends DoubleValuesSource {
  private final double scale;

  private BoundedScore(double scale) {
    checkArgument(scale > 0 && Double.isFinite(scale), "scale must be finite and > 0: %s", scale);
    this.scale = scale;
  }

  static BoundedScore proportional(double ceiling) {
    return new BoundedScore(ceiling);
  }

  double apply(double score) {
    return Math.min(1.0, score / scale);
  }

  @Override
  public DoubleValues getValues(LeafReaderContext context, DoubleValues scores) {
    return new DoubleValues() {
      @Override
      public double doubleValue() throws IOException {
        return apply(scores.doubleValue());
      }

      @Override
      public boolean advanceExact(int doc) throws IOException {
        return scores.advanceExact(doc);
      }
    };
  }

  @Override
  public boolean needsScores() {
    return true;
  }

  @Override
  public DoubleValuesSource rewrite(IndexSearcher searcher) {
    return this;
  }

  @Override
  public boolean isCacheable(LeafReaderContext context) {
    return false;
  }

  @Override
  public int hashCode() {
    return Double.hashCode(scale);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof BoundedScore that && that.scale == scale;
  }

  @Override
  public String toString() {
    return "min(1, score / " + scale + ")";
  }
}
