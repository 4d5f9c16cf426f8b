package org.talentmatch.core.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import org.talentmatch.api.InvalidProblemException;
import org.talentmatch.api.ValidationError;
import org.talentmatch.core.validate.Limits;

/**
 * Malformed documents of every FORMAT.md file never produce anything but a validation result whose
 * errors name a path of the document (or the parent of a missing member), within a time bound, with
 * a bounded list of errors: wrong types and impossible values at every path, missing members,
 * unknown codes, dates out of range, NaN, infinities and 10⁹ counts, duplicated elements (duplicate
 * ids, pins twice on one slot, dangling references), invalid UTF-8, over-long strings, nesting 10⁵
 * deep and arrays of 10⁶ elements. Reading from text and from bytes must agree in kind.
 */
class HostileInputProperties {
  /** Far above what any of these inputs needs (the largest is read in well under a second). */
  private static final Duration TIME_BOUND = Duration.ofSeconds(10);
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** Stands in the tree for raw text that a tree cannot hold (NaN, 10⁵ levels); replaced in the text. */
  private static final String PLACEHOLDER = "HOSTILE-PLACEHOLDER-7f3a";
  private static final Pattern STEP = Pattern.compile("\\.([^.\\[]+)|\\[(\\d+)]");

  @Property(tries = 600)
  void cheapFaultsGiveOnlyValidationErrorsAtRealPaths(@ForAll("cheapFaults") Hostile input) {
    assertRefusedCleanly(input);
  }

  @Property(tries = 20, shrinking = ShrinkingMode.OFF)
  void hugeInputsAreRefusedWithinTheTimeBound(@ForAll("hugeFaults") Hostile input) {
    assertRefusedCleanly(input);
  }

  /** Reads the input as text and as bytes; either may succeed (some mutations are valid) or report errors. */
  private static void assertRefusedCleanly(Hostile input) {
    for (Read read : List.<Read>of(() -> input.kind().parseText(input.text()),
        () -> input.kind().parseBytes(input.bytes()))) {
      List<ValidationError> errors = assertTimeoutPreemptively(TIME_BOUND, () -> errorsOf(read), input::toString);

      assertThat(errors).as("%s", input).hasSizeLessThanOrEqualTo(Limits.MAX_ERRORS_LISTED + 1);
      assertThat(errors).as("%s", input)
          .allSatisfy(error -> assertThat(input.names(error.path())).as("%s names a path of the input", error).isTrue());
    }
  }

  private interface Read {
    void run() throws Exception;
  }

  /** The errors of an invalid input, none for a valid one; any other exception fails the property. */
  private static List<ValidationError> errorsOf(Read read) throws Exception {
    try {
      read.run();
      return List.of();
    } catch (InvalidProblemException e) {
      return e.errors();
    }
  }

  // ---- hostile inputs

  /**
   * A hostile document. {@code shape} is its tree, where error paths must resolve; raw text that no
   * tree can hold was put at {@code rawAt} (a path into it counts when its first index is below
   * {@code rawElements}).
   */
  record Hostile(HostileDocuments kind, String label, byte[] bytes, JsonNode shape, Optional<List<Object>> rawAt,
      int rawElements) {
    String text() {
      return new String(bytes, StandardCharsets.UTF_8);
    }

    /** True when {@code path} exists in the input, or is a missing member of an existing object. */
    boolean names(String path) {
      if (!path.startsWith("$")) {
        return false;
      }
      List<Object> steps = new ArrayList<>();
      Matcher matcher = STEP.matcher(path).region(1, path.length());
      int end = 1;
      while (matcher.lookingAt()) {
        steps.add(matcher.group(1) != null ? matcher.group(1) : (Object) Integer.valueOf(matcher.group(2)));
        end = matcher.end();
        matcher.region(end, path.length());
      }
      if (end != path.length()) {
        return false;
      }
      JsonNode node = shape;
      for (int i = 0; i < steps.size(); i++) {
        if (rawAt.isPresent() && rawAt.get().equals(steps.subList(0, i))) {
          return steps.get(i) instanceof Integer index && index < rawElements;
        }
        Object step = steps.get(i);
        JsonNode next = step instanceof String name
            ? (node.isObject() ? node.get(name) : null)
            : (node.isArray() ? node.get((Integer) step) : null);
        if (next == null) {
          return i == steps.size() - 1 && (node.isObject() || node.isArray());
        }
        node = next;
      }
      return true;
    }

    @Override
    public String toString() {
      return kind + ": " + label;
    }
  }

  @Provide
  Arbitrary<Hostile> cheapFaults() {
    return Arbitraries.of(HostileDocuments.values()).flatMap(kind -> Arbitraries.oneOf(
        replaced(kind), removed(kind), duplicated(kind), rawNumbers(kind), invalidUtf8(kind), wholeDocuments(kind)));
  }

