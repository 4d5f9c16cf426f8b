package org.talentmatch.core.io;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.talentmatch.api.InvalidProblemException;
import org.talentmatch.api.ValidationError;
import org.talentmatch.api.model.Problem;
import org.talentmatch.core.validate.ProblemValidator;

/**
 * Reads and writes problem files (FORMAT.md v1, {@code "format": "talentmatch/v1"}).
 *
 * <p>Reading reports every error of a file at once, each with its JSON path: first the structural
 * ones (missing fields, wrong types, unknown codes, values out of range), and, when there are
 * none, the semantic ones of {@link ProblemValidator}. Unknown members are ignored. Inputs over
 * 256 MiB and string values over 100,000 characters are refused.
 */
public final class ProblemJson {
  private ProblemJson() {}

  public static Problem read(Path file) throws IOException, InvalidProblemException {
    requireNonNull(file, "file");
    return fromTree(JsonDocuments.parse(file));
  }

  /** Reads a problem from a UTF-8 stream, which is left open. */
  public static Problem parse(InputStream in) throws IOException, InvalidProblemException {
    requireNonNull(in, "in");
    return fromTree(JsonDocuments.parse(in));
  }

  public static Problem parse(String json) throws InvalidProblemException {
    requireNonNull(json, "json");
    return fromTree(JsonDocuments.parse(json));
  }

  /** The problem as pretty-printed FORMAT.md v1; equal problems give equal text. */
  public static String toJson(Problem problem) {
    requireNonNull(problem, "problem");
    return JsonDocuments.print(ProblemWriter.toTree(problem));
  }

  /** Writes {@link #toJson} as UTF-8, atomically (see {@link AtomicFiles#write}). */
  public static void write(Problem problem, Path file) throws IOException {
    requireNonNull(problem, "problem");
    JsonDocuments.write(ProblemWriter.toTree(problem), file);
  }

  private static Problem fromTree(JsonNode document) throws InvalidProblemException {
    ErrorLog errors = new ErrorLog();
    Optional<Problem> problem = JsonDocuments.rootOf(document, ProblemReader.FORMAT, errors)
        .flatMap(ProblemReader::read);
    errors.throwIfAny();
    List<ValidationError> semantic = ProblemValidator.validate(problem.orElseThrow());
    if (!semantic.isEmpty()) {
      throw new InvalidProblemException(semantic);
    }
    return problem.get();
  }
}
