package org.talentmatch.api.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** An inclusive range of days. */
public record DateRange(LocalDate start, LocalDate end) {

  public DateRange {
    requireNonNull(start, "start");
    requireNonNull(end, "end");
    checkArgument(!end.isBefore(start), "end %s is before start %s", end, start);
  }

  public static DateRange of(LocalDate start, LocalDate end) {
    return new DateRange(start, end);
  }

  public static DateRange of(String start, String end) {
    return new DateRange(LocalDate.parse(start), LocalDate.parse(end));
  }

  /** True when the two ranges share at least one day (boundary days included). */
  public boolean overlaps(DateRange other) {
    return !start.isAfter(other.end) && !other.start.isAfter(end);
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(start) && !day.isAfter(end);
  }

  /** Number of days in the range, both ends included. */
  public long days() {
    return ChronoUnit.DAYS.between(start, end) + 1;
  }

  @Override
  public String toString() {
    return start + ".." + end;
  }
}
