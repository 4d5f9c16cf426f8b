package org.talentmatch.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentmatch.api.ValidationError;
import org.talentmatch.core.validate.Limits;

/** The readers' own bounds: arrays refused before their elements are read, errors capped, tokens, depth, dates. */
class InputLimitsTest {

  @Test
  void refusesAnOverLongArrayWithOneErrorBeforeReadingItsElements() {
    String experts = "[" + "1,".repeat(Limits.MAX_EXPERTS) + "1]";

    List<ValidationError> errors = Samples.errorsOf(Samples.sampleJson().replaceFirst("\"experts\": \\[",
        "\"experts\": " + experts.substring(0, experts.length() - 1) + ","));

    assertThat(errors).containsExactly(new ValidationError("$.experts",
        "must have at most " + Limits.MAX_EXPERTS + " elements: " + (Limits.MAX_EXPERTS + 1 + 3)));
  }

  @Test
  void readsAnArrayAtItsLimitAndRefusesOneMore() throws Exception {
    String atLimit = Samples.mutated(root -> {
      var skills = Samples.expert(root, 0).putArray("skills");
      for (int i = 0; i < Limits.MAX_SKILLS_PER_EXPERT; i++) {
        skills.add("技能" + i);
      }
    });
    assertThat(ProblemJson.parse(atLimit).experts().get(0).skills()).hasSize(Limits.MAX_SKILLS_PER_EXPERT);

    assertThat(Samples.errorsOf(Samples.mutated(root -> {
      var skills = Samples.expert(root, 0).putArray("skills");
      for (int i = 0; i <= Limits.MAX_SKILLS_PER_EXPERT; i++) {
        skills.add("技能" + i);
      }
    }))).containsExactly(new ValidationError("$.experts[0].skills", "must have at most "
        + Limits.MAX_SKILLS_PER_EXPERT + " elements: " + (Limits.MAX_SKILLS_PER_EXPERT + 1)));
  }

  @Test
  void listsTheFirstThousandErrorsAndCountsTheRest() {
    String demands = "[" + "1,".repeat(4_999) + "1]";

    List<ValidationError> errors = Samples.errorsOf(Samples.sampleJson().replaceFirst(
        "\"demands\": \\[", "\"demands\": " + demands + ", \"old\": ["));

    assertThat(errors).hasSize(Limits.MAX_ERRORS_LISTED + 1);
    assertThat(errors.get(0)).isEqualTo(new ValidationError("$.demands[0]", "expected an object"));
    assertThat(errors.get(Limits.MAX_ERRORS_LISTED)).isEqualTo(
        new ValidationError("$", "4000 more errors not listed (only the first 1000 are)"));
  }

  @Test
  void refusesDatesOutside1900To2199AtTheirPath() {
    List<ValidationError> errors = Samples.errorsOf(Samples.mutated(root -> {
      Samples.demand(root, 0).put("end", "2200-01-01");
      Samples.expert(root, 0).withArray("unavailable").addObject().put("start", "0000-01-01").put("end", "2027-01-01");
    }));

    assertThat(errors).containsExactly(
        new ValidationError("$.experts[0].unavailable[1].start", "must be between 1900-01-01 and 2199-12-31: 0000-01-01"),
        new ValidationError("$.demands[0].end", "must be between 1900-01-01 and 2199-12-31: 2200-01-01"));
  }

  @Test
  void refusesNestingDeeperThanTheLimitAsMalformed() throws Exception {
    String nested = "[".repeat(JsonDocuments.MAX_NESTING_DEPTH - 1) + "]".repeat(JsonDocuments.MAX_NESTING_DEPTH - 1);
    String tooDeep = "[" + nested + "]";

    // the root object is one level: an unknown member nested to the limit is read (and ignored)
    assertThat(ProblemJson.parse(Samples.sampleJson().replaceFirst("\\{", "{\"extra\": " + nested + ",")))
        .isEqualTo(Samples.sampleProblem());
    assertThat(Samples.errorsOf(Samples.sampleJson().replaceFirst("\\{", "{\"extra\": " + tooDeep + ",")))
        .singleElement().satisfies(error -> {
          assertThat(error.path()).isEqualTo("$");
          assertThat(error.message()).contains("nesting depth");
        });
  }

  @Test
  void refusesMoreTokensThanTheLimitBeforeBuildingTheirTree() {
    // each "0," is one token; the sample's own tokens take it over the limit
    String zeros = "[" + "0,".repeat((int) JsonDocuments.MAX_TOKENS) + "0]";

    List<ValidationError> errors = Samples.errorsOf(Samples.sampleJson().replaceFirst("\\{", "{\"extra\": " + zeros + ","));

    assertThat(errors).singleElement().satisfies(error -> {
      assertThat(error.path()).isEqualTo("$");
      assertThat(error.message()).contains("Token count");
    });
  }
}
