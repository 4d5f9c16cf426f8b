package org.talentmatch.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.talentmatch.api.PlanProgress;
import org.talentmatch.api.SolveOptions;
import org.talentmatch.api.model.Problem;
import org.talentmatch.api.plan.Plan;
import org.talentmatch.api.plan.PlanMetrics;
import org.talentmatch.api.plan.SupplyShortfall;
import org.talentmatch.core.check.CheckReport;
import org.talentmatch.core.check.PlanChecker;
import org.talentmatch.core.engine.PlanningResult;
import org.talentmatch.core.engine.TalentMatchEngine;
import org.talentmatch.core.io.PlanJson;
import org.talentmatch.core.io.ProblemJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "plan", mixinStandardHelpOptions = true,
    description = "Plans a problem file and writes the plan file atomically; prints a summary checked by the plan checker.")
final class PlanCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin SolveLimits limits;

  @Option(names = "--problem", required = true, description = "problem file (FORMAT.md v1)")
  Path problemFile;

  @Option(names = "--out", required = true, description = "plan file to write")
  Path planFile;

  @Override
  public Integer call() throws Exception {
    SolveOptions.Builder options = limits.toOptions();
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    Problem problem = ProblemJson.read(problemFile);
    options.progressListener(progress -> printProgress(err, progress));
    PlanningResult result;
    try (TalentMatchEngine engine = TalentMatchEngine.builder().build()) {
      result = engine.pipeline().plan(problem, options.build());
    }
    err.println();
    PlanJson.write(result.plan(), planFile);
    CheckReport check = PlanChecker.check(problem, result.plan());
    printSummary(out, problem, result, check);
    if (!check.isFeasible() || !check.inconsistencies().isEmpty()) {
      err.println("plan checker found " + check.hardViolationCount() + " hard violation(s) and "
          + check.inconsistencies().size() + " inconsistency(ies)");
      check.violations().stream().limit(20).forEach(v -> err.println("  " + v));
      check.inconsistencies().stream().limit(20).forEach(i -> err.println("  " + i));
      return TalentMatchCli.EXIT_INTERNAL;
    }
    return TalentMatchCli.EXIT_OK;
  }

  private static void printProgress(PrintWriter err, PlanProgress progress) {
    err.printf(Locale.ROOT, "\rbest %s  filled %d/%d  %.1fs   ", progress.bestScore(), progress.slotsFilled(),
        progress.slotsTotal(), progress.elapsed().toMillis() / 1000.0);
    err.flush();
  }

  private void printSummary(PrintWriter out, Problem problem, PlanningResult result, CheckReport check) {
    Plan plan = result.plan();
    PlanMetrics m = plan.metrics();
    Table table = new Table();
    table.row("problem", problemFile.toString());
    table.row("experts / demands", problem.experts().size() + " / " + problem.demands().size());
    table.row("seats filled", String.format(Locale.ROOT, "%d / %d (%.1f%%)", m.seatsFilled(), m.seatsTotal(),
        100.0 * m.seatsFilled() / Math.max(1, m.seatsTotal())));
    table.row("slots with no candidate", Integer.toString(result.supply().slotsWithoutCandidate()));
    table.row("priority-area fill rate", String.format(Locale.ROOT, "%.1f%%", 100 * m.priorityAreaFillRate()));
    table.row("mean relevance", String.format(Locale.ROOT, "%.3f", m.meanRelevance()));
    table.row("mean distance", String.format(Locale.ROOT, "%.1f km", m.meanDistanceKm()));
    table.row("load Gini", String.format(Locale.ROOT, "%.3f", m.loadGini()));
    table.row("score", plan.score().toString());
    table.row("hard violations (checker)", Integer.toString(check.hardViolationCount()));
    table.row("index time", seconds(result.indexTime()));
    table.row("candidate time", seconds(result.candidateTime()) + " (" + result.candidatePairs() + " pairs)");
    table.row("first feasible", result.timeToFirstFeasible().map(PlanCommand::seconds).orElse("none"));
    table.row("solve time", seconds(result.solveTime()));
    table.row("score calc speed", result.scoreCalculationSpeed() + "/s");
    table.row("plan file", planFile.toString());
    table.print(out);
    if (!result.supply().shortfalls().isEmpty()) {
      out.println("largest supply shortfalls (program, city: slots without candidate / demanded):");
      result.supply().shortfalls().stream().filter(s -> s.slotsWithoutCandidate() > 0).limit(5)
          .forEach(s -> out.println("  " + describe(s)));
    }
    out.flush();
  }

  private static String describe(SupplyShortfall s) {
    return s.program() + " " + s.cityName() + ": " + s.slotsWithoutCandidate() + " / " + s.slotsDemanded();
  }

  private static String seconds(Duration d) {
    return String.format(Locale.ROOT, "%.2f s", d.toMillis() / 1000.0);
  }
}
