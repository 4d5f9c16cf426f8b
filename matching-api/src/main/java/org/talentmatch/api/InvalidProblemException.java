package org.talentmatch.api;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.stream.Collectors;

/** An input broke the format or a hard rule; lists every error found, each with its JSON path. */
public final class InvalidProblemException extends Exception {
  private static final long serialVersionUID = 1L;
  private static final int ERRORS_IN_MESSAGE = 20;

  private final transient List<ValidationError> errors;

  public InvalidProblemException(List<ValidationError> errors) {
    super(summarize(errors));
    checkArgument(!errors.isEmpty(), "an invalid input has at least one error");
    this.errors = List.copyOf(errors);
  }

  public List<ValidationError> errors() {
    return errors;
  }

  private static String summarize(List<ValidationError> errors) {
    String head = errors.stream().limit(ERRORS_IN_MESSAGE).map(ValidationError::toString)
        .collect(Collectors.joining("\n  ", errors.size() + " error(s):\n  ", ""));
    return errors.size() > ERRORS_IN_MESSAGE ? head + "\n  … and " + (errors.size() - ERRORS_IN_MESSAGE) + " more" : head;
  }
}
