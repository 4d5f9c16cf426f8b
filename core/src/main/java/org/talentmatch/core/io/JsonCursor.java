package org.talentmatch.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.google.common.collect.BoundType;
import com.google.common.collect.Range;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.talentmatch.api.ValidationError;
import org.talentmatch.core.validate.Limits;

/**
 * A value of a JSON tree at a known path. The typed accessors never throw: they report what is
 * wrong to the error list shared by the whole walk and return an empty Optional, so that a reader
 * can go on and report every error of a document at once.
 */
final class JsonCursor {
  /** Longest string value accepted anywhere in a document. */
  static final int MAX_STRING_CHARS = 100_000;

  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern REGION = Pattern.compile("\\d{6}");

  private final JsonNode node;
  private final String path;
  private final ErrorLog errors;

  private JsonCursor(JsonNode node, String path, ErrorLog errors) {
    this.node = node;
    this.path = path;
    this.errors = errors;
  }

  static JsonCursor root(JsonNode node, ErrorLog errors) {
    return new JsonCursor(node, "$", errors);
  }

  String path() {
    return path;
  }

  /** The member {@code name} of this object; absent when this is not an object or lacks it. */
  JsonCursor field(String name) {
    JsonNode child = node.isObject() ? node.path(name) : MissingNode.getInstance();
    return new JsonCursor(child, path + "." + name, errors);
  }

  /** Missing and explicit {@code null} mean the same: the field has no value. */
  boolean isAbsent() {
    return node.isMissingNode() || node.isNull();
  }

  void error(String message) {
    errors.add(new ValidationError(path, message));
  }

  /** Number of errors reported so far by the whole walk; see {@link #build}. */
  int errorCount() {
    return errors.count();
  }

  /** Reads a required field: reports {@code required} when it has no value. */
  <T> Optional<T> required(Function<JsonCursor, Optional<T>> reader) {
    if (isAbsent()) {
      error("required");
      return Optional.empty();
    }
    return reader.apply(this);
  }

  /**
   * Reads an optional field: empty without error when it has no value. An invalid value is
   * reported and also read as empty, which is harmless because nothing is built once an error
   * has been reported.
   */
  <T> Optional<T> optional(Function<JsonCursor, Optional<T>> reader) {
    return isAbsent() ? Optional.empty() : reader.apply(this);
  }

  /**
   * Builds a value from fields read since {@code errorMark}, unless one of them was invalid. A
   * record constructor's residual precondition failure becomes an error at this path.
   */
  <T> Optional<T> build(int errorMark, Supplier<T> constructor) {
    if (errors.count() > errorMark) {
      return Optional.empty();
    }
    try {
      return Optional.of(constructor.get());
    } catch (IllegalArgumentException | NullPointerException e) {
      error(String.valueOf(e.getMessage()));
      return Optional.empty();
    }
  }

  boolean expectObject() {
    if (!node.isObject()) {
      error("expected an object");
      return false;
    }
    return true;
  }

  Optional<String> string() {
    if (!node.isTextual()) {
      error("expected a string");
      return Optional.empty();
    }
    String value = node.textValue();
    if (value.length() > MAX_STRING_CHARS) {
      error("must be at most " + MAX_STRING_CHARS + " characters long");
      return Optional.empty();
    }
    return Optional.of(value);
  }

  Optional<String> nonBlankString() {
    return string().filter(value -> {
      if (value.isBlank()) {
        error("must not be blank");
        return false;
      }
      return true;
    });
  }

  /** A six-digit GB/T 2260 division code. */
  Optional<String> region() {
    return string().filter(value -> {
      if (!REGION.matcher(value).matches()) {
        error("must be a six-digit division code");
        return false;
      }
      return true;
    });
  }

  /** An ISO day within {@link Limits#EARLIEST_DATE} and {@link Limits#LATEST_DATE}. */
  Optional<LocalDate> date() {
    if (node.isTextual() && DATE.matcher(node.textValue()).matches()) {
      try {
        LocalDate day = LocalDate.parse(node.textValue());
        Optional<String> outOfRange = Limits.outOfRange(day);
        outOfRange.ifPresent(this::error);
        return outOfRange.isPresent() ? Optional.empty() : Optional.of(day);
      } catch (DateTimeParseException e) {
        // a well-formed but impossible day such as 2027-02-30: same error as any other bad date
      }
    }
    error("expected a date YYYY-MM-DD");
    return Optional.empty();
  }

  Optional<Boolean> bool() {
    if (!node.isBoolean()) {
      error("expected a boolean");
      return Optional.empty();
    }
    return Optional.of(node.booleanValue());
  }

