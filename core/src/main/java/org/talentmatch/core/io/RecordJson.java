package org.talentmatch.core.io;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.talentmatch.api.InvalidProblemException;
import org.talentmatch.api.ValidationError;
import org.talentmatch.api.model.DateRange;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.Expert;
import org.talentmatch.api.model.Policy;
import org.talentmatch.api.model.Problem;
import org.talentmatch.core.validate.ProblemValidator;

/**
 * One expert or one demand on its own, in the shape it has inside a problem file (FORMAT.md v1): what
 * a portal's REST API takes and returns. Reading checks what {@link ProblemJson} checks of that
 * element (types, codes, ranges, term lengths, seat limits), with paths from the element's root
 * ({@code $.seats[0].count}); checks that need the rest of a problem (duplicate ids, the period)
 * are the problem's.
 */
public final class RecordJson {
  private RecordJson() {}

  public static Expert parseExpert(String json) throws InvalidProblemException {
    requireNonNull(json, "json");
    Expert expert = structural(json, ProblemReader::expert);
    // No demand, so the period checks nothing: any day will do.
    DateRange anyPeriod = DateRange.of(LocalDate.EPOCH, LocalDate.EPOCH);
    semantic(new Problem(anyPeriod, Policy.defaults(), List.of(expert), List.of(), List.of(), List.of()),
        "$.experts[0]");
    return expert;
  }

  public static Demand parseDemand(String json) throws InvalidProblemException {
    requireNonNull(json, "json");
    Demand demand = structural(json, ProblemReader::demand);
    // The demand's own dates as the period: the period check is the problem's, not the demand's.
    semantic(new Problem(demand.dates(), Policy.defaults(), List.of(), List.of(demand), List.of(), List.of()),
        "$.demands[0]");
    return demand;
  }

  public static String toJson(Expert expert) {
    return print(expert, ProblemWriter::expert);
  }

  public static String toJson(Demand demand) {
    return print(demand, ProblemWriter::demand);
  }

  private static <T> T structural(String json, Function<JsonCursor, Optional<T>> reader)
      throws InvalidProblemException {
    ErrorLog errors = new ErrorLog();
    Optional<T> value = reader.apply(JsonCursor.root(JsonDocuments.parse(json), errors));
    errors.throwIfAny();
    return value.orElseThrow();
  }

  /** The validator's errors about the one element, with its path in the wrapping problem cut off. */
  private static void semantic(Problem wrapping, String elementPath) throws InvalidProblemException {
    List<ValidationError> errors = ProblemValidator.validate(wrapping).stream()
        .map(error -> new ValidationError(error.path().startsWith(elementPath)
            ? "$" + error.path().substring(elementPath.length())
            : error.path(), error.message()))
        .toList();
    if (!errors.isEmpty()) {
      throw new InvalidProblemException(errors);
    }
  }

  private static <T> String print(T value, BiConsumer<ObjectNode, T> writer) {
    requireNonNull(value, "value");
    ObjectNode node = JsonDocuments.object();
    writer.accept(node, value);
    return JsonDocuments.print(node);
  }
}
