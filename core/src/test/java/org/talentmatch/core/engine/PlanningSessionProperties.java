package org.talentmatch.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.talentmatch.api.InvalidProblemException;
import org.talentmatch.api.change.Exclusion;
import org.talentmatch.api.change.PlanChange;
import org.talentmatch.api.change.ReleasedPin;
import org.talentmatch.api.model.DateRange;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.Pin;
import org.talentmatch.api.model.Problem;
import org.talentmatch.api.plan.Assignment;
import org.talentmatch.api.plan.Plan;
import org.talentmatch.api.session.PlanningSession;
import org.talentmatch.core.check.PlanChecker;
import org.talentmatch.core.generator.GeneratorSpec;
import org.talentmatch.core.generator.ProblemGenerator;
import org.talentmatch.core.search.SearchConfig;
import org.talentmatch.core.solver.PlanSolver;

/** Random change sequences applied to running sessions on small generated problems. */
class PlanningSessionProperties {
  private static final PlanningPipeline PIPELINE = new PlanningPipeline(SearchConfig.defaults(), new PlanSolver());

  @Property(tries = 8)
  void changesWhileSolvingLeaveAFeasiblePlanThatKeepsEveryStandingPinAndDecline(
      @ForAll @LongRange(min = 1, max = 1_000_000) long seed,
      @ForAll @IntRange(min = 1, max = 8) int changeCount) throws Exception {
    Problem problem = ProblemGenerator.generate(GeneratorSpec.builder().experts(40).demands(10).seed(seed).build());
    Random random = new Random(seed);
    Set<Pin> confirmed = new HashSet<>(problem.pinned());
    Set<Pin> released = new HashSet<>();
    Set<Exclusion> declined = new HashSet<>();
    try (PlanningSession session = PIPELINE.startSession(problem, PlanningSessionTest.quick().build())) {
      for (int i = 0; i < changeCount; i++) {
        PlanChange change = randomChange(session.problem(), session.bestPlan(), random);
        try {
          session.apply(change).releasedPins().stream().map(ReleasedPin::pin).forEach(released::add);
        } catch (InvalidProblemException e) {
          // Only a plan-dependent change can miss: the solver moved that expert since we looked.
          assertThat(change).isInstanceOfAny(PlanChange.Confirm.class, PlanChange.Decline.class);
          continue;
        }
        if (change instanceof PlanChange.Confirm c) {
          confirmed.add(new Pin(c.slot().demandId(), c.slot().seat(), c.expertId()));
        } else if (change instanceof PlanChange.Decline d) {
          declined.add(new Exclusion(d.slot().demandId(), d.expertId()));
        }
      }
      Plan plan = session.awaitCompletion();
      Problem now = session.problem();

      assertThat(PlanChecker.check(now, plan).violations()).as("hard violations").isEmpty();
      for (Pin pin : confirmed) {
        if (!released.contains(pin)) {
          assertThat(now.pinned()).contains(pin);
          assertThat(plan.assignments()).as("pin %s", pin).anyMatch(a -> a.pinned()
              && a.demandId().equals(pin.demandId()) && a.seat() == pin.seat() && a.expertId().equals(pin.expertId()));
        }
      }
      for (Exclusion exclusion : declined) {
        assertThat(plan.assignments()).noneMatch(a -> a.demandId().equals(exclusion.demandId())
            && a.expertId().equals(exclusion.expertId()));
      }
      assertThat(session.stop().score()).isEqualTo(plan.score());
    }
  }

  /** A change that refers only to what the session's problem and best plan hold now. */
  private static PlanChange randomChange(Problem problem, Plan plan, Random random) {
    List<Assignment> free = new ArrayList<>(plan.assignments().stream().filter(a -> !a.pinned()).toList());
    int kind = random.nextInt(10);
    if (kind < 3 && !free.isEmpty()) {
      Assignment a = free.get(random.nextInt(free.size()));
      return new PlanChange.Confirm(a.slotRef(), a.expertId());
    } else if (kind < 6 && !plan.assignments().isEmpty()) {
      Assignment a = plan.assignments().get(random.nextInt(plan.assignments().size()));
      return new PlanChange.Decline(a.slotRef(), a.expertId());
    } else if (kind == 6) {
      String expertId = problem.experts().get(random.nextInt(problem.experts().size())).id();
      return new PlanChange.Unavailable(expertId, randomDates(problem, random, 20));
    } else if (kind == 7 && problem.demands().size() > 1) {
      return new PlanChange.CancelDemand(problem.demands().get(random.nextInt(problem.demands().size())).id());
    } else if (kind == 8) {
      Demand demand = problem.demands().get(random.nextInt(problem.demands().size()));
      return new PlanChange.MoveDemand(demand.id(),
          randomDates(problem, random, (int) Math.min(demand.dates().days(), 30)));
    }
    Demand model = problem.demands().get(random.nextInt(problem.demands().size()));
    return new PlanChange.AddDemand(new Demand(model.id() + "-" + random.nextInt(1_000_000), model.program(),
        model.title(), model.description(), model.hostUnit(), model.location(), model.priorityArea(),
        model.priority(), randomDates(problem, random, (int) Math.min(model.dates().days(), 30)), model.seats()));
  }

  private static DateRange randomDates(Problem problem, Random random, int days) {
    int span = (int) problem.period().days() - days;
    var start = problem.period().start().plusDays(random.nextInt(Math.max(1, span)));
    return DateRange.of(start, start.plusDays(Math.max(0, days - 1)));
  }
}
