package org.talentmatch.core.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.talentmatch.api.InvalidProblemException;
import org.talentmatch.api.ValidationError;
import org.talentmatch.api.model.Problem;

/** The hand-written sample problem file and helpers to mutate it. */
final class Samples {
  static final String SAMPLE = "sample-problem.json";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Samples() {}

  static String sampleJson() {
    try (InputStream in = Samples.class.getResourceAsStream(SAMPLE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Problem sampleProblem() {
    try {
      return ProblemJson.parse(sampleJson());
    } catch (InvalidProblemException e) {
      throw new AssertionError("the sample must be valid", e);
    }
  }

  static ObjectNode sampleTree() {
    try {
      return (ObjectNode) MAPPER.readTree(sampleJson());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The sample after {@code mutation}, as text. */
  static String mutated(Consumer<ObjectNode> mutation) {
    ObjectNode tree = sampleTree();
    mutation.accept(tree);
    return tree.toString();
  }

  /** The errors that parsing {@code json} reports; fails when it parses. */
  static List<ValidationError> errorsOf(String json) {
    try {
      ProblemJson.parse(json);
    } catch (InvalidProblemException e) {
      return e.errors();
    }
    throw new AssertionError("expected InvalidProblemException for " + json);
  }

  static ObjectNode expert(ObjectNode root, int index) {
    return (ObjectNode) root.get("experts").get(index);
  }

  static ObjectNode demand(ObjectNode root, int index) {
    return (ObjectNode) root.get("demands").get(index);
  }

  static ObjectNode seat(ObjectNode root, int demand, int seat) {
    return (ObjectNode) demand(root, demand).get("seats").get(seat);
  }
}
