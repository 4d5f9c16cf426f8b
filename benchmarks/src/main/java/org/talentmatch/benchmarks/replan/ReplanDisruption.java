package org.talentmatch.benchmarks.replan;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.talentmatch.api.SolveOptions;
import org.talentmatch.api.change.PlanChange;
import org.talentmatch.api.model.Problem;
import org.talentmatch.api.plan.Assignment;
import org.talentmatch.api.plan.Plan;
import org.talentmatch.core.check.PlanChecker;
import org.talentmatch.core.engine.PlanningPipeline;
import org.talentmatch.core.engine.ReplanningResult;
import org.talentmatch.core.generator.GeneratorSpec;
import org.talentmatch.core.generator.ProblemGenerator;
import org.talentmatch.core.search.SearchConfig;
import org.talentmatch.core.solver.PlanSolver;

/**
 * Disruption of re-planning on the mid-size instance (10,000 experts, 1,000 demands): plans it once,
 * then re-plans after 1, 10 and 100 random declines of unconfirmed assignments and prints the
 * assignments moved (declines excluded), the slots filled, and the time of each re-plan.
 *
 * <pre>java -Xmx6g -cp benchmarks/target/benchmarks.jar org.talentmatch.benchmarks.replan.ReplanDisruption [seconds] [seed]</pre>
 */
public final class ReplanDisruption {
  private ReplanDisruption() {}

  public static void main(String[] args) throws Exception {
    long seconds = args.length > 0 ? Long.parseLong(args[0]) : 60;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 2027;
    Problem problem = ProblemGenerator.generate(GeneratorSpec.midSize(seed));
    PlanningPipeline pipeline = new PlanningPipeline(SearchConfig.defaults(), new PlanSolver());
    SolveOptions options = SolveOptions.builder().seed(seed).timeLimit(Duration.ofSeconds(seconds))
        .unimprovedTimeLimit(Duration.ofSeconds(Math.max(1, seconds / 4))).build();

    long start = System.nanoTime();
    Plan plan = pipeline.plan(problem, options).plan();
    System.out.printf(Locale.ROOT, "base plan: %d / %d slots filled, %s, %.1f s%n", plan.metrics().seatsFilled(),
        plan.metrics().seatsTotal(), plan.score(), (System.nanoTime() - start) / 1e9);
    System.out.println("declines  moved  filled        hard  solve s  total s");
    for (int declines : new int[] {1, 10, 100}) {
      List<Assignment> free = new ArrayList<>(plan.assignments().stream().filter(a -> !a.pinned()).toList());
      Collections.shuffle(free, new Random(seed + declines));
      List<PlanChange> changes = free.subList(0, declines).stream()
          .map(a -> (PlanChange) new PlanChange.Decline(a.slotRef(), a.expertId())).toList();
      long replanStart = System.nanoTime();
      ReplanningResult result = pipeline.replan(problem, plan, changes, options);
      double total = (System.nanoTime() - replanStart) / 1e9;
      Plan replanned = result.replan().plan();
      int hard = PlanChecker.check(result.replan().problem(), replanned).hardViolationCount();
      System.out.printf(Locale.ROOT, "%8d  %5d  %5d / %5d  %4d  %7.1f  %7.1f%n", declines,
          replanned.metrics().moved().orElseThrow(), replanned.metrics().seatsFilled(),
          replanned.metrics().seatsTotal(), hard, result.planning().solveTime().toMillis() / 1000.0, total);
    }
  }
}