  @Provide
  Arbitrary<Hostile> hugeFaults() {
    return Arbitraries.of(HostileDocuments.values()).flatMap(kind -> Arbitraries.oneOf(
        deeplyNested(kind), enormousArrays(kind), hugeStrings(kind)));
  }

  /** A value of the wrong type, out of range, an unknown code or a reference to nothing, at any path. */
  private static Arbitrary<Hostile> replaced(HostileDocuments kind) {
    return Combinators.combine(Arbitraries.of(kind.valuePaths()), Arbitraries.of(badValues()))
        .as((steps, value) -> {
          JsonNode root = kind.sample();
          set(root, steps, value);
          return tree(kind, "replaced " + steps + " by " + abbreviated(value.toString()), root);
        });
  }

  private static List<JsonNode> badValues() {
    return List.of(NODES.nullNode(), NODES.booleanNode(true), NODES.numberNode(0), NODES.numberNode(-1),
        NODES.numberNode(1_000_000_000), NODES.numberNode(-1_000_000_000), NODES.numberNode(Long.MAX_VALUE),
        NODES.numberNode(BigInteger.TEN.pow(30)), NODES.numberNode(0.5), NODES.numberNode(1e300),
        NODES.textNode(""), NODES.textNode(" "), NODES.textNode("x"), NODES.textNode("SENIOR"),
        NODES.textNode("EXPERT_SERVICE"), NODES.textNode("LEAD"), NODES.textNode("COMPLETED"), NODES.textNode("E1"),
        NODES.textNode("D1"), NODES.textNode("2027-02-30"), NODES.textNode("0000-01-01"),
        NODES.textNode("1899-12-31"), NODES.textNode("2200-01-01"), NODES.textNode("99999-12-31"),
        NODES.textNode("+2027-01-01"), NODES.textNode("2027-1-1"), NODES.textNode("x".repeat(Limits.MAX_TERM_CHARS + 1)),
        NODES.textNode("字".repeat(Limits.MAX_TEXT_CHARS + 1)), NODES.textNode("x".repeat(100_001)),
        NODES.arrayNode(), NODES.arrayNode().add(1), NODES.arrayNode().addNull(), NODES.objectNode(),
        NODES.objectNode().put("x", 1));
  }

  /** A member or element left out. */
  private static Arbitrary<Hostile> removed(HostileDocuments kind) {
    return Arbitraries.of(kind.valuePaths()).map(steps -> {
      JsonNode root = kind.sample();
      JsonNode parent = at(root, steps.subList(0, steps.size() - 1));
      Object last = steps.get(steps.size() - 1);
      if (last instanceof String name) {
        ((ObjectNode) parent).remove(name);
      } else {
        ((ArrayNode) parent).remove((Integer) last);
      }
      return tree(kind, "removed " + steps, root);
    });
  }

  /** An element of an array appended again: duplicate ids, a pin twice on one slot, a history entry twice. */
  private static Arbitrary<Hostile> duplicated(HostileDocuments kind) {
    List<List<Object>> elements = kind.valuePaths().stream()
        .filter(steps -> steps.get(steps.size() - 1) instanceof Integer).toList();
    return Arbitraries.of(elements).map(steps -> {
      JsonNode root = kind.sample();
      ArrayNode array = (ArrayNode) at(root, steps.subList(0, steps.size() - 1));
      array.add(array.get((Integer) steps.get(steps.size() - 1)).deepCopy());
      return tree(kind, "duplicated " + steps, root);
    });
  }

  /** Number tokens a tree cannot hold or that overflow every type: NaN, ±∞, 1e400, 30 digits. */
  private static Arbitrary<Hostile> rawNumbers(HostileDocuments kind) {
    return Combinators.combine(Arbitraries.of(kind.valuePaths()), Arbitraries.of("NaN", "Infinity", "-Infinity",
            "1e400", "-1e400", "1e-400", "123456789012345678901234567890", "1000000000", "-0", "1.0e9", "0x10", "01"))
        .as((steps, raw) -> raw(kind, "number " + raw + " at " + steps, steps, raw, 0));
  }

