package org.talentmatch.core.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.talentmatch.api.SolveOptions;
import org.talentmatch.api.model.DateRange;
import org.talentmatch.api.model.Degree;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.Expert;
import org.talentmatch.api.model.HostUnit;
import org.talentmatch.api.model.HostUnitType;
import org.talentmatch.api.model.Policy;
import org.talentmatch.api.model.Problem;
import org.talentmatch.api.model.Program;
import org.talentmatch.api.model.Seat;
import org.talentmatch.api.model.SeatRole;
import org.talentmatch.api.model.Title;
import org.talentmatch.api.plan.Plan;
import org.talentmatch.core.engine.TalentMatchEngine;
import org.talentmatch.core.generator.GeneratorSpec;
import org.talentmatch.core.generator.ProblemGenerator;
import org.talentmatch.core.search.ExpertIndex;
import org.talentmatch.core.search.SearchConfig;

/**
 * Planning respects its time limit on pathological problems, within a documented overhead for the
 * work before and after solving (indexing, candidates, explanation); the index's heap per 10,000
 * experts stays within the bound docs/FORMAT.md "Limits" documents.
 */
class ResourceBoundsTest {
  private static final Duration TIME_LIMIT = Duration.ofSeconds(5);
  /**
   * docs/FORMAT.md "Limits": indexing 2,000 experts, 300 seats' candidates and the explanation on a
   * 2-core machine shared with other builds. Measured 1.6 s (no expert eligible) and 12.8 s (every
   * expert eligible for every seat) beyond the limit here; the bound leaves about twice that.
   */
  private static final Duration OVERHEAD = Duration.ofSeconds(25);
  /** docs/FORMAT.md "Limits": heap of the in-memory index per 10,000 experts (measured 4.8 MB). */
  private static final long INDEX_BYTES_PER_10_000_EXPERTS = 32L * 1024 * 1024;
  private static final DateRange PERIOD = DateRange.of("2027-01-01", "2027-12-31");

  @Test
  void everyExpertEligibleForEverySeatStaysWithinTheTimeLimit() throws Exception {
    Problem problem = problem(2_000, 300, Program.EXPERT_SERVICE);

    Plan plan = timedPlan(problem);

    assertThat(plan.score().hard()).isZero();
    assertThat(plan.metrics().seatsTotal()).isEqualTo(300);
  }

  @Test
  void everyExpertEligibleForEverySeatFillsEverySlot() throws Exception {
    Plan plan = timedPlan(problem(2_000, 300, Program.EXPERT_SERVICE));

    assertThat(plan.metrics().seatsFilled()).isEqualTo(300);
  }

  @Test
  void noExpertEligibleForAnySeatStaysWithinTheTimeLimit() throws Exception {
    Problem problem = problem(2_000, 300, Program.MEDICAL_PAIRING);

    Plan plan = timedPlan(problem);

    assertThat(plan.metrics().seatsFilled()).isZero();
    assertThat(plan.unfilled()).hasSize(300);
  }

  @Test
  void theIndexOf10000ExpertsHoldsAtMostItsDocumentedHeap() throws Exception {
    List<Expert> pool = ProblemGenerator.generate(GeneratorSpec.of(10_000, 10, 2027)).experts();
    long before = usedAfterGc();
    try (ExpertIndex index = ExpertIndex.inMemory(SearchConfig.defaults())) {
      index.putAll(pool);
      long held = usedAfterGc() - before;
      System.out.printf("index of %d experts holds %.1f MB%n", index.size(), held / 1024.0 / 1024.0);

      assertThat(index.size()).isEqualTo(10_000);
      assertThat(held).isLessThanOrEqualTo(INDEX_BYTES_PER_10_000_EXPERTS);
    }
    assertThat(pool).hasSize(10_000); // keeps the pool reachable through both measurements
  }

  private static Plan timedPlan(Problem problem) throws Exception {
    try (TalentMatchEngine engine = TalentMatchEngine.builder().build()) {
      long start = System.nanoTime();
      Plan plan = engine.plan(problem, SolveOptions.builder().timeLimit(TIME_LIMIT).seed(1).build());
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      System.out.printf("planned %d slots in %d ms%n", plan.metrics().seatsTotal(), took.toMillis());

      assertThat(took).isLessThanOrEqualTo(TIME_LIMIT.plus(OVERHEAD));
      return plan;
    }
  }

  /**
   * {@code experts} identical but for their id, one skill, no travel limit; {@code slots} one-slot
   * demands on distinct days, so nothing but the program limits who may take which.
   */
  private static Problem problem(int experts, int slots, Program expertsProgram) {
    List<Expert> pool = IntStream.range(0, experts).mapToObj(i -> Expert.builder("E" + i)
        .institution("山东农业大学").title(Title.SENIOR).degree(Degree.DOCTORATE).programs(expertsProgram)
        .skills("设施蔬菜").location("370911", 36.16, 117.16).maxAssignments(3).build()).toList();
    List<Demand> demands = IntStream.range(0, slots).mapToObj(i -> Demand.builder("D" + i)
        .program(Program.EXPERT_SERVICE).title("设施蔬菜技术指导")
        .hostUnit(HostUnit.of("合作社" + i, HostUnitType.COOPERATIVE)).location("370783", 36.88, 118.79)
        .dates(DateRange.of(PERIOD.start().plusDays(i), PERIOD.start().plusDays(i)))
        .addSeat(Seat.of(SeatRole.MEMBER, 1, "设施蔬菜")).build()).toList();
    return Problem.builder(PERIOD).policy(Policy.defaults()).experts(pool).demands(demands).build();
  }

  /** Used heap once repeated full collections stop freeing memory (as benchmarks' IndexFootprint). */
  private static long usedAfterGc() throws InterruptedException {
    long used = Long.MAX_VALUE;
    for (int round = 0; round < 10; round++) {
      System.gc();
      Thread.sleep(100);
      long now = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
      if (now >= used) {
        return now;
      }
      used = now;
    }
    return used;
  }
}
