package org.talentmatch.api.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * One entry of a demand's {@code seats}: {@code count} identical positions (slots).
 *
 * @param skills the terms the seat's occupant must match; at least one
 */
public record Seat(
    SeatRole role, int count, List<String> skills, Optional<Title> minTitle, Optional<Degree> minDegree) {

  public Seat {
    requireNonNull(role, "role");
    checkArgument(count >= 1, "count must be >= 1: %s", count);
    skills = Checks.skills(skills, "skills");
    requireNonNull(minTitle, "minTitle");
    requireNonNull(minDegree, "minDegree");
  }

  public static Seat of(SeatRole role, int count, String... skills) {
    return new Seat(role, count, List.of(skills), Optional.empty(), Optional.empty());
  }

  public Seat withMinTitle(Title title) {
    return new Seat(role, count, skills, Optional.of(title), minDegree);
  }

  public Seat withMinDegree(Degree degree) {
    return new Seat(role, count, skills, minTitle, Optional.of(degree));
  }

  /** True when the title and degree of a person meet this seat's minimums. */
  public boolean admits(Title title, Degree degree) {
    return minTitle.map(title::isAtLeast).orElse(true) && minDegree.map(degree::isAtLeast).orElse(true);
  }
}
