package org.talentmatch.core.io;

import java.util.ArrayList;
import java.util.List;
import org.talentmatch.api.InvalidProblemException;
import org.talentmatch.api.ValidationError;
import org.talentmatch.core.validate.Limits;

/**
 * The errors of one document. Every error is counted but only the first {@link Limits#MAX_ERRORS_LISTED} are
 * kept, so that a file of a million bad elements costs no more memory than one of a thousand; the
 * rest are summed up in one last error at {@code $}.
 */
final class ErrorLog {
  private final List<ValidationError> listed = new ArrayList<>();
  private int count;

  void add(ValidationError error) {
    count++;
    if (listed.size() < Limits.MAX_ERRORS_LISTED) {
      listed.add(error);
    }
  }

  /** Every error reported so far, listed or not: what a reader compares with a mark. */
  int count() {
    return count;
  }

  boolean isEmpty() {
    return count == 0;
  }

  void throwIfAny() throws InvalidProblemException {
    if (count == 0) {
      return;
    }
    List<ValidationError> errors = new ArrayList<>(listed);
    if (count > listed.size()) {
      errors.add(new ValidationError("$", (count - listed.size()) + " more errors not listed (only the first "
          + Limits.MAX_ERRORS_LISTED + " are)"));
    }
    throw new InvalidProblemException(errors);
  }
}
