package org.talentmatch.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.talentmatch.core.check.TestProblems.demand;
import static org.talentmatch.core.check.TestProblems.expert;
import static org.talentmatch.core.check.TestProblems.problem;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.talentmatch.api.InvalidProblemException;
import org.talentmatch.api.PlanProgress;
import org.talentmatch.api.SolveOptions;
import org.talentmatch.api.ValidationError;
import org.talentmatch.api.change.PlanChange;
import org.talentmatch.api.model.Pin;
import org.talentmatch.api.model.Problem;
import org.talentmatch.api.model.Seat;
import org.talentmatch.api.model.SeatRole;
import org.talentmatch.api.plan.Assignment;
import org.talentmatch.api.plan.Plan;
import org.talentmatch.api.plan.SlotRef;
import org.talentmatch.api.session.PlanningSession;
import org.talentmatch.api.session.SessionChange;
import org.talentmatch.core.check.PlanChecker;
import org.talentmatch.core.generator.GeneratorSpec;
import org.talentmatch.core.generator.ProblemGenerator;
import org.talentmatch.core.search.SearchConfig;
import org.talentmatch.core.solver.PlanSolver;

class PlanningSessionTest {
  private static final PlanningPipeline PIPELINE = new PlanningPipeline(SearchConfig.defaults(), new PlanSolver());
  private static final SlotRef D1_LEAD = new SlotRef("D1", 0, 0);

  /** Three experts for D1's one LEAD slot; D2 a week later needs 植物保护, which nobody has. */
  private static final Problem SMALL = problem()
      .addExpert(expert("E1").build()).addExpert(expert("E2").build()).addExpert(expert("E3").build())
      .addDemand(demand("D1").build())
      .addDemand(demand("D2").dates("2027-05-10", "2027-05-12").title("病虫害防治")
          .seats(List.of(Seat.of(SeatRole.MEMBER, 1, "植物保护"))).build())
      .build();

  @Test
  void solvesEmitsProgressAndStopsWithAFeasiblePlan() throws Exception {
    Problem generated = ProblemGenerator.generate(GeneratorSpec.builder().experts(60).demands(12).seed(7).build());
    List<PlanProgress> heard = new CopyOnWriteArrayList<>();
    SolveOptions options = quick().progressListener(heard::add).build();
    try (PlanningSession session = PIPELINE.startSession(generated, options)) {
      session.awaitCompletion();
      assertThat(session.isSolving()).isFalse();
      Plan plan = session.stop();

      assertThat(heard).isNotEmpty();
      assertThat(heard).allMatch(p -> p.slotsTotal() == generated.slotCount());
      assertThat(PlanChecker.check(generated, plan).violations()).isEmpty();
      assertThat(plan.metrics().seatsFilled()).isPositive();
      assertThat(heard.get(heard.size() - 1).slotsFilled()).isEqualTo(plan.metrics().seatsFilled());
      assertThatThrownBy(() -> session.apply(new PlanChange.CancelDemand(generated.demands().get(0).id())))
          .isInstanceOf(IllegalStateException.class);
    }
  }

  @Test
  void aDeclinedExpertLeavesTheDemandForGoodAndTheSlotIsRefilled() throws Exception {
    try (PlanningSession session = PIPELINE.startSession(SMALL, quick().build())) {
      String first = expertOn(session.awaitCompletion(), D1_LEAD);
      session.apply(new PlanChange.Decline(D1_LEAD, first));
      assertThat(session.bestPlan().assignments()).noneMatch(a -> a.expertId().equals(first) && a.demandId().equals("D1"));
      String second = expertOn(session.awaitCompletion(), D1_LEAD);
      session.apply(new PlanChange.Decline(D1_LEAD, second));
      Plan plan = session.awaitCompletion();

      String third = expertOn(plan, D1_LEAD);
      assertThat(List.of(first, second, third)).containsExactlyInAnyOrder("E1", "E2", "E3");
      session.apply(new PlanChange.Decline(D1_LEAD, third));
      plan = session.stop();
      assertThat(plan.assignments()).noneMatch(a -> a.demandId().equals("D1"));
      assertThat(plan.unfilled()).anyMatch(u -> u.demandId().equals("D1"));
      assertThat(PlanChecker.check(session.problem(), plan).violations()).isEmpty();
    }
  }

