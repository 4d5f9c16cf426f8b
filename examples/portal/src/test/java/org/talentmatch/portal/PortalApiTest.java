package org.talentmatch.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.talentmatch.portal.PortalClient.Answer;

class PortalApiTest extends PortalTestSupport {

  /** An expert made to fit seat 0 of the sample's D00001 (全科医学, 市南区): same county, same program. */
  private static String expert(String id, String skill) {
    return """
        {"id": "%s", "name": "测试专家", "institution": "青岛大学附属医院", "title": "SENIOR", "degree": "DOCTORATE",
         "programs": ["MEDICAL_PAIRING", "EXPERT_SERVICE"], "skills": ["%s"], "profile": "从事%s工作二十年。",
         "location": {"region": "370202", "lat": 36.07, "lon": 120.38}}
        """.formatted(id, skill, skill);
  }

  private static String demand(String id) {
    return """
        {"id": "%s", "program": "MEDICAL_PAIRING", "title": "全科医学巡回医疗", "description": "家庭医生签约服务培训",
         "hostUnit": {"name": "日照市东港区某镇卫生院", "type": "CLINIC"},
         "location": {"region": "371102", "lat": 35.42, "lon": 119.45},
         "start": "2027-03-01", "end": "2027-03-03",
         "seats": [{"role": "MEMBER", "count": 1, "skills": ["全科医学"]}]}
        """.formatted(id);
  }

  private static List<String> field(JsonNode array, String name) {
    return StreamSupport.stream(array.spliterator(), false).map(node -> node.get(name).asText()).toList();
  }

