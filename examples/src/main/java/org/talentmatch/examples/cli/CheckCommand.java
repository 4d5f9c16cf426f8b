package org.talentmatch.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.talentmatch.api.model.Problem;
import org.talentmatch.api.plan.Plan;
import org.talentmatch.core.check.CheckReport;
import org.talentmatch.core.check.PlanChecker;
import org.talentmatch.core.io.PlanJson;
import org.talentmatch.core.io.ProblemJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Checks a plan file against its problem file: hard rules, coverage score, metrics. Exit 3 when it breaks a rule.")
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--problem", required = true, description = "problem file (FORMAT.md v1)")
  Path problemFile;

  @Option(names = "--plan", required = true, description = "plan file (FORMAT.md v1-plan)")
  Path planFile;

  @Override
  public Integer call() throws Exception {
    Problem problem = ProblemJson.read(problemFile);
    Plan plan = PlanJson.read(planFile);
    CheckReport report = PlanChecker.check(problem, plan);
    PrintWriter out = spec.commandLine().getOut();
    out.println("hard violations: " + report.hardViolationCount());
    report.violations().forEach(v -> out.println("  " + v));
    out.println("inconsistencies: " + report.inconsistencies().size());
    report.inconsistencies().forEach(i -> out.println("  " + i));
    out.println("medium (recomputed): " + report.medium());
    out.println("metrics (recomputed): " + report.metrics());
    out.flush();
    return report.isFeasible() && report.inconsistencies().isEmpty() ? TalentMatchCli.EXIT_OK : TalentMatchCli.EXIT_PLAN_REJECTED;
  }
}
