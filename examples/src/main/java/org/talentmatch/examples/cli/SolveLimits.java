package org.talentmatch.examples.cli;

import java.time.Duration;
import org.talentmatch.api.SolveOptions;
import picocli.CommandLine.Option;

/** The solving options that {@code plan} and {@code replan} share (a picocli mixin). */
final class SolveLimits {
  /** A week: longer runs are a mistake, and far longer ones overflow the solver's clock. */
  private static final long MAX_SECONDS = 7 * 24 * 3600;

  @Option(names = "--seconds", defaultValue = "30", description = "time limit of solving (default: ${DEFAULT-VALUE})")
  long seconds;

  @Option(names = "--unimproved-seconds", description = "stop earlier when the best score has not improved for this long")
  Long unimprovedSeconds;

  @Option(names = "--seed", description = "random seed: the same seed gives the same plan for the same search")
  Long seed;

  @Option(names = "--evaluations", description = "stop after scoring this many plans: with --seed, the same plan on any machine")
  Long evaluations;

  @Option(names = "--candidates", defaultValue = "" + SolveOptions.DEFAULT_CANDIDATES_PER_SLOT, description = "candidates per slot handed to the solver (default: ${DEFAULT-VALUE})")
  int candidatesPerSlot;

  /** The options these limits set, after checking them. */
  SolveOptions.Builder toOptions() throws TalentMatchCli.BadInputException {
    if (seconds < 1 || seconds > MAX_SECONDS || candidatesPerSlot < 1 || (evaluations != null && evaluations < 1)
        || (unimprovedSeconds != null && (unimprovedSeconds < 1 || unimprovedSeconds > MAX_SECONDS))) {
      throw new TalentMatchCli.BadInputException("--seconds and --unimproved-seconds must be in 1.." + MAX_SECONDS
          + "; --evaluations and --candidates must be >= 1");
    }
    SolveOptions.Builder options = SolveOptions.builder()
        .timeLimit(Duration.ofSeconds(seconds))
        .candidatesPerSlot(candidatesPerSlot);
    if (unimprovedSeconds != null) {
      options.unimprovedTimeLimit(Duration.ofSeconds(unimprovedSeconds));
    }
    if (seed != null) {
      options.seed(seed);
    }
    if (evaluations != null) {
      options.evaluationLimit(evaluations);
    }
    return options;
  }
}
