package org.talentmatch.core.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.talentmatch.core.check.TestProblems.assign;
import static org.talentmatch.core.check.TestProblems.demand;
import static org.talentmatch.core.check.TestProblems.expert;
import static org.talentmatch.core.check.TestProblems.plan;
import static org.talentmatch.core.check.TestProblems.problem;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.Problem;
import org.talentmatch.api.model.Seat;
import org.talentmatch.api.model.SeatRole;
import org.talentmatch.api.plan.Assignment;
import org.talentmatch.api.plan.Plan;

class PlanCheckerProperties {

  @Property
  void giniEqualsTheDoubleSumDefinition(@ForAll @Size(min = 1, max = 40) List<@IntRange(min = 1, max = 12) Integer> loads) {
    int n = loads.size();
    double mean = loads.stream().mapToInt(Integer::intValue).average().orElseThrow();
    double sum = 0;
    for (int x : loads) {
      for (int y : loads) {
        sum += Math.abs(x - y);
      }
    }
    double expected = n <= 1 ? 0 : sum / (2.0 * n * n * mean);
    int[] values = loads.stream().mapToInt(Integer::intValue).toArray();
    assertThat(Metrics.gini(values)).isCloseTo(expected, within(1e-12));
  }

  @Property
  void giniIsScaleInvariantAndBelowOne(@ForAll @Size(min = 1, max = 40) List<@IntRange(min = 1, max = 12) Integer> loads,
      @ForAll @IntRange(min = 2, max = 5) int factor) {
    int[] values = loads.stream().mapToInt(Integer::intValue).toArray();
    int[] scaled = loads.stream().mapToInt(x -> x * factor).toArray();
    double gini = Metrics.gini(values);
    assertThat(gini).isGreaterThanOrEqualTo(0).isLessThan(1);
    assertThat(Metrics.gini(scaled)).isCloseTo(gini, within(1e-12));
  }

  /**
   * A plan that fills any subset of slots with distinct, fully eligible experts breaks no rule and
   * agrees with itself; its medium score is minus the cost of exactly the slots left out.
   */
  @Property(tries = 200)
  void aCorrectPlanIsAcceptedWhateverItFills(@ForAll("shapes") Problem problem, @ForAll long seed) {
    Random random = new Random(seed);
    List<Assignment> assignments = new ArrayList<>();
    long emptyCost = 0;
    int next = 0;
    for (Demand d : problem.demands()) {
      for (int seat = 0; seat < d.seats().size(); seat++) {
        for (int slot = 0; slot < d.seats().get(seat).count(); slot++) {
          if (random.nextBoolean()) {
            assignments.add(assign(problem, d.id(), seat, slot, "E" + next++));
          } else {
            emptyCost += d.unfilledCost(seat);
          }
        }
      }
    }
    Plan plan = plan(problem, assignments.toArray(Assignment[]::new));
    CheckReport report = PlanChecker.check(problem, plan);
    assertThat(report.violations()).isEmpty();
    assertThat(report.inconsistencies()).isEmpty();
    assertThat(report.medium()).isEqualTo(-emptyCost);
    assertThat(report.metrics().seatsFilled()).isEqualTo(assignments.size());
    assertThat(report.metrics().loadGini()).isZero();
  }

  @Provide
  Arbitrary<Problem> shapes() {
    return Arbitraries.randomValue(random -> {
      Problem.Builder problem = problem();
      int demands = 1 + random.nextInt(6);
      int slots = 0;
      for (int i = 0; i < demands; i++) {
        LocalDate start = LocalDate.of(2027, 1, 1).plusDays(random.nextInt(300));
        Demand.Builder d = demand("D" + i).priority(1 + random.nextInt(5)).priorityArea(random.nextBoolean())
            .dates(org.talentmatch.api.model.DateRange.of(start, start.plusDays(random.nextInt(10))))
            .seats(List.of());
        for (int s = 0, seats = 1 + random.nextInt(3); s < seats; s++) {
          int count = 1 + random.nextInt(3);
          d.addSeat(Seat.of(s == 0 ? SeatRole.LEAD : SeatRole.MEMBER, count, "设施蔬菜"));
          slots += count;
        }
        problem.addDemand(d.build());
      }
      for (int e = 0; e < slots; e++) {
        problem.addExpert(expert("E" + e).build());
      }
      return problem.build();
    });
  }
}
