package org.talentmatch.benchmarks.robustness;

import java.time.Duration;
import org.talentmatch.core.robustness.EngineSoak;

/**
 * The concurrency soak of issue 7 at length: {@code java -cp benchmarks/target/benchmarks.jar
 * org.talentmatch.benchmarks.robustness.Soak 60} runs {@link EngineSoak} for 60 s (the test suite runs
 * it for 5 s) and prints what ran; exit code 1 on any failure, stall, lost update or inconsistency.
 */
public final class Soak {
  private Soak() {}

  public static void main(String[] args) throws Exception {
    long seconds = args.length == 0 ? 60 : Long.parseLong(args[0]);
    try {
      System.out.println(EngineSoak.run(Duration.ofSeconds(seconds)));
    } catch (AssertionError e) {
      e.printStackTrace();
      System.exit(1);
    }
  }
}
