package org.talentmatch.benchmarks.solver;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.talentmatch.api.SolveOptions;
import org.talentmatch.api.model.Problem;
import org.talentmatch.api.plan.Plan;
import org.talentmatch.core.check.CheckReport;
import org.talentmatch.core.check.DemandFairness;
import org.talentmatch.core.check.PlanChecker;
import org.talentmatch.core.solver.MatchingWeights;
import org.talentmatch.core.solver.PlanSolver;
import org.talentmatch.core.solver.SolverOutcome;

/**
 * The trade-off of fairness toward demands: solves the mid-size instance with several weights of
 * {@code demandFairness} (by default 0, the default and 4× the default) on the same candidates, with the
 * same seed and evaluation budget (reproducible on any machine), and prints for each the worst-off
 * demand, the 10th percentile of per-demand mean relevance, the mean relevance of filled slots and
 * coverage, all recomputed by the plan checker.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar org.talentmatch.benchmarks.solver.FairnessTradeoff
 * [--weights 0,2,8] [--evaluations 2000000] [--seed 2027]}
 */
public final class FairnessTradeoff {
  private static final long DEFAULT_EVALUATIONS = 2_000_000;

  private FairnessTradeoff() {}

  public static void main(String[] args) throws Exception {
    long weightDefault = MatchingWeights.DEFAULT_DEMAND_FAIRNESS;
    List<Long> weights = List.of(0L, weightDefault, 4 * weightDefault);
    long evaluations = DEFAULT_EVALUATIONS;
    long seed = MidSizeInstance.DEFAULT_SEED;
    for (int i = 0; i < args.length; i += 2) {
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("missing value after " + args[i]);
      }
      switch (args[i]) {
        case "--weights" -> weights = parseWeights(args[i + 1]);
        case "--evaluations" -> evaluations = Long.parseLong(args[i + 1]);
        case "--seed" -> seed = Long.parseLong(args[i + 1]);
        default -> throw new IllegalArgumentException("unknown option " + args[i]
            + "; use --weights W1,W2,… --evaluations N --seed N");
      }
    }
    MidSizeInstance instance = MidSizeInstance.generate(seed);
    System.out.println("instance: " + instance + "; " + evaluations + " score evaluations per run, seed " + seed);
    System.out.printf(Locale.ROOT, "%-7s %4s %8s %11s %8s %8s %8s %-18s %9s %8s%n", "weight", "hard", "medium",
        "filled", "meanRel", "demMean", "p10", "worst-off", "soft", "evals/s");
    for (long weight : weights) {
      System.out.println(row(weight, instance, evaluations, seed));
    }
  }

  private static String row(long weight, MidSizeInstance instance, long evaluations, long seed) {
    PlanSolver solver = new PlanSolver(MatchingWeights.defaults().withDemandFairness(weight));
    SolveOptions options = SolveOptions.builder().timeLimit(Duration.ofHours(1)).evaluationLimit(evaluations)
        .seed(seed).build();
    SolverOutcome outcome = solver.solve(instance.problem(), instance.candidates(), options);
    Problem problem = instance.problem();
    CheckReport check = PlanChecker.check(problem, new Plan(outcome.score(), outcome.assignments(),
        List.of(), PlanChecker.metrics(problem, outcome.assignments())));
    DemandFairness fairness = check.demandFairness().orElseThrow();
    long speed = outcome.scoreCalculationCount() * 1000 / Math.max(1, outcome.elapsed().toMillis());
    return String.format(Locale.ROOT, "%-7d %4d %8d %5d/%-5d %8.4f %8.4f %8.4f %-7s %-10.4f %9d %8d", weight,
        check.hardViolationCount(), check.medium(), check.metrics().seatsFilled(), check.metrics().seatsTotal(),
        check.metrics().meanRelevance(), fairness.meanRelevance(), fairness.p10Relevance(),
        fairness.worstOffDemandId(), fairness.worstOffRelevance(), outcome.score().soft(), speed);
  }

  private static List<Long> parseWeights(String list) {
    List<Long> weights = new ArrayList<>();
    for (String weight : list.split(",")) {
      weights.add(Long.parseLong(weight.trim()));
    }
    return weights;
  }
}
