package org.talentmatch.benchmarks.province;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.Problem;
import org.talentmatch.api.plan.PlanMetrics;
import org.talentmatch.core.check.CheckReport;
import org.talentmatch.core.check.PlanChecker;

/**
 * The Markdown table of issue 4: every method scored by {@link PlanChecker} from the problem alone.
 * Coverage is the weighted coverage (the cost of the slots a plan fills), as a ratio to the
 * reference's; the two fairness-toward-demands columns are left for the checker's metrics.
 */
final class ResultTable {
  private static final String HEADER = "| method | hard violations | medium | coverage / reference | slots filled "
      + "| mean relevance | priority-area fill | load Gini | mean km | worst-off demand relevance | p10 demand relevance "
      + "| first feasible | method time | total incl. index+candidates | score calc/s | peak heap |";
  private static final String RULE = "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|";

  private ResultTable() {}

  /**
   * @param referenceMedium the coverage score the ratios divide by: the exact optimum, else the
   *     relaxation's upper bound
   * @param shared index and candidate generation time, added to every method's total
   */
  static String render(Problem problem, List<MethodResult> results, long referenceMedium, Duration shared) {
    long allCost = totalCost(problem);
    StringBuilder out = new StringBuilder(HEADER).append('\n').append(RULE).append('\n');
    for (MethodResult r : results) {
      CheckReport check = PlanChecker.check(problem, r.plan());
      PlanMetrics m = check.metrics();
      String medium = Long.toString(check.medium())
          + r.mediumBound().stream().filter(b -> b != check.medium()).mapToObj(b -> " (bound " + b + ")").findFirst().orElse("");
      out.append("| ").append(r.method())
          .append(" | ").append(check.violations().size())
          .append(" | ").append(medium)
          .append(" | ").append(ratio((double) (allCost + check.medium()) / (allCost + referenceMedium)))
          .append(" | ").append(m.seatsFilled()).append(" / ").append(m.seatsTotal())
          .append(" | ").append(fixed(m.meanRelevance(), 3))
          .append(" | ").append(percent(m.priorityAreaFillRate()))
          .append(" | ").append(fixed(m.loadGini(), 3))
          .append(" | ").append(fixed(m.meanDistanceKm(), 1))
          .append(" | ").append(check.demandFairness().map(f -> fixed(f.worstOffRelevance(), 3)).orElse("–"))
          .append(" | ").append(check.demandFairness().map(f -> fixed(f.p10Relevance(), 3)).orElse("–"))
          .append(" | ").append(r.firstFeasible().map(ResultTable::seconds).orElse("–"))
          .append(" | ").append(seconds(r.time()))
          .append(" | ").append(seconds(r.time().plus(shared)))
          .append(" | ").append(r.scoreCalculationSpeed().stream().mapToObj(s -> String.format(Locale.ROOT, "%,d", s))
              .findFirst().orElse("–"))
          .append(" | ").append(String.format(Locale.ROOT, "%.2f GiB", r.peakHeapBytes() / (double) (1L << 30)))
          .append(" |\n");
    }
    return out.toString();
  }

  /** The cost of leaving every slot of the problem empty. */
  static long totalCost(Problem problem) {
    long cost = 0;
    for (Demand demand : problem.demands()) {
      for (int seat = 0; seat < demand.seats().size(); seat++) {
        cost += (long) demand.unfilledCost(seat) * demand.seats().get(seat).count();
      }
    }
    return cost;
  }

  static String seconds(Duration d) {
    return String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
  }

  private static String ratio(double value) {
    return String.format(Locale.ROOT, "%.4f", value);
  }

  /** Two decimals: at province scale greedy and solver differ by a few slots in ten thousand. */
  private static String percent(double value) {
    return String.format(Locale.ROOT, "%.2f%%", 100 * value);
  }

  private static String fixed(double value, int decimals) {
    return String.format(Locale.ROOT, "%." + decimals + "f", value);
  }
}