  /**
   * Minimal disruption in a session. E1 and E2 fit both demands exactly, whose dates overlap; E3,
   * added later, fits D2 exactly and D1 only as a narrower term. When D1's expert declines, moving D2's expert to D1 and
   * E3 to D2 would gain relevance, but less than the 1,000 points a moved assignment costs: E3 takes
   * D1, D2 keeps its expert, and the plan reports 0 moved.
   */
  @Test
  void aDeclineIsRefilledWithoutMovingOtherAssignmentsAndThePlanSaysHowMany() throws Exception {
    Problem twoDemands = problem()
        .addExpert(expert("E1").skills("设施蔬菜", "黄瓜栽培").build())
        .addExpert(expert("E2").skills("设施蔬菜", "黄瓜栽培").build())
        .addDemand(demand("D1").build())
        .addDemand(demand("D2").dates("2027-04-11", "2027-04-13").title("黄瓜栽培技术指导")
            .seats(List.of(Seat.of(SeatRole.MEMBER, 1, "黄瓜栽培"))).build())
        .build();
    SlotRef d2 = new SlotRef("D2", 0, 0);
    try (PlanningSession session = PIPELINE.startSession(twoDemands, quick().build())) {
      session.awaitCompletion();
      session.apply(new PlanChange.AddExpert(expert("E3").skills("黄瓜栽培").build()));
      Plan before = session.awaitCompletion();
      String onD1 = expertOn(before, D1_LEAD);
      String onD2 = expertOn(before, d2);
      session.apply(new PlanChange.Decline(D1_LEAD, onD1));
      Plan after = session.awaitCompletion();

      assertThat(expertOn(after, D1_LEAD)).isEqualTo("E3");
      assertThat(expertOn(after, d2)).isEqualTo(onD2);
      assertThat(after.metrics().moved()).hasValue(0);
      assertThat(PlanChecker.check(session.problem(), after).violations()).isEmpty();
    }
  }

  @Test
  void aConfirmationPinsAndADeclineOfItReleasesThePin() throws Exception {
    try (PlanningSession session = PIPELINE.startSession(SMALL, quick().build())) {
      String held = expertOn(session.awaitCompletion(), D1_LEAD);
      SessionChange confirmed = session.apply(new PlanChange.Confirm(D1_LEAD, held));
      assertThat(confirmed.releasedPins()).isEmpty();
      assertThat(session.problem().pinned()).containsExactly(new Pin("D1", 0, held));
      assertThat(session.awaitCompletion().assignments())
          .anyMatch(a -> a.slotRef().equals(D1_LEAD) && a.expertId().equals(held) && a.pinned());

      SessionChange declined = session.apply(new PlanChange.Decline(D1_LEAD, held));
      assertThat(declined.index()).isEqualTo(1);
      assertThat(declined.releasedPins()).singleElement()
          .satisfies(r -> assertThat(r.pin()).isEqualTo(new Pin("D1", 0, held)))
          .satisfies(r -> assertThat(r.changeIndex()).isEqualTo(1));
      assertThat(session.problem().pinned()).isEmpty();
      assertThat(expertOn(session.awaitCompletion(), D1_LEAD)).isNotEqualTo(held);
    }
  }

  @Test
  void aCancelledDemandLeavesThePlanAndAnAddedOneIsFilled() throws Exception {
    try (PlanningSession session = PIPELINE.startSession(SMALL, quick().build())) {
      session.awaitCompletion();
      session.apply(new PlanChange.CancelDemand("D1"));
      session.apply(new PlanChange.AddDemand(demand("D3").dates("2027-08-01", "2027-08-02").build()));
      Plan plan = session.awaitCompletion();

      assertThat(plan.assignments()).noneMatch(a -> a.demandId().equals("D1"));
      assertThat(plan.unfilled()).noneMatch(u -> u.demandId().equals("D1"));
      assertThat(plan.assignments()).anyMatch(a -> a.demandId().equals("D3"));
      assertThat(PlanChecker.check(session.problem(), plan).violations()).isEmpty();
    }
  }