  /** The sample's bytes with an invalid UTF-8 sequence written over or inserted at any position. */
  private static Arbitrary<Hostile> invalidUtf8(HostileDocuments kind) {
    byte[] valid = kind.sample().toString().getBytes(StandardCharsets.UTF_8);
    List<byte[]> sequences = List.of(new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xC0, (byte) 0x80},
        new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {(byte) 0xE4, (byte) 0xB8},
        new byte[] {(byte) 0x80}, new byte[] {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80});
    return Combinators.combine(Arbitraries.integers().between(0, valid.length - 1), Arbitraries.of(sequences),
            Arbitraries.of(true, false))
        .as((position, sequence, overwrite) -> {
          byte[] bytes = new byte[valid.length + (overwrite ? 0 : sequence.length)];
          System.arraycopy(valid, 0, bytes, 0, position);
          System.arraycopy(sequence, 0, bytes, position, Math.min(sequence.length, bytes.length - position));
          int rest = overwrite ? position + sequence.length : position;
          if (rest < valid.length) {
            System.arraycopy(valid, rest, bytes, position + sequence.length, valid.length - rest);
          }
          return new Hostile(kind, (overwrite ? "overwrote" : "inserted") + " invalid UTF-8 "
              + Arrays.toString(sequence) + " at byte " + position, bytes, kind.sample(), Optional.empty(), 0);
        });
  }

  /** Inputs that are not a document of the format at all. */
  private static Arbitrary<Hostile> wholeDocuments(HostileDocuments kind) {
    return Arbitraries.of("", " ", "null", "[]", "1", "\"x\"", "{}", "{\"format\":", "\uFEFF{}", "{} {}",
            "{\"format\": \"talentmatch/v1\", \"format\": \"talentmatch/v1\"}", "{\"a\": 1,}", "// comment\n{}")
        .map(text -> new Hostile(kind, "whole document " + text, text.getBytes(StandardCharsets.UTF_8),
            NODES.objectNode(), Optional.empty(), 0));
  }

  /** Arrays or objects nested 65, 1,000 or 100,000 deep at any path. */
  private static Arbitrary<Hostile> deeplyNested(HostileDocuments kind) {
    return Combinators.combine(Arbitraries.of(kind.valuePaths()), Arbitraries.of(65, 1_000, 100_000),
            Arbitraries.of(true, false))
        .as((steps, depth, arrays) -> raw(kind, (arrays ? "arrays" : "objects") + " nested " + depth + " deep at "
            + steps, steps, arrays ? "[".repeat(depth) + "]".repeat(depth)
            : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth), 1));
  }

  /** An array of 10⁶ small elements at any path. */
  private static Arbitrary<Hostile> enormousArrays(HostileDocuments kind) {
    int elements = 1_000_000;
    return Combinators.combine(Arbitraries.of(kind.valuePaths()), Arbitraries.of("1", "\"a\"", "{}", "null", "[]"))
        .as((steps, element) -> raw(kind, elements + " × " + element + " at " + steps, steps,
            "[" + (element + ",").repeat(elements - 1) + element + "]", elements));
  }

  /** Strings just over the per-value limit and over the parser's limit, as values and as member names. */
  private static Arbitrary<Hostile> hugeStrings(HostileDocuments kind) {
    return Combinators.combine(Arbitraries.of(kind.valuePaths()), Arbitraries.of(100_001, 1_000_001),
            Arbitraries.of(true, false))
        .as((steps, length, asName) -> raw(kind, (asName ? "member name" : "string") + " of " + length + " at " + steps,
            steps, asName ? "{\"" + "k".repeat(length) + "\": 1}" : "\"" + "字".repeat(length) + "\"", 0));
  }

  // ---- building them

  private static Hostile tree(HostileDocuments kind, String label, JsonNode root) {
    return new Hostile(kind, label, root.toString().getBytes(StandardCharsets.UTF_8), root, Optional.empty(), 0);
  }

  /** The sample with {@code raw} text in place of the value at {@code steps}. */
  private static Hostile raw(HostileDocuments kind, String label, List<Object> steps, String raw, int rawElements) {
    JsonNode root = kind.sample();
    set(root, steps, NODES.textNode(PLACEHOLDER));
    String text = root.toString().replace("\"" + PLACEHOLDER + "\"", raw);
    return new Hostile(kind, label, text.getBytes(StandardCharsets.UTF_8), root, Optional.of(steps), rawElements);
  }

  private static JsonNode at(JsonNode root, List<Object> steps) {
    JsonNode node = root;
    for (Object step : steps) {
      node = step instanceof String name ? node.get(name) : node.get((Integer) step);
    }
    return node;
  }

  private static void set(JsonNode root, List<Object> steps, JsonNode value) {
    JsonNode parent = at(root, steps.subList(0, steps.size() - 1));
    Object last = steps.get(steps.size() - 1);
    if (last instanceof String name) {
      ((ObjectNode) parent).set(name, value);
    } else {
      ((ArrayNode) parent).set((Integer) last, value);
    }
  }

  private static String abbreviated(String text) {
    return text.length() <= 40 ? text : text.substring(0, 40) + "…(" + text.length() + " chars)";
  }
}
