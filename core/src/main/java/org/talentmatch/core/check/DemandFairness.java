package org.talentmatch.core.check;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.Problem;
import org.talentmatch.core.check.ResolvedAssignments.Placed;

/**
 * Fairness toward demands (in the spirit of OpenReview's FairFlow, which lifts the worst-off paper):
 * how well the least well served demands are matched. A demand's <em>served relevance</em> is the
 * mean relevance of its filled slots; demands with no filled slot with a known relevance (a pinned
 * expert search did not propose has none) are left out, because coverage already counts them.
 *
 * <p>Not one of FORMAT.md's plan metrics: the checker reports it beside them.
 *
 * @param demandsMeasured demands with at least one filled slot of known relevance
 * @param worstOffDemandId the demand with the lowest served relevance (the first in problem order on a tie)
 * @param worstOffRelevance its served relevance
 * @param p10Relevance the 10th percentile of served relevance over the measured demands, by nearest
 *     rank: the {@code ⌈0.1 n⌉}-th lowest value
 * @param meanRelevance the mean over the measured demands of their served relevance (each demand
 *     counts once, unlike FORMAT.md's {@code meanRelevance}, which counts slots)
 */
public record DemandFairness(
    int demandsMeasured,
    String worstOffDemandId,
    double worstOffRelevance,
    double p10Relevance,
    double meanRelevance) {

  public DemandFairness {
    checkArgument(demandsMeasured > 0, "demandsMeasured must be > 0: %s", demandsMeasured);
    requireNonNull(worstOffDemandId, "worstOffDemandId");
    checkArgument(worstOffRelevance <= p10Relevance && p10Relevance <= 1,
        "need worstOffRelevance <= p10Relevance <= 1: %s, %s", worstOffRelevance, p10Relevance);
    checkArgument(worstOffRelevance >= 0, "worstOffRelevance must be >= 0: %s", worstOffRelevance);
  }

  /** The fairness of the valid assignments, empty when no demand has a filled slot of known relevance. */
  static Optional<DemandFairness> of(Problem problem, List<Placed> placed) {
    Map<String, List<Placed>> measurable = new HashMap<>();
    for (Placed p : placed) {
      if (p.assignment().relevance().isPresent()) {
        measurable.computeIfAbsent(p.demand().id(), id -> new ArrayList<>()).add(p);
      }
    }
    // In problem order, so that the stable sort below breaks ties by it.
    List<Served> served = new ArrayList<>(measurable.size());
    for (Demand demand : problem.demands()) {
      List<Placed> slots = measurable.remove(demand.id());
      if (slots != null) {
        served.add(new Served(demand.id(), meanRelevance(slots)));
      }
    }
    if (served.isEmpty()) {
      return Optional.empty();
    }
    served.sort(Comparator.comparingDouble(Served::relevance));
    int n = served.size();
    double mean = served.stream().mapToDouble(Served::relevance).sum() / n;
    Served worst = served.get(0);
    return Optional.of(new DemandFairness(n, worst.demandId(), worst.relevance(),
        served.get(nearestRank(0.1, n) - 1).relevance(), mean));
  }

  /** Summed in slot order, so that the result does not depend on the order of the plan's assignments. */
  private static double meanRelevance(List<Placed> slots) {
    slots.sort(Comparator.comparingInt((Placed p) -> p.slot().seat()).thenComparingInt(p -> p.slot().slot()));
    double sum = 0;
    for (Placed p : slots) {
      sum += p.assignment().relevance().getAsDouble();
    }
    return sum / slots.size();
  }

  /** The 1-based nearest rank of percentile {@code p} among {@code n} sorted values. */
  static int nearestRank(double p, int n) {
    return Math.max(1, (int) Math.ceil(p * n - 1e-9));
  }

  private record Served(String demandId, double relevance) {}
}
