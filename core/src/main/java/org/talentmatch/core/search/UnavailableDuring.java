package org.talentmatch.core.search;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.document.SortedNumericDocValuesField;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * The experts unavailable on some day of an inclusive range of days: those with an unavailable range
 * (a {@link #field} value, see {@link #value}) that shares a day with it. Read from doc values, one
 * document at a time, as a two-phase check: a search excludes these experts from the few that match a
 * seat's other clauses, where a points query would visit every expert's ranges for every seat.
 */
final class UnavailableDuring extends Query {
  private final String field;
  private final int firstDay;
  private final int lastDay;

  /** @param firstDay the first day, in epoch days; {@code lastDay} the last one, not before it */
  UnavailableDuring(String field, int firstDay, int lastDay) {
    this.field = requireNonNull(field, "field");
    checkArgument(firstDay <= lastDay, "first day %s after last day %s", firstDay, lastDay);
    this.firstDay = firstDay;
    this.lastDay = lastDay;
  }

  /** The doc value of an unavailable range, from its first to its last day (epoch days). */
  static SortedNumericDocValuesField value(String field, int firstDay, int lastDay) {
    return new SortedNumericDocValuesField(field, (long) firstDay << 32 | (lastDay & 0xFFFF_FFFFL));
  }

  private boolean overlaps(long range) {
    int first = (int) (range >> 32);
    int last = (int) range;
    return first <= lastDay && last >= firstDay;
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
    return new ConstantScoreWeight(this, boost) {
      @Override
      public Scorer scorer(LeafReaderContext context) throws IOException {
        SortedNumericDocValues ranges = DocValues.getSortedNumeric(context.reader(), field);
        TwoPhaseIterator anyOverlaps = new TwoPhaseIterator(ranges) {
          @Override
          public boolean matches() throws IOException {
            for (int i = ranges.docValueCount(); i > 0; i--) {
              if (overlaps(ranges.nextValue())) {
                return true;
              }
            }
            return false;
          }

          @Override
          public float matchCost() {
            return 4; // an expert lists a few ranges
          }
        };
        return new ConstantScoreScorer(this, score(), scoreMode, anyOverlaps);
      }

      @Override
      public boolean isCacheable(LeafReaderContext context) {
        return DocValues.isCacheable(context, field);
      }
    };
  }

  @Override
  public void visit(QueryVisitor visitor) {
    if (visitor.acceptField(field)) {
      visitor.visitLeaf(this);
    }
  }

  @Override
  public String toString(String defaultField) {
    return "UnavailableDuring(" + field + ":[" + firstDay + " TO " + lastDay + "])";
  }

  @Override
  public boolean equals(Object other) {
    return sameClassAs(other) && field.equals(((UnavailableDuring) other).field)
        && firstDay == ((UnavailableDuring) other).firstDay && lastDay == ((UnavailableDuring) other).lastDay;
  }

  @Override
  public int hashCode() {
    return Objects.hash(classHash(), field, firstDay, lastDay);
  }
}
