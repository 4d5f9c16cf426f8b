package org.talentmatch.core.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.talentmatch.core.check.TestProblems.assign;
import static org.talentmatch.core.check.TestProblems.demand;
import static org.talentmatch.core.check.TestProblems.expert;
import static org.talentmatch.core.check.TestProblems.problem;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.talentmatch.api.model.Problem;
import org.talentmatch.api.model.Seat;
import org.talentmatch.api.model.SeatRole;
import org.talentmatch.api.plan.Assignment;

class DemandFairnessProperties {

  /**
   * Demand {@code Di} has {@code sizes[i]} slots, each filled with a relevance in thousandths drawn
   * from {@code seed}; the worst-off demand is the one of least mean, whatever the assignment order,
   * and the 10th percentile lies between it and the best-served demand.
   */
  @Property(tries = 200)
  void worstOffIsTheLeastMeanAndTheOrderOfAssignmentsDoesNotMatter(
      @ForAll @Size(min = 1, max = 30) List<@IntRange(min = 1, max = 4) Integer> sizes, @ForAll long seed) {
    Random random = new Random(seed);
    Problem.Builder builder = problem();
    for (int d = 0; d < sizes.size(); d++) {
      builder.addDemand(demand("D" + d).seats(List.of(Seat.of(SeatRole.MEMBER, sizes.get(d), "设施蔬菜"))).build());
    }
    int expertCount = sizes.stream().mapToInt(Integer::intValue).sum();
    for (int e = 0; e < expertCount; e++) {
      builder.addExpert(expert("E" + e).build());
    }
    Problem problem = builder.build();
    List<Assignment> assignments = new ArrayList<>();
    double[] means = new double[sizes.size()];
    int expert = 0;
    for (int d = 0; d < sizes.size(); d++) {
      double sum = 0;
      for (int slot = 0; slot < sizes.get(d); slot++) {
        double relevance = (300 + random.nextInt(701)) / 1000.0;
        sum += relevance;
        assignments.add(assign(problem, "D" + d, 0, slot, "E" + expert++, OptionalDouble.of(relevance), false));
      }
      means[d] = sum / sizes.get(d);
    }
    double least = java.util.Arrays.stream(means).min().orElseThrow();
    double most = java.util.Arrays.stream(means).max().orElseThrow();

    DemandFairness fairness = PlanChecker.demandFairness(problem, assignments).orElseThrow();
    Collections.shuffle(assignments, random);
    assertThat(PlanChecker.demandFairness(problem, assignments)).hasValue(fairness);

    assertThat(fairness.demandsMeasured()).isEqualTo(sizes.size());
    assertThat(fairness.worstOffRelevance()).isCloseTo(least, within(1e-9));
    assertThat(means[Integer.parseInt(fairness.worstOffDemandId().substring(1))]).isCloseTo(least, within(1e-9));
    assertThat(fairness.p10Relevance()).isBetween(least, most);
  }
}
