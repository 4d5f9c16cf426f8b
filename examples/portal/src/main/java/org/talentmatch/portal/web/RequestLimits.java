package org.talentmatch.portal.web;

import java.util.List;
import org.talentmatch.api.InvalidProblemException;
import org.talentmatch.api.ValidationError;

/** Bounds on what one request may ask for; a value out of bounds is an invalid field named by its parameter. */
final class RequestLimits {
  static final int MAX_RESULTS = 500;
  static final int MAX_SECONDS = 3600;

  private RequestLimits() {}

  static int checkLimit(int limit) throws InvalidProblemException {
    return check("limit", limit, 1, MAX_RESULTS);
  }

  static int checkSeconds(int seconds) throws InvalidProblemException {
    return check("$.timeLimitSeconds", seconds, 1, MAX_SECONDS);
  }

  static int check(String name, int value, int min, int max) throws InvalidProblemException {
    if (value < min || value > max) {
      throw new InvalidProblemException(List.of(new ValidationError(name,
          "must be between " + min + " and " + max + ": " + value)));
    }
    return value;
  }
}
