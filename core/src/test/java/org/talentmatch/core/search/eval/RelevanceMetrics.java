package org.talentmatch.core.search.eval;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Ranking metrics over graded judgments (expert id → grade 0–3; unjudged is 0). An expert is
 * relevant when its grade is at least 1.
 */
public final class RelevanceMetrics {
  private RelevanceMetrics() {}

  /** Relevant experts in the first {@code k} of {@code ranked} / all relevant experts; 0 when none is relevant. */
  public static double recallAt(List<String> ranked, Map<String, Integer> grades, int k) {
    checkArgument(k >= 1, "k must be >= 1: %s", k);
    long relevant = grades.values().stream().filter(grade -> grade >= 1).count();
    if (relevant == 0) {
      return 0.0;
    }
    long found = ranked.stream().limit(k).filter(id -> grades.getOrDefault(id, 0) >= 1).count();
    return (double) found / relevant;
  }

  /**
   * nDCG@k: the sum of (2^grade − 1) / log2(rank + 1) over the first {@code k} ranks, divided by the
   * same sum for the judgments in ideal (descending grade) order; 0 when nothing is relevant.
   */
  public static double ndcgAt(List<String> ranked, Map<String, Integer> grades, int k) {
    checkArgument(k >= 1, "k must be >= 1: %s", k);
    List<Integer> ideal = grades.values().stream().sorted(Comparator.reverseOrder()).toList();
    double idealGain = dcg(ideal, k);
    if (idealGain == 0) {
      return 0.0;
    }
    return dcg(ranked.stream().map(id -> grades.getOrDefault(id, 0)).toList(), k) / idealGain;
  }

  private static double dcg(List<Integer> gradesInRankOrder, int k) {
    double sum = 0;
    for (int i = 0; i < Math.min(k, gradesInRankOrder.size()); i++) {
      int rank = i + 1;
      sum += (Math.pow(2, gradesInRankOrder.get(i)) - 1) / (Math.log(rank + 1) / Math.log(2));
    }
    return sum;
  }
}
