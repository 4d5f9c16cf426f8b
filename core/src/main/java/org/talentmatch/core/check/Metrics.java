package org.talentmatch.core.check;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.Problem;
import org.talentmatch.api.plan.PlanMetrics;
import org.talentmatch.core.check.ResolvedAssignments.Placed;
import org.talentmatch.core.rules.Geo;

/** FORMAT.md's plan metrics, computed from the problem and the valid assignments only. */
final class Metrics {
  private Metrics() {}

  static PlanMetrics compute(Problem problem, List<Placed> placed) {
    int priorityAreaSlots = problem.demands().stream().filter(Demand::priorityArea).mapToInt(Demand::slotCount).sum();
    int priorityAreaFilled = 0;
    double relevanceSum = 0;
    int withRelevance = 0;
    double distanceSum = 0;
    Map<String, Integer> loads = new HashMap<>();
    for (Placed p : placed) {
      if (p.demand().priorityArea()) {
        priorityAreaFilled++;
      }
      if (p.assignment().relevance().isPresent()) {
        relevanceSum += p.assignment().relevance().getAsDouble();
        withRelevance++;
      }
      distanceSum += Geo.haversineKm(p.expert().location(), p.demand().location());
      loads.merge(p.expert().id(), 1, Integer::sum);
    }
    return new PlanMetrics(
        problem.slotCount(),
        placed.size(),
        priorityAreaSlots == 0 ? 0.0 : (double) priorityAreaFilled / priorityAreaSlots,
        withRelevance == 0 ? 0.0 : relevanceSum / withRelevance,
        gini(loads.values().stream().mapToInt(Integer::intValue).toArray()),
        placed.isEmpty() ? 0.0 : distanceSum / placed.size(),
        OptionalInt.empty());
  }

  /**
   * The Gini coefficient Σ_i Σ_j |x_i − x_j| / (2 n² mean), 0 for fewer than two values or a zero
   * total. Computed in O(n log n) from the sorted values: Σ_i Σ_j |x_i − x_j| = 2 Σ_i (2i − n + 1)
   * x_(i) with 0-based ranks i.
   */
  static double gini(int[] values) {
    int n = values.length;
    long total = Arrays.stream(values).asLongStream().sum();
    if (n <= 1 || total == 0) {
      return 0.0;
    }
    int[] sorted = values.clone();
    Arrays.sort(sorted);
    double weighted = 0;
    for (int i = 0; i < n; i++) {
      weighted += (2.0 * i - n + 1) * sorted[i];
    }
    // 2 * weighted / (2 n² (total / n)) = weighted / (n * total)
    return weighted / ((double) n * total);
  }
}
