package org.talentmatch.core.io;

import java.util.ArrayList;
import java.util.List;
import org.talentmatch.api.InvalidProblemException;
import org.talentmatch.api.ValidationError;

/**
 * The errors of one document. Every error is counted but only the first {@link #MAX_LISTED} are
 * kept, so that a file of a million bad elements costs no more memory than one of a thousand; the
 * rest are summed up in one last error at {@code $}.
 */
final class ErrorLog {
  static final int MAX_LISTED = 1_000;

  private final List<ValidationError> listed = new ArrayList<>();
  private int count;

  void add(ValidationError error) {
    count++;
    if (listed.size() < MAX_LISTED) {
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
          + MAX_LISTED + " are)"));
    }
    throw new InvalidProblemException(errors);
  }
}