  @Test
  void anAddedExpertBecomesACandidateAndFillsASeatNobodyCouldFill() throws Exception {
    try (PlanningSession session = PIPELINE.startSession(SMALL, quick().build())) {
      assertThat(session.awaitCompletion().assignments()).noneMatch(a -> a.demandId().equals("D2"));
      session.apply(new PlanChange.AddExpert(expert("E9").skills("植物保护").build()));
      Plan plan = session.awaitCompletion();

      assertThat(expertOn(plan, new SlotRef("D2", 0, 0))).isEqualTo("E9");
      assertThat(PlanChecker.check(session.problem(), plan).violations()).isEmpty();
    }
  }

  @Test
  void unavailableDatesEmptyTheExpertsSlotsAndAMovedDemandIsPlannedOnItsNewDates() throws Exception {
    try (PlanningSession session = PIPELINE.startSession(SMALL, quick().build())) {
      String held = expertOn(session.awaitCompletion(), D1_LEAD);
      session.apply(new PlanChange.Unavailable(held, org.talentmatch.api.model.DateRange.of("2027-04-01", "2027-04-30")));
      assertThat(expertOn(session.awaitCompletion(), D1_LEAD)).isNotEqualTo(held);
      session.apply(new PlanChange.MoveDemand("D1", org.talentmatch.api.model.DateRange.of("2027-06-01", "2027-06-03")));
      Plan plan = session.awaitCompletion();

      assertThat(plan.assignments()).anyMatch(a -> a.slotRef().equals(D1_LEAD));
      assertThat(PlanChecker.check(session.problem(), plan).violations()).isEmpty();
    }
  }

  @Test
  void aChangeNamingWhatTheSessionLacksIsAnInputErrorAndChangesNothing() throws Exception {
    try (PlanningSession session = PIPELINE.startSession(SMALL, quick().build())) {
      session.awaitCompletion();
      assertThatThrownBy(() -> session.apply(new PlanChange.Decline(new SlotRef("D404", 0, 0), "E1")))
          .isInstanceOfSatisfying(InvalidProblemException.class, e -> assertThat(e.errors())
              .extracting(ValidationError::path).containsExactly("$.changes[0].demandId"));
      session.apply(new PlanChange.CancelDemand("D2"));
      assertThatThrownBy(() -> session.apply(new PlanChange.Unavailable("E404",
          org.talentmatch.api.model.DateRange.of("2027-04-01", "2027-04-02"))))
          .isInstanceOfSatisfying(InvalidProblemException.class, e -> assertThat(e.errors())
              .extracting(ValidationError::path).containsExactly("$.changes[1].expertId"));
      assertThat(session.problem().demands()).extracting(d -> d.id()).containsExactly("D1");
    }
  }

  @Test
  void theEngineStartsAValidatedSession() throws Exception {
    Problem invalid = problem().addExpert(expert("E1").build()).addExpert(expert("E1").build())
        .addDemand(demand("D1").build()).build();
    try (TalentMatchEngine engine = TalentMatchEngine.builder().build()) {
      assertThatThrownBy(() -> engine.startSession(invalid, quick().build()))
          .isInstanceOf(InvalidProblemException.class);
      try (PlanningSession session = engine.startSession(SMALL, quick().build())) {
        assertThat(session.awaitCompletion().assignments()).isNotEmpty();
      }
    }
  }

  private static String expertOn(Plan plan, SlotRef slot) {
    return plan.assignments().stream().filter(a -> a.slotRef().equals(slot)).map(Assignment::expertId)
        .findFirst().orElseThrow(() -> new AssertionError("slot " + slot + " is empty in " + plan.assignments()));
  }

  static SolveOptions.Builder quick() {
    return SolveOptions.builder().seed(1).timeLimit(Duration.ofSeconds(3)).unimprovedTimeLimit(Duration.ofMillis(200));
  }
}
