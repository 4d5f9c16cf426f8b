package org.talentmatch.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.Expert;
import org.talentmatch.api.model.Problem;
import org.talentmatch.api.model.Seat;
import org.talentmatch.api.search.Candidate;
import org.talentmatch.core.engine.TalentMatchEngine;
import org.talentmatch.core.io.ProblemJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "search", mixinStandardHelpOptions = true,
    description = "Lists the ranked candidates of each seat of one demand of a problem file, with reasons.")
final class SearchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--problem", required = true, description = "problem file (FORMAT.md v1)")
  Path problemFile;

  @Option(names = "--demand", required = true, description = "demand id")
  String demandId;

  @Option(names = "--top", defaultValue = "10", description = "candidates per seat (default: ${DEFAULT-VALUE})")
  int top;

  @Override
  public Integer call() throws Exception {
    if (top < 1) {
      throw new TalentMatchCli.BadInputException("--top must be >= 1");
    }
    Problem problem = ProblemJson.read(problemFile);
    Demand demand = problem.demands().stream().filter(d -> d.id().equals(demandId)).findFirst()
        .orElseThrow(() -> new TalentMatchCli.BadInputException("no demand \"" + demandId + "\" in " + problemFile));
    PrintWriter out = spec.commandLine().getOut();
    out.println(demand.id() + " " + demand.title() + " (" + demand.program() + ", " + demand.dates() + ")");
    try (TalentMatchEngine engine = TalentMatchEngine.builder().build()) {
      engine.putExperts(problem.experts());
      for (int s = 0; s < demand.seats().size(); s++) {
        Seat seat = demand.seats().get(s);
        out.println("seat " + s + " " + seat.role() + " ×" + seat.count() + " " + String.join("、", seat.skills()));
        List<Candidate> candidates = engine.searchCandidates(demand, s, problem.policy(), top);
        if (candidates.isEmpty()) {
          out.println("  (no candidate passes the hard rules and the relevance floor)");
        }
        int rank = 1;
        for (Candidate c : candidates) {
          Expert e = problem.experts().stream().filter(x -> x.id().equals(c.expertId())).findFirst().orElseThrow();
          out.printf(Locale.ROOT, "  %2d. %s %s %s  relevance %.2f  %.0f km%n", rank++, c.expertId(), e.institution(),
              e.title().chinese(), c.relevance(), c.distanceKm());
          c.reasons().forEach(r -> out.println("        " + r));
        }
      }
    }
    out.flush();
    return TalentMatchCli.EXIT_OK;
  }
}
