package org.talentmatch.api;

import static java.util.Objects.requireNonNull;

/**
 * One thing wrong with an input, named by its JSON path.
 *
 * @param path e.g. {@code $.demands[12].seats[0].count}
 * @param message e.g. {@code must be ≥ 1}
 */
public record ValidationError(String path, String message) {

  public ValidationError {
    requireNonNull(path, "path");
    requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return path + ": " + message;
  }
}
