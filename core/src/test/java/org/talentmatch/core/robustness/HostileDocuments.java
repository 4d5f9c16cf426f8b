package org.talentmatch.core.robustness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.talentmatch.api.InvalidProblemException;
import org.talentmatch.core.io.ChangesJson;
import org.talentmatch.core.io.LedgerJson;
import org.talentmatch.core.io.PlanJson;
import org.talentmatch.core.io.ProblemJson;
import org.talentmatch.core.io.RecordJson;

/**
 * The valid documents of every FORMAT.md file that hostile inputs start from, how each is read from
 * text and from bytes, and where in a document a value can be replaced.
 */
enum HostileDocuments {
  PROBLEM {
    @Override
    JsonNode sample() {
      return readTree(problemText());
    }

    @Override
    void parseText(String json) throws InvalidProblemException {
      ProblemJson.parse(json);
    }

    @Override
    void parseBytes(byte[] bytes) throws IOException, InvalidProblemException {
      ProblemJson.parse(new ByteArrayInputStream(bytes));
    }
  },
  PLAN {
    @Override
    JsonNode sample() {
      return readTree("""
          {"format": "talentmatch/v1-plan", "score": {"hard": 0, "medium": -3, "soft": -12873},
           "assignments": [{"demandId": "D1", "seat": 0, "slot": 0, "expertId": "E1", "relevance": 0.91,
             "distanceKm": 142.3, "pinned": true,
             "reasons": [{"rule": "skill-relevance", "impact": "+91", "text": "技能匹配：设施蔬菜", "textEn": "skills"}],
             "alternates": [{"expertId": "E3", "relevance": 0.8, "distanceKm": 12.5}]}],
           "unfilled": [{"demandId": "D2", "seat": 0, "slot": 0, "reason": "无候选人", "reasonEn": "no candidate"}],
           "metrics": {"seatsTotal": 2, "seatsFilled": 1, "priorityAreaFillRate": 0.5, "meanRelevance": 0.91,
             "loadGini": 0.0, "meanDistanceKm": 142.3, "moved": 0}}""");
    }

    @Override
    void parseText(String json) throws InvalidProblemException {
      PlanJson.parse(json);
    }

    @Override
    void parseBytes(byte[] bytes) throws IOException, InvalidProblemException {
      viaFile(bytes, PlanJson::read);
    }
  },
  CHANGES {
    @Override
    JsonNode sample() {
      ObjectNode problem = (ObjectNode) PROBLEM.sample();
      ObjectNode root = (ObjectNode) readTree("""
          {"format": "talentmatch/v1-changes", "changes": [
            {"type": "confirm", "demandId": "D1", "seat": 0, "slot": 0, "expertId": "E1"},
            {"type": "decline", "demandId": "D1", "seat": 1, "slot": 0, "expertId": "E3"},
            {"type": "unavailable", "expertId": "E2", "start": "2027-04-01", "end": "2027-04-30"},
            {"type": "cancelDemand", "demandId": "D2"},
            {"type": "moveDemand", "demandId": "D1", "start": "2027-06-02", "end": "2027-06-04"}]}""");
      ArrayNode changes = (ArrayNode) root.get("changes");
      changes.addObject().put("type", "addDemand").set("demand", problem.get("demands").get(0));
      changes.addObject().put("type", "addExpert").set("expert", problem.get("experts").get(0));
      return root;
    }

    @Override
    void parseText(String json) throws InvalidProblemException {
      ChangesJson.parse(json);
    }

    @Override
    void parseBytes(byte[] bytes) throws IOException, InvalidProblemException {
      viaFile(bytes, ChangesJson::read);
    }
  },
  LEDGER {
    @Override
    JsonNode sample() {
      return readTree("""
          {"format": "talentmatch/v1-ledger", "records": [
            {"recordId": "R1", "expertId": "E1", "demandId": "D1", "program": "EXPERT_SERVICE",
             "hostUnit": {"name": "合作社A", "type": "COOPERATIVE", "institution": "某大学"}, "region": "370783",
             "priorityArea": true, "start": "2026-02-14", "end": "2026-02-16", "status": "COMPLETED", "rating": 5}]}""");
    }

    @Override
    void parseText(String json) throws InvalidProblemException {
      LedgerJson.read(json);
    }

    @Override
    void parseBytes(byte[] bytes) throws IOException, InvalidProblemException {
      viaFile(bytes, LedgerJson::read);
    }
  },
  EXPERT {
    @Override
    JsonNode sample() {
      return PROBLEM.sample().get("experts").get(0);
    }

    @Override
    void parseText(String json) throws InvalidProblemException {
      RecordJson.parseExpert(json);
    }

    @Override
    void parseBytes(byte[] bytes) throws InvalidProblemException {
      // the REST API hands the reader text; bytes reach it decoded by the web framework
      parseText(new String(bytes, StandardCharsets.UTF_8));
    }
  },
  DEMAND {
    @Override
    JsonNode sample() {
      return PROBLEM.sample().get("demands").get(0);
    }

    @Override
    void parseText(String json) throws InvalidProblemException {
      RecordJson.parseDemand(json);
    }

    @Override
    void parseBytes(byte[] bytes) throws InvalidProblemException {
      parseText(new String(bytes, StandardCharsets.UTF_8));
    }
  };

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String PROBLEM_RESOURCE = "/org/talentmatch/core/io/sample-problem.json";

  /** A fresh copy of the valid sample document, free to mutate. */
  abstract JsonNode sample();

  abstract void parseText(String json) throws InvalidProblemException;

  abstract void parseBytes(byte[] bytes) throws IOException, InvalidProblemException;

  /** Every value of the sample, as the steps (member names and indices) that lead to it; the root excluded. */
  List<List<Object>> valuePaths() {
    List<List<Object>> paths = new ArrayList<>();
    collect(sample(), new ArrayList<>(), paths);
    return paths;
  }

  private static void collect(JsonNode node, List<Object> steps, List<List<Object>> out) {
    if (!steps.isEmpty()) {
      out.add(List.copyOf(steps));
    }
    if (node.isObject()) {
      for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        steps.add(name);
        collect(node.get(name), steps, out);
        steps.remove(steps.size() - 1);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        steps.add(i);
        collect(node.get(i), steps, out);
        steps.remove(steps.size() - 1);
      }
    }
  }

  static String problemText() {
    try (InputStream in = HostileDocuments.class.getResourceAsStream(PROBLEM_RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode readTree(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private interface FileReader {
    void read(Path file) throws IOException, InvalidProblemException;
  }

  /** Reads {@code bytes} through a file, as the batch job does. */
  private static void viaFile(byte[] bytes, FileReader reader) throws IOException, InvalidProblemException {
    Path file = Files.createTempFile("hostile", ".json");
    try {
      Files.write(file, bytes);
      reader.read(file);
    } finally {
      Files.deleteIfExists(file);
    }
  }
}
