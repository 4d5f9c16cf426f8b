package org.talentmatch.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.talentmatch.api.model.Problem;
import org.talentmatch.core.io.CandidatesJsonl;
import org.talentmatch.core.io.ProblemJson;
import org.talentmatch.core.search.CandidateGenerator;
import org.talentmatch.core.search.ExpertIndex;
import org.talentmatch.core.search.SearchConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "candidates", mixinStandardHelpOptions = true,
    description = "Writes the top candidates of every seat of a problem file as JSON Lines (one line per seat, "
        + "problem order, best first), after the hard rules and the relevance floor.")
final class CandidatesCommand implements Callable<Integer> {
  /** Far more than anyone reads per seat; bounds the memory of a batch of seats. */
  static final int MAX_TOP = 1_000;
  /** The progress line is redrawn at most this often. */
  private static final Duration PROGRESS_INTERVAL = Duration.ofMillis(500);

  @Spec CommandSpec spec;

  @Option(names = "--problem", required = true, description = "problem file (FORMAT.md v1)")
  Path problemFile;

  @Option(names = "--top", defaultValue = "50", description = "candidates per seat, 1.." + MAX_TOP + " (default: ${DEFAULT-VALUE})")
  int top;

  @Option(names = "--out", required = true, description = "JSON Lines file to write (atomically)")
  Path out;

  @Override
  public Integer call() throws Exception {
    if (top < 1 || top > MAX_TOP) {
      throw new TalentMatchCli.BadInputException("--top must be in 1.." + MAX_TOP);
    }
    PrintWriter err = spec.commandLine().getErr();
    long start = System.nanoTime();
    Problem problem = ProblemJson.read(problemFile);
    int seats = problem.demands().stream().mapToInt(d -> d.seats().size()).sum();
    Duration readTime = Duration.ofNanos(System.nanoTime() - start);
    try (ExpertIndex index = ExpertIndex.inMemory(SearchConfig.defaults());
        CandidatesJsonl.Writer writer = CandidatesJsonl.create(out)) {
      err.printf(Locale.ROOT, "indexing %d experts for %d seats%n", problem.experts().size(), seats);
      err.flush();
      long indexStart = System.nanoTime();
      index.putAll(problem.experts());
      Duration indexTime = Duration.ofNanos(System.nanoTime() - indexStart);
      Progress progress = new Progress(err, seats);
      CandidateGenerator.forEachSeat(index, problem, top, seat -> {
        writer.write(seat);
        progress.seatDone();
      });
      writer.commit();
      progress.finish();
      spec.commandLine().getOut().printf(Locale.ROOT,
          "wrote %s: %d seats, %d experts; read %.1f s, index %.1f s, search %.1f s (%.0f seats/s)%n", out,
          writer.lineCount(), problem.experts().size(), seconds(readTime), seconds(indexTime),
          progress.elapsedSeconds(), progress.rate());
    }
    spec.commandLine().getOut().flush();
    return TalentMatchCli.EXIT_OK;
  }

  private static double seconds(Duration duration) {
    return duration.toMillis() / 1000.0;
  }

  /** Seats done / total, rate and elapsed time on one redrawn stderr line. */
  private static final class Progress {
    private final PrintWriter err;
    private final int total;
    private final long startNanos = System.nanoTime();
    private int done;
    private long lastPrintNanos = Long.MIN_VALUE;

    Progress(PrintWriter err, int total) {
      this.err = err;
      this.total = total;
    }

    void seatDone() {
      done++;
      long now = System.nanoTime();
      if (lastPrintNanos == Long.MIN_VALUE || now - lastPrintNanos >= PROGRESS_INTERVAL.toNanos()) {
        lastPrintNanos = now;
        print();
      }
    }

    void finish() {
      print();
      err.println();
      err.flush();
    }

    double elapsedSeconds() {
      return (System.nanoTime() - startNanos) / 1e9;
    }

    double rate() {
      double elapsed = elapsedSeconds();
      return elapsed > 0 ? done / elapsed : 0;
    }

    private void print() {
      err.printf(Locale.ROOT, "\rseats %d/%d  %.0f seats/s  %.1fs   ", done, total, rate(), elapsedSeconds());
      err.flush();
    }
  }
}
