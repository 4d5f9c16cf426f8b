package org.talentmatch.core.search;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;

/**
 * A query's own score {@code s} mapped to {@code s / (s + pivot)}: in [0, 1), half at the pivot.
 * Wrapped around a BM25 query with {@code FunctionScoreQuery}, it bounds that query's share of a
 * combined score, so a text tie-break can never outweigh a difference in relevance level.
 */
final class SaturatedScore extends DoubleValuesSource {
  private final double pivot;

  SaturatedScore(double pivot) {
    checkArgument(pivot > 0, "pivot must be > 0: %s", pivot);
    this.pivot = pivot;
  }

  @Override
  public DoubleValues getValues(LeafReaderContext context, DoubleValues scores) {
    return new DoubleValues() {
      @Override
      public double doubleValue() throws IOException {
        double score = scores.doubleValue();
        return score / (score + pivot);
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
    return Double.hashCode(pivot);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SaturatedScore that && that.pivot == pivot;
  }

  @Override
  public String toString() {
    return "saturated(score, pivot=" + pivot + ")";
  }
}
