package org.talentmatch.core.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentmatch.api.InvalidProblemException;
import org.talentmatch.api.SolveOptions;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.Expert;
import org.talentmatch.api.model.Pin;
import org.talentmatch.api.model.Problem;
import org.talentmatch.api.plan.ConstraintTotal;
import org.talentmatch.api.plan.Plan;
import org.talentmatch.api.plan.PlanExplanation;
import org.talentmatch.api.plan.SupplyReport;
import org.talentmatch.api.search.DemandMatch;
import org.talentmatch.core.generator.GeneratorSpec;
import org.talentmatch.core.generator.ProblemGenerator;

class TalentMatchEngineTest {
  private static final Problem PROBLEM = ProblemGenerator.generate(GeneratorSpec.of(150, 30, 11));
  private static final SolveOptions OPTIONS = SolveOptions.builder().seed(3).evaluationLimit(10_000).build();

  @Test
  void explanationOfAPlanAddsUpToItsScore() throws Exception {
    try (TalentMatchEngine engine = TalentMatchEngine.builder().build()) {
      Plan plan = engine.plan(PROBLEM, OPTIONS);

      PlanExplanation explanation = engine.explain(PROBLEM, plan);

      assertThat(explanation.score()).isEqualTo(plan.score());
      assertThat(explanation.totals().stream().mapToLong(t -> t.impact().soft()).sum()).isEqualTo(plan.score().soft());
      assertThat(explanation.totals()).extracting(ConstraintTotal::rule).contains("skill-relevance", "unfilled-slot");
      assertThat(explanation.reasonsBySlot().keySet())
          .containsAll(plan.assignments().stream().map(a -> a.slotRef()).toList());
    }
  }

  @Test
  void supplyCheckNamesEverySlotThePlanCannotFillForLackOfCandidates() throws Exception {
    try (TalentMatchEngine engine = TalentMatchEngine.builder().build()) {
      SupplyReport supply = engine.checkSupply(PROBLEM);
      Plan plan = engine.plan(PROBLEM, OPTIONS);

      assertThat(plan.unfilled().size()).isGreaterThanOrEqualTo(supply.slotsWithoutCandidate());
      assertThat(supply.shortfalls().stream().mapToInt(s -> s.slotsWithoutCandidate()).sum())
          .isEqualTo(supply.slotsWithoutCandidate());
    }
  }

  @Test
  void invalidProblemBuiltThroughTheApiIsRejectedWithPaths() throws Exception {
    Problem dangling = PROBLEM.toBuilder().addPin(new Pin(PROBLEM.demands().get(0).id(), 0, "NO-SUCH-EXPERT")).build();
    try (TalentMatchEngine engine = TalentMatchEngine.builder().build()) {
      assertThatThrownBy(() -> engine.plan(dangling, OPTIONS))
          .isInstanceOfSatisfying(InvalidProblemException.class, e -> assertThat(e.errors())
              .anySatisfy(error -> assertThat(error.path()).startsWith("$.pinned[" + PROBLEM.pinned().size() + "]")));
    }
  }

  @Test
  void poolSurvivesRestartAndPushesFittingOpenDemands(@TempDir Path dir) throws Exception {
    Expert expert = PROBLEM.experts().get(0);
    List<DemandMatch> pushedBefore;
    try (TalentMatchEngine engine = TalentMatchEngine.builder().indexDirectory(dir).build()) {
      engine.putExperts(PROBLEM.experts());
      assertThat(engine.removeExpert(PROBLEM.experts().get(1).id())).isTrue();
      PROBLEM.demands().forEach(engine::putDemand);
      assertThat(engine.removeDemand(PROBLEM.demands().get(1).id())).isTrue();
      pushedBefore = engine.recommendDemands(expert.id(), PROBLEM.policy(), 5);
    }
    try (TalentMatchEngine engine = TalentMatchEngine.builder().indexDirectory(dir).build()) {
      assertThat(engine.expertCount()).isEqualTo(PROBLEM.experts().size() - 1);
      assertThat(engine.demandCount()).isEqualTo(PROBLEM.demands().size() - 1);

      List<DemandMatch> pushed = engine.recommendDemands(expert.id(), PROBLEM.policy(), 5);

      assertThat(pushed).as("both indexes reopen with the same results").isEqualTo(pushedBefore);

      assertThat(pushed).isNotEmpty().hasSizeLessThanOrEqualTo(5).isSortedAccordingTo(
          (a, b) -> Double.compare(b.relevance(), a.relevance()));
      for (DemandMatch match : pushed) {
        Demand demand = PROBLEM.demands().stream().filter(d -> d.id().equals(match.demandId())).findFirst().orElseThrow();
        assertThat(demand.program()).isIn(expert.programs());
      }
      assertThatThrownBy(() -> engine.recommendDemands("NO-SUCH", PROBLEM.policy(), 5))
          .isInstanceOf(NoSuchElementException.class);
    }
  }
}
