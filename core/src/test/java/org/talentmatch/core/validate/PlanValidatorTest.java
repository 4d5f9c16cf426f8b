package org.talentmatch.core.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.talentmatch.api.ValidationError;
import org.talentmatch.api.model.Problem;
import org.talentmatch.api.plan.Assignment;
import org.talentmatch.api.plan.Plan;
import org.talentmatch.api.plan.PlanMetrics;
import org.talentmatch.api.plan.PlanScore;
import org.talentmatch.core.io.ProblemJson;

/** A host's plan must refer to its problem; the sample has D1 (seats of 1 and 2 slots), D2, E1–E3. */
class PlanValidatorTest {
  private static final Problem SAMPLE = sample();

  @Test
  void acceptsAPlanThatResolves() {
    assertThat(PlanValidator.validate(SAMPLE, plan(assignment("D1", 1, 1, "E3"), assignment("D2", 0, 0, "E2")))).isEmpty();
  }

  @Test
  void namesEveryUnresolvedReferenceAndEveryDoubleAssignment() {
    Plan plan = plan(
        assignment("D9", 0, 0, "E1"),
        assignment("D1", 2, 0, "E1"),
        assignment("D1", 1, 2, "E1"),
        assignment("D1", 1, 0, "E9"),
        assignment("D1", 1, 0, "E3"));

    assertThat(PlanValidator.validate(SAMPLE, plan)).containsExactly(
        new ValidationError("$.assignments[0].demandId", "no demand \"D9\""),
        new ValidationError("$.assignments[1].seat", "demand \"D1\" has no seat 2"),
        new ValidationError("$.assignments[2].slot", "seat 1 of demand \"D1\" has no slot 2"),
        new ValidationError("$.assignments[3].expertId", "no expert \"E9\""),
        new ValidationError("$.assignments[4]", "slot D1/1/0 already assigned at $.assignments[3]"));
  }

  private static Assignment assignment(String demand, int seat, int slot, String expert) {
    return new Assignment(demand, seat, slot, expert, OptionalDouble.of(0.5), 1.0, false, List.of());
  }

  private static Plan plan(Assignment... assignments) {
    return new Plan(new PlanScore(0, 0, 0), List.of(assignments), List.of(),
        new PlanMetrics(0, 0, 0, 0, 0, 0, OptionalInt.empty()));
  }

  private static Problem sample() {
    try (var in = PlanValidatorTest.class.getResourceAsStream("/org/talentmatch/core/io/sample-problem.json")) {
      return ProblemJson.parse(in);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