  Optional<Integer> integer(Range<Integer> allowed) {
    if (!node.isIntegralNumber()) {
      error("expected an integer");
      return Optional.empty();
    }
    if (!node.canConvertToInt() || !allowed.contains(node.intValue())) {
      error(rangeMessage(allowed));
      return Optional.empty();
    }
    return Optional.of(node.intValue());
  }

  Optional<Long> longInteger() {
    if (!node.isIntegralNumber() || !node.canConvertToLong()) {
      error("expected an integer");
      return Optional.empty();
    }
    return Optional.of(node.longValue());
  }

  Optional<Double> number(Range<Double> allowed) {
    if (!node.isNumber()) {
      error("expected a number");
      return Optional.empty();
    }
    double value = node.doubleValue();
    if (!Double.isFinite(value)) {
      error("must be a finite number");
      return Optional.empty();
    }
    if (!allowed.contains(value)) {
      error(rangeMessage(allowed));
      return Optional.empty();
    }
    return Optional.of(value);
  }

  <E extends Enum<E>> Optional<E> code(Codes<E> codes) {
    if (!node.isTextual()) {
      error("expected a string");
      return Optional.empty();
    }
    Optional<E> value = codes.lookUp(node.textValue());
    if (value.isEmpty()) {
      error("unknown code \"" + node.textValue() + "\"; expected one of " + codes.listing());
    }
    return value;
  }

  /**
   * The elements of an array, each with its indexed path; empty after an error otherwise. An array
   * longer than {@code maxSize} is one error, reported before any element is looked at, so that a
   * runaway array costs neither time nor an error per element.
   */
  Optional<List<JsonCursor>> elements(int maxSize) {
    if (!node.isArray()) {
      error("expected an array");
      return Optional.empty();
    }
    Optional<String> tooMany = Limits.tooMany(node.size(), maxSize);
    if (tooMany.isPresent()) {
      error(tooMany.get());
      return Optional.empty();
    }
    List<JsonCursor> elements = new ArrayList<>(node.size());
    for (int i = 0; i < node.size(); i++) {
      elements.add(new JsonCursor(node.get(i), path + "[" + i + "]", errors));
    }
    return Optional.of(elements);
  }

  /** Like {@link #elements(int)} but an empty array is an error too. */
  Optional<List<JsonCursor>> nonEmptyElements(int maxSize) {
    return elements(maxSize).filter(list -> {
      if (list.isEmpty()) {
        error("must not be empty");
        return false;
      }
      return true;
    });
  }

  /** A reader of an array of at most {@code maxSize} elements that {@code element} reads; see {@link #all}. */
  static <T> Function<JsonCursor, Optional<List<T>>> arrayOf(int maxSize, Function<JsonCursor, Optional<T>> element) {
    return array -> array.elements(maxSize).flatMap(elements -> all(elements, element));
  }

  /** Like {@link #arrayOf} but an empty array is an error too. */
  static <T> Function<JsonCursor, Optional<List<T>>> nonEmptyArrayOf(int maxSize,
      Function<JsonCursor, Optional<T>> element) {
    return array -> array.nonEmptyElements(maxSize).flatMap(elements -> all(elements, element));
  }

  /**
   * Reads every element with {@code reader}; the list is present only when all elements were
   * valid, but every element is read (and its errors reported) either way.
   */
  private static <T> Optional<List<T>> all(List<JsonCursor> elements, Function<JsonCursor, Optional<T>> reader) {
    List<T> values = new ArrayList<>(elements.size());
    boolean complete = true;
    for (JsonCursor element : elements) {
      Optional<T> value = element.required(reader);
      value.ifPresent(values::add);
      complete &= value.isPresent();
    }
    return complete ? Optional.of(values) : Optional.empty();
  }

  private static String rangeMessage(Range<? extends Number> range) {
    if (range.hasLowerBound() && range.hasUpperBound()) {
      return "must be between " + plain(range.lowerEndpoint()) + " and " + plain(range.upperEndpoint());
    }
    if (range.hasLowerBound()) {
      return (range.lowerBoundType() == BoundType.CLOSED ? "must be ≥ " : "must be > ") + plain(range.lowerEndpoint());
    }
    return (range.upperBoundType() == BoundType.CLOSED ? "must be ≤ " : "must be < ") + plain(range.upperEndpoint());
  }

  private static String plain(Number bound) {
    return new BigDecimal(bound.toString()).stripTrailingZeros().toPlainString();
  }
}
