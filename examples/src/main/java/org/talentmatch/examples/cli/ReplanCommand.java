package org.talentmatch.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.talentmatch.api.SolveOptions;
import org.talentmatch.api.change.PlanChange;
import org.talentmatch.api.change.Replan;
import org.talentmatch.api.model.Problem;
import org.talentmatch.api.plan.Plan;
import org.talentmatch.api.plan.PlanMetrics;
import org.talentmatch.core.check.CheckReport;
import org.talentmatch.core.check.PlanChecker;
import org.talentmatch.core.engine.ReplanningResult;
import org.talentmatch.core.engine.TalentMatchEngine;
import org.talentmatch.core.io.ChangesJson;
import org.talentmatch.core.io.PlanJson;
import org.talentmatch.core.io.ProblemJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "replan", mixinStandardHelpOptions = true,
    description = "Applies a changes file to a problem and its plan, re-plans moving as few assignments as it can, "
        + "and writes the new plan atomically (its metrics report moved).")
final class ReplanCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin SolveLimits limits;

  @Option(names = "--problem", required = true, description = "problem file (FORMAT.md v1)")
  Path problemFile;

  @Option(names = "--plan", required = true, description = "the current plan of that problem")
  Path previousPlanFile;

  @Option(names = "--changes", required = true, description = "changes file (talentmatch/v1-changes)")
  Path changesFile;

  @Option(names = "--out", required = true, description = "plan file to write")
  Path planFile;

  @Override
  public Integer call() throws Exception {
    SolveOptions.Builder options = limits.toOptions();
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter out = spec.commandLine().getOut();
    Problem problem = ProblemJson.read(problemFile);
    Plan previous = PlanJson.read(previousPlanFile);
    List<PlanChange> changes = ChangesJson.read(changesFile);
    ReplanningResult result;
    try (TalentMatchEngine engine = TalentMatchEngine.builder().build()) {
      result = engine.pipeline().replan(problem, previous, changes, options.build());
    }
    Replan replan = result.replan();
    PlanJson.write(replan.plan(), planFile);
    CheckReport check = PlanChecker.check(replan.problem(), replan.plan());
    printSummary(out, changes.size(), result, check);
    if (!check.isFeasible() || !check.inconsistencies().isEmpty()) {
      err.println("plan checker found " + check.hardViolationCount() + " hard violation(s) and "
          + check.inconsistencies().size() + " inconsistency(ies)");
      check.violations().stream().limit(20).forEach(v -> err.println("  " + v));
      return TalentMatchCli.EXIT_INTERNAL;
    }
    return TalentMatchCli.EXIT_OK;
  }

  private void printSummary(PrintWriter out, int changeCount, ReplanningResult result, CheckReport check) {
    Replan replan = result.replan();
    PlanMetrics m = replan.plan().metrics();
    Table table = new Table();
    table.row("changes applied", Integer.toString(changeCount));
    table.row("assignments moved", Integer.toString(m.moved().orElse(0)));
    table.row("confirmed (pinned)", Integer.toString(replan.problem().pinned().size()));
    table.row("pins released", Integer.toString(replan.releasedPins().size()));
    table.row("seats filled", String.format(Locale.ROOT, "%d / %d", m.seatsFilled(), m.seatsTotal()));
    table.row("mean relevance", String.format(Locale.ROOT, "%.3f", m.meanRelevance()));
    table.row("score", replan.plan().score().toString());
    table.row("hard violations (checker)", Integer.toString(check.hardViolationCount()));
    table.row("solve time", String.format(Locale.ROOT, "%.2f s", result.planning().solveTime().toMillis() / 1000.0));
    table.row("plan file", planFile.toString());
    table.print(out);
    replan.releasedPins().forEach(r -> out.println("released " + r.pin().demandId() + "/" + r.pin().seat() + " "
        + r.pin().expertId() + " (change " + r.changeIndex() + "): " + r.reason() + " / " + r.reasonEn()));
    out.flush();
  }
}
