package org.talentmatch.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.talentmatch.api.InvalidProblemException;
import org.talentmatch.api.ValidationError;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.Expert;
import org.talentmatch.api.model.Problem;
import org.talentmatch.core.validate.Limits;

class RecordJsonTest {
  private final Problem sample = Samples.sampleProblem();

  @Test
  void expertsAndDemandsRoundTripInTheirProblemFileShape() throws Exception {
    for (Expert expert : sample.experts()) {
      assertThat(RecordJson.parseExpert(RecordJson.toJson(expert))).isEqualTo(expert);
    }
    for (Demand demand : sample.demands()) {
      assertThat(RecordJson.parseDemand(RecordJson.toJson(demand))).isEqualTo(demand);
    }
  }

  @Test
  void theElementOfAProblemFileReadsAsTheSameRecord() throws Exception {
    ObjectNode tree = Samples.sampleTree();
    assertThat(RecordJson.parseExpert(tree.get("experts").get(0).toString())).isEqualTo(sample.experts().get(0));
    assertThat(RecordJson.parseDemand(tree.get("demands").get(0).toString())).isEqualTo(sample.demands().get(0));
  }

  @Test
  void structuralErrorsNameTheFieldFromTheRecordsRoot() {
    ObjectNode demand = (ObjectNode) Samples.sampleTree().get("demands").get(0);
    ((ObjectNode) demand.get("seats").get(0)).put("count", 0);
    demand.remove("title");
    assertThatThrownBy(() -> RecordJson.parseDemand(demand.toString()))
        .isInstanceOfSatisfying(InvalidProblemException.class, e -> assertThat(e.errors())
            .extracting(ValidationError::path)
            .containsExactlyInAnyOrder("$.title", "$.seats[0].count"));
  }

  @Test
  void semanticErrorsOfTheRecordAloneNameTheFieldFromTheRecordsRoot() {
    ObjectNode expert = (ObjectNode) Samples.sampleTree().get("experts").get(0);
    ((ArrayNode) expert.get("skills")).add("长".repeat(Limits.MAX_TERM_CHARS + 1));
    int last = expert.get("skills").size() - 1;
    assertThatThrownBy(() -> RecordJson.parseExpert(expert.toString()))
        .isInstanceOfSatisfying(InvalidProblemException.class, e -> assertThat(e.errors())
            .extracting(ValidationError::path)
            .containsExactly("$.skills[" + last + "]"));
  }

  @Test
  void malformedJsonAndAWrongRootAreReportedAtTheRoot() {
    assertThatThrownBy(() -> RecordJson.parseExpert("{\"id\": "))
        .isInstanceOfSatisfying(InvalidProblemException.class,
            e -> assertThat(e.errors()).extracting(ValidationError::path).containsExactly("$"));
    assertThatThrownBy(() -> RecordJson.parseDemand("[]"))
        .isInstanceOfSatisfying(InvalidProblemException.class,
            e -> assertThat(e.errors()).extracting(ValidationError::path).containsExactly("$"));
  }
}
