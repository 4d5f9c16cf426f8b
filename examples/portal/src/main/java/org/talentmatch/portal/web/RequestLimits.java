package org.talentmatch.portal.web;

/** Bounds on what one request may ask for. */
final class RequestLimits {
  static final int MAX_RESULTS = 500;
  static final int MAX_SECONDS = 3600;

  private RequestLimits() {}

  static int checkLimit(int limit) {
    if (limit < 1 || limit > MAX_RESULTS) {
      throw new IllegalArgumentException("limit must be between 1 and " + MAX_RESULTS + ": " + limit);
    }
    return limit;
  }

  static void checkSeconds(int seconds) {
    if (seconds < 1 || seconds > MAX_SECONDS) {
      throw new IllegalArgumentException("timeLimitSeconds must be between 1 and " + MAX_SECONDS + ": " + seconds);
    }
  }
}
