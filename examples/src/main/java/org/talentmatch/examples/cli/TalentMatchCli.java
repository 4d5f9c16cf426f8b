package org.talentmatch.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import org.talentmatch.api.InvalidProblemException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The batch job: a command line over FORMAT.md files. Exit codes: 0 success, 2 bad input (a file
 * missing, unreadable or invalid, bad options), 1 internal failure, 3 a plan rejected by {@code check}.
 */
@Command(
    name = "talentmatch",
    mixinStandardHelpOptions = true,
    version = "talentmatch 0.1.0",
    description = "Matches experts to grassroots service demands (FORMAT.md v1 files).",
    subcommands = {PlanCommand.class, SearchCommand.class, CandidatesCommand.class, GenerateCommand.class,
        CheckCommand.class, ReplanCommand.class, ReportCommand.class})
public final class TalentMatchCli {
  public static final int EXIT_OK = 0;
  public static final int EXIT_INTERNAL = 1;
  public static final int EXIT_BAD_INPUT = 2;
  /** {@code check} only: the plan breaks a hard rule or disagrees with its problem. */
  public static final int EXIT_PLAN_REJECTED = 3;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code, without exiting the JVM. */
  public static int run(String... args) {
    CommandLine cli = new CommandLine(new TalentMatchCli());
    cli.setExecutionExceptionHandler(TalentMatchCli::handle);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    return cli.execute(args);
  }

  private static int handle(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
    PrintWriter err = cli.getErr();
    if (e instanceof InvalidProblemException invalid) {
      err.println("invalid input: " + invalid.errors().size() + " error(s)");
      invalid.errors().forEach(error -> err.println("  " + error));
      return EXIT_BAD_INPUT;
    }
    if (e instanceof NoSuchFileException missing) {
      err.println("no such file: " + missing.getFile());
      return EXIT_BAD_INPUT;
    }
    if (e instanceof BadInputException || e instanceof IOException) {
      // A file that cannot be read or written (a directory, no permission, a full disk) is the
      // caller's to fix, not a fault of the engine.
      err.println("error: " + e.getMessage());
      return EXIT_BAD_INPUT;
    }
    err.println("internal error: " + e);
    e.printStackTrace(err);
    return EXIT_INTERNAL;
  }

  /** A problem with what the user asked for (unknown demand id, …): exit code 2. */
  static final class BadInputException extends Exception {
    private static final long serialVersionUID = 1L;

    BadInputException(String message) {
      super(message);
    }
  }
}
