package org.talentmatch.core.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.talentmatch.api.InvalidProblemException;
import org.talentmatch.api.ValidationError;

/**
 * Turns bytes into a JSON tree and back, with the input limits and the byte-stable pretty output
 * shared by every file of FORMAT.md.
 */
final class JsonDocuments {
  /** Largest input accepted: far above any real province, small enough to refuse a runaway file. */
  static final long MAX_INPUT_BYTES = 256L * 1024 * 1024;

  /**
   * The parser's own string limit only stops pathological input early; the exact per-value limit,
   * with its path, is {@link JsonCursor#MAX_STRING_CHARS}.
   */
  private static final int PARSER_MAX_STRING_CHARS = 10 * JsonCursor.MAX_STRING_CHARS;

  /**
   * Most JSON tokens (values, member names, brackets) of one input. The tree of a document costs
   * up to about 70 bytes of heap per token, so this bounds the memory a hostile file of many tiny
   * values can take (about 2 GiB) while leaving room for a province file at the size limits
   * (200,000 experts and 50,000 demands are about 13 million tokens).
   */
  static final long MAX_TOKENS = 30_000_000L;

  /** Deepest nesting of arrays and objects: the format nests five deep; unknown members may add some. */
  static final int MAX_NESTING_DEPTH = 64;

  private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxStringLength(PARSER_MAX_STRING_CHARS)
          .maxTokenCount(MAX_TOKENS)
          .maxNestingDepth(MAX_NESTING_DEPTH)
          .build())
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build())
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);

  /** Two-space indent and {@code \n} on every platform, so equal documents are equal bytes. */
  private static final ObjectWriter WRITER = MAPPER.writer(new DefaultPrettyPrinter()
      .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private JsonDocuments() {}

  static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  /** Pretty-printed UTF-8 text ending in a newline. */
  static String print(JsonNode document) {
    try {
      return WRITER.writeValueAsString(document) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("a tree of plain nodes always serializes", e);
    }
  }

  /**
   * A double written in plain notation ({@code 0.0001}, never {@code 1.0E-4}) with at least one
   * decimal, rounded to {@code decimals} places half up. Reading it back gives the rounded double.
   */
  static DecimalNode rounded(double value, int decimals) {
    return plain(BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP));
  }

  /** A double in plain notation, exactly as {@link Double#toString} would round-trip it. */
  static DecimalNode plain(double value) {
    return plain(BigDecimal.valueOf(value));
  }

  private static DecimalNode plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return DecimalNode.valueOf(stripped.scale() < 1 ? stripped.setScale(1) : stripped);
  }

  static JsonNode parse(Path file) throws IOException, InvalidProblemException {
    long size = Files.size(file);
    if (size > MAX_INPUT_BYTES) {
      throw tooLarge(size + " bytes");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return parse(in);
    }
  }

  static JsonNode parse(InputStream in) throws IOException, InvalidProblemException {
    return parse(in, MAX_INPUT_BYTES);
  }

  /**
   * Reads at most {@code limitBytes} + 1 bytes, so an endless stream costs no more than the limit.
   * The parser decodes the bytes itself, so malformed UTF-8 is an error rather than a silent U+FFFD.
   */
  static JsonNode parse(InputStream in, long limitBytes) throws IOException, InvalidProblemException {
    byte[] content = in.readNBytes(Math.toIntExact(limitBytes + 1));
    if (content.length > limitBytes) {
      throw tooLarge("more than " + limitBytes + " bytes");
    }
    return readTree(content, ObjectMapper::readTree);
  }

  static JsonNode parse(String json) throws InvalidProblemException {
    if (json.length() > MAX_INPUT_BYTES) {
      throw tooLarge(json.length() + " characters");
    }
    return readTree(json, ObjectMapper::readTree);
  }

  /** {@link ObjectMapper#readTree} of bytes or text, with its failures turned into one error at {@code $}. */
  private interface TreeReader<T> {
    JsonNode read(ObjectMapper mapper, T input) throws IOException;
  }

  private static <T> JsonNode readTree(T input, TreeReader<T> reader) throws InvalidProblemException {
    JsonNode document;
    try {
      document = reader.read(MAPPER, input);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? ""
          : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
      throw new InvalidProblemException(List.of(new ValidationError("$", "not valid JSON" + where + ": "
          + e.getOriginalMessage())));
    } catch (IOException e) {
      throw new UncheckedIOException("reading from memory cannot fail", e);
    }
    if (document.isMissingNode()) {
      throw new InvalidProblemException(List.of(new ValidationError("$", "not valid JSON: the input is empty")));
    }
    return document;
  }

  private static InvalidProblemException tooLarge(String actual) {
    return new InvalidProblemException(List.of(new ValidationError("$",
        "input is too large: " + actual + "; the limit is 256 MiB")));
  }

  /**
   * The root object of a document, after checking its {@code format} member (a wrong format is
   * reported and the walk goes on); empty, with the error reported, when the root is no object.
   */
  static Optional<JsonCursor> rootOf(JsonNode document, String expectedFormat, ErrorLog errors) {
    JsonCursor root = JsonCursor.root(document, errors);
    if (!root.expectObject()) {
      return Optional.empty();
    }
    JsonCursor format = root.field("format");
    format.required(JsonCursor::string).ifPresent(actual -> {
      if (!actual.equals(expectedFormat)) {
        format.error("expected \"" + expectedFormat + "\", got \"" + actual + "\"");
      }
    });
    return Optional.of(root);
  }

  /** Writes a pretty-printed document with the same guarantees as {@link AtomicFiles#write}. */
  static void write(JsonNode document, Path file) throws IOException {
    AtomicFiles.write(file, print(document).getBytes(StandardCharsets.UTF_8));
  }
}