  private static void assertProblem(Answer answer, int status) {
    assertThat(answer.status()).isEqualTo(status);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.json().get("status").asInt()).isEqualTo(status);
    assertThat(answer.text()).doesNotContain("Exception", "\tat ", "org.springframework");
  }

  @Test
  void healthIsOpenAndUp() {
    Answer health = anonymous().get("/actuator/health");
    assertThat(health.status()).isEqualTo(200);
    assertThat(health.json().get("status").asText()).isEqualTo("UP");
  }

  @Test
  void readingTakesAnAccount() {
    for (String path : List.of("/api/experts", "/api/demands/D00001", "/api/demands/D00001/candidates",
        "/api/experts/E00001/recommended-demands", "/api/plans", "/api/ledger/statistics?year=2026", "/api/regions")) {
      assertProblem(anonymous().get(path), 401);
      assertProblem(new PortalClient(port, "clerk", "wrong").get(path), 401);
      assertThat(viewer().get(path).status()).as(path).isEqualTo(200);
    }
  }

  @Test
  void everyWriteTakesAClerk() {
    List<Function<PortalClient, Answer>> writes = List.of(
        c -> c.post("/api/demands", demand("D91000")),
        c -> c.put("/api/demands/D91000", demand("D91000")),
        c -> c.delete("/api/demands/D00001"),
        c -> c.post("/api/experts", expert("E91000", "全科医学")),
        c -> c.put("/api/experts/E91000", expert("E91000", "全科医学")),
        c -> c.delete("/api/experts/E00001"),
        c -> c.post("/api/plans", "{}"),
        c -> c.post("/api/plans/any/decisions", "{}"),
        c -> c.post("/api/ledger/records", "{}"));
    for (Function<PortalClient, Answer> write : writes) {
      assertProblem(write.apply(anonymous()), 401);
      assertProblem(write.apply(viewer()), 403);
    }
    assertThat(viewer().get("/api/demands/D91000").status()).isEqualTo(404);
    assertThat(viewer().get("/api/experts/E00001").status()).isEqualTo(200);
    assertThat(viewer().get("/api/demands/D00001").status()).isEqualTo(200);
  }

  @Test
  void aCrossSitePostWithoutAJsonBodyStartsNothing() {
    assertProblem(clerk().send("/api/plans", "text/plain", "{}"), 415);
  }

  @Test
  void theSampleIsImportedAndServedInItsFormatShape() {
    Answer expert = viewer().get("/api/experts/E00001");
    assertThat(expert.json().get("name").asText()).isEqualTo("张玉");
    assertThat(expert.json().get("skills").get(0).asText()).isEqualTo("全科医学");
    assertThat(field(viewer().get("/api/demands").json(), "id")).contains("D00001", "D00060");
    assertThat(field(viewer().get("/api/experts").json(), "id")).contains("E00001", "E00300");
  }

  @Test
  void requestsHoldNoDatabaseConnectionOnceAnswered() {
    for (int i = 0; i < 25; i++) {
      assertThat(viewer().get("/api/demands").status()).isEqualTo(200);
      assertThat(viewer().get("/api/plans").status()).isEqualTo(200);
    }
  }

  @Test
  void anInvalidRecordIsRefusedNamingEachFieldAndNothingIsStored() {
    Answer refused = clerk().post("/api/demands", """
        {"id": "D91001", "program": "NOT_A_PROGRAM", "title": "x", "hostUnit": {"name": "u", "type": "CLINIC"},
         "location": {"region": "370202", "lat": 91, "lon": 120}, "start": "2027-03-05", "end": "2027-03-01",
         "seats": [{"role": "MEMBER", "count": 0, "skills": ["全科医学"]}]}
        """);
    assertProblem(refused, 400);
    assertThat(field(refused.json().get("errors"), "path"))
        .contains("$.program", "$.location.lat", "$.seats[0].count");
    assertThat(viewer().get("/api/demands/D91001").status()).isEqualTo(404);

    assertProblem(clerk().post("/api/experts", "{not json"), 400);
    Answer noSuchSeat = viewer().get("/api/demands/D00001/candidates?seat=7");
    assertProblem(noSuchSeat, 400);
    assertThat(field(noSuchSeat.json().get("errors"), "path")).containsExactly("seat");
    assertThat(field(viewer().get("/api/demands/D00001/candidates?limit=0").json().get("errors"), "path"))
        .containsExactly("limit");
    assertProblem(clerk().put("/api/experts/E91001", expert("E91002", "全科医学")), 400);
    assertThat(field(clerk().put("/api/experts/E91001", expert("E91002", "全科医学")).json().get("errors"), "path"))
        .containsExactly("$.id");
  }

  @Test
  void theSearchIndexFollowsEveryChangeOfAnExpert() {
    String candidates = "/api/demands/D00001/candidates?seat=0&limit=200";
    assertThat(field(viewer().get(candidates).json(), "expertId")).doesNotContain("E91010");

    Answer created = clerk().put("/api/experts/E91010", expert("E91010", "全科医学"));
    assertThat(created.status()).isEqualTo(201);
    JsonNode found = StreamSupport.stream(viewer().get(candidates).json().spliterator(), false)
        .filter(c -> c.get("expertId").asText().equals("E91010")).findFirst().orElseThrow();
    assertThat(found.get("relevance").asDouble()).isGreaterThan(0.9);
    assertThat(found.get("reasons").toString()).contains("全科医学");
    assertProblem(clerk().post("/api/experts", expert("E91010", "全科医学")), 409);

    assertThat(clerk().put("/api/experts/E91010", expert("E91010", "果树栽培")).status()).isEqualTo(200);
    assertThat(field(viewer().get(candidates).json(), "expertId")).doesNotContain("E91010");

    assertThat(clerk().delete("/api/experts/E91010").status()).isEqualTo(204);
    assertProblem(viewer().get("/api/experts/E91010"), 404);
    assertProblem(clerk().delete("/api/experts/E91010"), 404);
  }

  @Test
  void aPublishedDemandIsPushedToTheExpertsItFits() {
    String recommended = "/api/experts/E00001/recommended-demands?limit=100";
    assertThat(field(viewer().get(recommended).json(), "demandId")).doesNotContain("D91020");
    Answer published = clerk().post("/api/demands", demand("D91020"));
    assertThat(published.status()).isEqualTo(201);
    assertThat(published.json().get("id").asText()).isEqualTo("D91020");
    assertThat(field(viewer().get(recommended).json(), "demandId")).contains("D91020");
    assertThat(clerk().delete("/api/demands/D91020").status()).isEqualTo(204);
    assertThat(field(viewer().get(recommended).json(), "demandId")).doesNotContain("D91020");
  }

  @Test
  void aPlanStreamsItsProgressThenTakesConfirmationsAndDeclines() {
    Answer started = clerk().post("/api/plans", "{\"timeLimitSeconds\": 5}");
    assertThat(started.status()).isEqualTo(202);
    String id = started.json().get("id").asText();

    List<JsonNode> events = clerk().events("/api/plans/" + id + "/events");
    assertThat(events).isNotEmpty();
    assertThat(events.get(events.size() - 1).get("status").asText()).isEqualTo("SOLVED");
    JsonNode solved = viewer().get("/api/plans/" + id).json();
    assertThat(solved.get("status").asText()).isEqualTo("SOLVED");
    JsonNode plan = solved.get("plan");
    assertThat(plan.get("format").asText()).isEqualTo("talentmatch/v1-plan");
    assertThat(plan.get("score").get("hard").asLong()).isZero();
    assertThat(plan.get("assignments").size()).isGreaterThan(plan.get("metrics").get("seatsTotal").asInt() / 2);
    assertThat(plan.get("assignments").size() + plan.get("unfilled").size())
        .isEqualTo(plan.get("metrics").get("seatsTotal").asInt());

    JsonNode confirmed = plan.get("assignments").get(0);
    JsonNode declined = plan.get("assignments").get(1);
    assertThat(clerk().post("/api/plans/" + id + "/decisions", decision(confirmed, "CONFIRM")).status()).isEqualTo(200);
    assertThat(lastStatus(clerk().events("/api/plans/" + id + "/events"))).isEqualTo("SOLVED");
    Answer decline = clerk().post("/api/plans/" + id + "/decisions", decision(declined, "DECLINE"));
    assertThat(decline.status()).isEqualTo(200);
    assertThat(decline.json().get("plan").get("status").asText()).isEqualTo("SOLVING");
    assertThat(lastStatus(clerk().events("/api/plans/" + id + "/events"))).isEqualTo("SOLVED");

    JsonNode after = viewer().get("/api/plans/" + id).json().get("plan");
    assertThat(assignmentOf(after, confirmed).get("pinned").asBoolean()).isTrue();
    assertThat(assignmentOf(after, confirmed).get("expertId")).isEqualTo(confirmed.get("expertId"));
    List<String> stillInDemand = new ArrayList<>();
    after.get("assignments").forEach(a -> {
      if (a.get("demandId").equals(declined.get("demandId"))) {
        stillInDemand.add(a.get("expertId").asText());
      }
    });
    assertThat(stillInDemand).doesNotContain(declined.get("expertId").asText());

    // A confirmation stands: the next plan pins it.
    String next = clerk().post("/api/plans", "{\"timeLimitSeconds\": 3}").json().get("id").asText();
    clerk().events("/api/plans/" + next + "/events");
    JsonNode nextPlan = viewer().get("/api/plans/" + next).json().get("plan");
    assertThat(assignmentOf(nextPlan, confirmed).get("pinned").asBoolean()).isTrue();
    assertThat(field(viewer().get("/api/plans").json(), "id")).contains(id, next);

    assertProblem(clerk().post("/api/plans/" + id + "/decisions", "{\"seat\": -1, \"decision\": \"MAYBE\"}"), 400);
    Answer unknownSlot = clerk().post("/api/plans/" + id + "/decisions",
        "{\"demandId\": \"D00001\", \"seat\": 0, \"slot\": 9, \"expertId\": \"E00001\", \"decision\": \"CONFIRM\"}");
    assertProblem(unknownSlot, 400);
    assertThat(field(unknownSlot.json().get("errors"), "path")).allMatch(path -> !path.contains("changes"));
    Answer wrongType = clerk().post("/api/plans/" + id + "/decisions", "{\"seat\": \"first\"}");
    assertProblem(wrongType, 400);
    assertThat(field(wrongType.json().get("errors"), "path")).containsExactly("$.seat");
    assertProblem(clerk().post("/api/plans/" + id + "/decisions", "{oops"), 400);
    assertProblem(viewer().get("/api/plans/no-such-plan"), 404);
  }

  private static String lastStatus(List<JsonNode> events) {
    assertThat(events).isNotEmpty();
    return events.get(events.size() - 1).get("status").asText();
  }

  @Test
  void aConfirmationThatNoLongerFitsDoesNotStopTheNextPlan() {
    // A skill nobody else has: the plan seats exactly this expert there.
    clerk().put("/api/demands/D91030", demand("D91030").replace("\"skills\": [\"全科医学\"]", "\"skills\": [\"高原医学\"]"));
    clerk().put("/api/experts/E91030", expert("E91030", "高原医学").replace("370202", "371102"));
    String first = clerk().post("/api/plans", "{\"timeLimitSeconds\": 3}").json().get("id").asText();
    clerk().events("/api/plans/" + first + "/events");
    assertThat(assignmentOf(viewer().get("/api/plans/" + first).json().get("plan"),
        slotOf("D91030", 0, "E91030"))).isNotNull();
    assertThat(clerk().post("/api/plans/" + first + "/decisions",
        "{\"demandId\": \"D91030\", \"seat\": 0, \"slot\": 0, \"expertId\": \"E91030\", \"decision\": \"CONFIRM\"}")
        .status()).isEqualTo(200);
    clerk().events("/api/plans/" + first + "/events");

    // Left the program: the confirmed arrangement now breaks hard rule 1.
    clerk().put("/api/experts/E91030", expert("E91030", "高原医学").replace("370202", "371102")
        .replace("\"MEDICAL_PAIRING\", ", ""));
    Answer next = clerk().post("/api/plans", "{\"timeLimitSeconds\": 3}");
    assertThat(next.status()).isEqualTo(202);
    String id = next.json().get("id").asText();
    clerk().events("/api/plans/" + id + "/events");
    JsonNode plan = viewer().get("/api/plans/" + id).json().get("plan");
    plan.get("assignments").forEach(a -> assertThat(a.get("demandId").asText() + "/" + a.get("expertId").asText())
        .isNotEqualTo("D91030/E91030"));
    clerk().delete("/api/experts/E91030");
    clerk().delete("/api/demands/D91030");
  }

  @Test
  void aPlanBeyondTheLiveSessionsClosesTheOldestWhichKeepsItsPlanAndRefusesDecisions() {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      String id = clerk().post("/api/plans", "{\"timeLimitSeconds\": 2}").json().get("id").asText();
      clerk().events("/api/plans/" + id + "/events");
      ids.add(id);
    }
    JsonNode oldest = viewer().get("/api/plans/" + ids.get(0)).json();
    assertThat(oldest.get("status").asText()).isEqualTo("CLOSED");
    assertThat(oldest.get("plan").get("assignments").size()).isPositive();
    assertProblem(clerk().post("/api/plans/" + ids.get(0) + "/decisions",
        decision(oldest.get("plan").get("assignments").get(0), "CONFIRM")), 409);
    assertThat(lastStatus(clerk().events("/api/plans/" + ids.get(0) + "/events"))).isEqualTo("CLOSED");
    assertThat(field(viewer().get("/api/plans").json(), "id")).contains(ids.get(2));
    assertThat(viewer().get("/api/plans/" + ids.get(2)).json().get("status").asText()).isEqualTo("SOLVED");
  }

  private static String decision(JsonNode assignment, String decision) {
    return """
        {"demandId": "%s", "seat": %d, "slot": %d, "expertId": "%s", "decision": "%s"}
        """.formatted(assignment.get("demandId").asText(), assignment.get("seat").asInt(),
        assignment.get("slot").asInt(), assignment.get("expertId").asText(), decision);
  }

  private static JsonNode slotOf(String demandId, int seat, String expertId) {
    ObjectNode like = JsonNodeFactory.instance.objectNode();
    return like.put("demandId", demandId).put("seat", seat).put("expertId", expertId);
  }

  private static JsonNode assignmentOf(JsonNode plan, JsonNode like) {
    return StreamSupport.stream(plan.get("assignments").spliterator(), false)
        .filter(a -> a.get("demandId").equals(like.get("demandId")) && a.get("seat").equals(like.get("seat"))
            && a.get("expertId").equals(like.get("expertId")))
        .findFirst().orElseThrow(() -> new AssertionError("no assignment like " + like + " in the plan"));
  }

  @Test
  void theLedgerRecordsServicesAndGivesTheYearsStatisticsAndExports() {
    Answer recorded = clerk().post("/api/ledger/records", """
        {"format": "talentmatch/v1-ledger", "records": [{
          "recordId": "R-T-1", "expertId": "E00001", "demandId": "D00001", "program": "MEDICAL_PAIRING",
          "hostUnit": {"name": "青岛市市南区杨营镇中心卫生院", "type": "CLINIC"}, "region": "370202",
          "priorityArea": true, "start": "2026-04-10", "end": "2026-04-12", "status": "COMPLETED", "rating": 5}]}
        """);
    assertThat(recorded.status()).isEqualTo(200);
    assertThat(recorded.json().get("recorded").asInt()).isEqualTo(1);

    JsonNode statistics = viewer().get("/api/ledger/statistics?year=2026").json();
    assertThat(statistics.get("servicesByCity").toString()).contains("青岛");
    assertThat(field(statistics.get("experts"), "expertId")).contains("E00001");

    Answer csv = viewer().get("/api/ledger/exports/counties.csv?year=2026");
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.contentType()).startsWith("text/csv");
    assertThat(csv.text()).startsWith("\uFEFF").contains("370202");
    assertProblem(viewer().get("/api/ledger/exports/secrets.csv?year=2026"), 404);

    Answer bad = clerk().post("/api/ledger/records", "{\"format\": \"talentmatch/v1-ledger\", \"records\": [{}]}");
    assertProblem(bad, 400);
    assertThat(field(bad.json().get("errors"), "path")).contains("$.records[0].recordId");
  }

  @Test
  void theApiIsDocumentedWithOpenApi() {
    JsonNode docs = anonymous().get("/v3/api-docs").json();
    assertThat(docs.get("openapi").asText()).startsWith("3.");
    List<String> paths = new ArrayList<>();
    docs.get("paths").fieldNames().forEachRemaining(paths::add);
    assertThat(paths).contains("/api/experts", "/api/experts/{id}", "/api/experts/{id}/recommended-demands",
        "/api/demands", "/api/demands/{id}/candidates", "/api/plans", "/api/plans/{id}", "/api/plans/{id}/events",
        "/api/plans/{id}/decisions", "/api/ledger/statistics", "/api/ledger/exports/{file}");
  }

  @Test
  void theClerksPageIsServed() {
    Answer page = anonymous().get("/");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.text()).contains("运行规划", "app.js");
    assertThat(anonymous().get("/app.js").text()).contains("/api/plans");
  }
}
