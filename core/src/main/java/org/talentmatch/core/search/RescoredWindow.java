package org.talentmatch.core.search;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.BytesRef;

/**
 * The top {@code window} matches of a coarse query by exact score, then id, where the exact score is
 * the coarse score (the relevance levels, constant scores) plus bounded features computed in Java
 * ({@link TieBreak}) that add less than {@code slack}, as a float sum: what scoring every match
 * exactly and sorting would return, without computing the features on every match. Only coarse
 * scores above {@code featuresAbove} get features (below it lies the text tier).
 *
 * <p>Distinct coarse scores differ by far more than {@code slack} (the levels' smallest difference
 * is 0.0125). So a document whose coarse score is below {@code B − slack}, where {@code B} is the
 * {@code window}-th best coarse score, cannot make the exact window: at least {@code window}
 * documents score {@code B} or more exactly, it scores less than {@code B}. Pass one scores every
 * match of the coarse query, which is cheap (constant-score clauses); pass two scores the features
 * only on the documents at or above {@code B − slack}. The slack
 * also absorbs the float rounding of sums of the same levels taken in another order.
 *
 * <p>When many experts share the boundary level (a common exact tag), pass two still scores them
 * all: their order within the level is exactly what the bounded features decide.
 */
final class RescoredWindow {
  private RescoredWindow() {}

  /**
   * @param features what the exact score adds to the coarse one, less than {@code slack}
   * @param featuresAbove coarse scores above this get the features added
   * @param slack more than the most the features add to a coarse score, and less than the smallest
   *     difference between two distinct coarse scores
   */
  static ScoreDoc[] top(IndexSearcher searcher, Query coarse, Features features, float featuresAbove, int window,
      double slack, String idField, SeatTieOrder tieOrder) throws IOException {
    requireNonNull(coarse, "coarse");
    requireNonNull(features, "features");
    checkArgument(window >= 1, "window must be >= 1: %s", window);
    checkArgument(slack > 0, "slack must be > 0: %s", slack);
    AllMatches coarseMatches = new AllMatches();
    searcher.search(coarse, coarseMatches);
    List<ScoreDoc> contenders = coarseMatches.atLeastWindowthBest(window, slack);
    List<ScoreDoc> rescored = withFeatures(features, featuresAbove, contenders);
    return bestByScoreThenTieOrder(searcher, rescored, window, idField, tieOrder);
  }

  /** The bounded features of documents, computed together (a segment's doc values are read in one pass). */
  @FunctionalInterface
  interface Features {
    /** What the features add for each of {@code docs}, top-level ids in increasing order. */
    float[] scores(int[] docs) throws IOException;
  }

  /**
   * {@code docs} (in increasing id order) with their exact scores: the coarse score plus, above the
   * threshold, the features'.
   */
  private static List<ScoreDoc> withFeatures(Features features, float featuresAbove, List<ScoreDoc> docs)
      throws IOException {
    int[] featured = docs.stream().filter(d -> d.score > featuresAbove).mapToInt(d -> d.doc).toArray();
    float[] added = features.scores(featured);
    List<ScoreDoc> scored = new ArrayList<>(docs.size());
    int next = 0;
    for (ScoreDoc doc : docs) {
      float exact = doc.score > featuresAbove ? doc.score + added[next++] : doc.score;
      scored.add(new ScoreDoc(doc.doc, exact));
    }
    return scored;
  }

  /** The best {@code window} by score, equal scores in {@code tieOrder} of their ids. */
  private static ScoreDoc[] bestByScoreThenTieOrder(IndexSearcher searcher, List<ScoreDoc> docs, int window,
      String idField, SeatTieOrder tieOrder) throws IOException {
    if (docs.isEmpty()) {
      return new ScoreDoc[0];
    }
    docs.sort(Comparator.comparingDouble((ScoreDoc d) -> d.score).reversed());
    int size = Math.min(window, docs.size());
    // Down to the boundary score every document can still make the window.
    float boundary = docs.get(size - 1).score;
    int contenders = size;
    while (contenders < docs.size() && docs.get(contenders).score >= boundary) {
      contenders++;
    }
    // Exact scores rarely tie: ids are read only for the runs of equal scores, to order each run.
    int from = 0;
    while (from < contenders) {
      int to = from + 1;
      while (to < contenders && docs.get(to).score == docs.get(from).score) {
        to++;
      }
      if (to - from > 1) {
        sortById(searcher, docs.subList(from, to), idField, tieOrder);
      }
      from = to;
    }
    return docs.subList(0, size).toArray(new ScoreDoc[0]);
  }

  private static void sortById(IndexSearcher searcher, List<ScoreDoc> docs, String idField,
      SeatTieOrder tieOrder) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    String[] ids = new String[docs.size()];
    for (int i = 0; i < ids.length; i++) {
      int doc = docs.get(i).doc;
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
      SortedDocValues values = DocValues.getSorted(leaf.reader(), idField);
      ids[i] = values.advanceExact(doc - leaf.docBase) ? values.lookupOrd(values.ordValue()).utf8ToString() : "";
    }
    Integer[] order = new Integer[ids.length];
    Arrays.setAll(order, i -> i);
    int[] ranks = Arrays.stream(ids).mapToInt(tieOrder::rank).toArray();
    Arrays.sort(order, Comparator.<Integer>comparingInt(i -> ranks[i]).thenComparing(i -> ids[i]));
    List<ScoreDoc> sorted = Arrays.stream(order).map(docs::get).toList();
    for (int i = 0; i < sorted.size(); i++) {
      docs.set(i, sorted.get(i));
    }
  }

  /** Every match of a query with its score. */
  private static final class AllMatches extends SimpleCollector {
    private int[] docs = new int[256];
    private float[] scores = new float[256];
    private int size;
    private int docBase;
    private Scorable scorer;

    @Override
    protected void doSetNextReader(LeafReaderContext context) {
      docBase = context.docBase;
    }

    @Override
    public void setScorer(Scorable scorer) {
      this.scorer = scorer;
    }

    @Override
    public void collect(int doc) throws IOException {
      if (size == docs.length) {
        docs = Arrays.copyOf(docs, size * 2);
        scores = Arrays.copyOf(scores, size * 2);
      }
      docs[size] = docBase + doc;
      scores[size] = scorer.score();
      size++;
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE;
    }

    /**
     * The matches scoring at least the {@code window}-th best score minus {@code slack}, in increasing
     * id order (the order a search collects them in: leaf by leaf, each in document order).
     */
    List<ScoreDoc> atLeastWindowthBest(int window, double slack) {
      double threshold = Double.NEGATIVE_INFINITY;
      if (size > window) {
        float[] sorted = Arrays.copyOf(scores, size);
        Arrays.sort(sorted);
        threshold = sorted[size - window] - slack;
      }
      List<ScoreDoc> kept = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        if (scores[i] >= threshold) {
          kept.add(new ScoreDoc(docs[i], scores[i]));
        }
      }
      return kept;
    }
  }
}
