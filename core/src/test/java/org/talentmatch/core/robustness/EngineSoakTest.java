package org.talentmatch.core.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@link EngineSoak} for 5 s; the benchmarks' {@code Soak} command runs it for 60 s. */
class EngineSoakTest {
  @Test
  void searchersUpdaterPlannerAndRecommenderTogetherFailNothingAndLoseNothing() throws Exception {
    EngineSoak.Report report = EngineSoak.run(Duration.ofSeconds(5));

    assertThat(report.operations()).hasSize(7).allSatisfy((worker, done) -> assertThat(done).isPositive());
    assertThat(report.operations().get("updater")).as("updates").isGreaterThan(10);
  }
}
