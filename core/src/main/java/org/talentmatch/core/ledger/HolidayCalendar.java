package org.talentmatch.core.ledger;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import org.talentmatch.api.model.DateRange;

/**
 * Which days are working days in mainland China: weekends, public-holiday periods and the weekend
 * days worked instead (调休上班), year by year as the State Council General Office announces them.
 * The bundled {@link #china()} holds the years its file declares (2025 and 2026); a year outside
 * the calendar is an error, never a silent guess, unless the caller chooses {@link #weekendsOnly()}.
 * The file format is described at the top of {@code holidays-cn.txt}. Immutable, thread-safe.
 */
public final class HolidayCalendar {
  private static final String RESOURCE = "holidays-cn.txt";

  /** What kind of day a date is. */
  public enum DayKind { WORKING_DAY, WEEKEND, HOLIDAY }

  private final Set<Integer> years;
  private final Set<LocalDate> holidays;
  private final Set<LocalDate> workdays;
  private final boolean everyYear;

  private HolidayCalendar(Set<Integer> years, Set<LocalDate> holidays, Set<LocalDate> workdays, boolean everyYear) {
    this.years = Set.copyOf(years);
    this.holidays = Set.copyOf(holidays);
    this.workdays = Set.copyOf(workdays);
    this.everyYear = everyYear;
  }

  /** The bundled calendar of China's holidays (the years in {@code holidays-cn.txt}). */
  public static HolidayCalendar china() {
    return Bundled.CHINA;
  }

  /**
   * Saturdays and Sundays only, for every year: no public holidays, no adjusted working days. An
   * explicit choice for years whose notice is not in a calendar yet; it under-counts holidays.
   */
  public static HolidayCalendar weekendsOnly() {
    return new HolidayCalendar(Set.of(), Set.of(), Set.of(), true);
  }

  /** A calendar from a file in the format of {@code holidays-cn.txt} (UTF-8). */
  public static HolidayCalendar load(Path file) throws IOException {
    return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
  }

  /**
   * A calendar from text in the format of {@code holidays-cn.txt}.
   *
   * @throws IllegalArgumentException naming the source and line of the first malformed entry
   */
  public static HolidayCalendar parse(String text, String source) {
    requireNonNull(text, "text");
    Set<Integer> years = new TreeSet<>();
    Set<LocalDate> holidays = new HashSet<>();
    Set<LocalDate> workdays = new HashSet<>();
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String where = source + ":" + (i + 1);
      String[] fields = line.split("\\s+", 3);
      checkArgument(fields.length >= 2, "%s: expected a keyword and a value: %s", where, line);
      switch (fields[0]) {
        case "year" -> {
          checkArgument(fields[1].matches("\\d{4}"), "%s: expected a year YYYY: %s", where, fields[1]);
          checkArgument(years.add(Integer.parseInt(fields[1])), "%s: year %s declared twice", where, fields[1]);
        }
        case "holiday" -> addDays(range(fields[1], where), years, holidays, where);
        case "workday" -> {
          LocalDate day = date(fields[1], where);
          checkArgument(isWeekend(day), "%s: an adjusted working day must be a Saturday or Sunday: %s", where, day);
          addDays(DateRange.of(day, day), years, workdays, where);
        }
        default -> throw new IllegalArgumentException(where + ": unknown keyword \"" + fields[0]
            + "\"; expected year, holiday or workday");
      }
    }
    Set<LocalDate> both = new HashSet<>(holidays);
    both.retainAll(workdays);
    checkArgument(both.isEmpty(), "%s: days both holiday and working day: %s", source, both);
    return new HolidayCalendar(years, holidays, workdays, false);
  }

  /** The years whose holidays this calendar knows (empty for {@link #weekendsOnly()}). */
  public Set<Integer> years() {
    return years;
  }

  public boolean covers(int year) {
    return everyYear || years.contains(year);
  }

  /** @throws IllegalArgumentException when the day's year is outside the calendar */
  public DayKind kind(LocalDate day) {
    requireCovered(day.getYear());
    if (holidays.contains(day)) {
      return DayKind.HOLIDAY;
    }
    if (isWeekend(day) && !workdays.contains(day)) {
      return DayKind.WEEKEND;
    }
    return DayKind.WORKING_DAY;
  }

  /**
   * How the days of {@code dates} fall.
   *
   * @throws IllegalArgumentException when a day lies in a year outside the calendar
   */
  public ServedDays count(DateRange dates) {
    requireNonNull(dates, "dates");
    for (int year = dates.start().getYear(); year <= dates.end().getYear(); year++) {
      requireCovered(year);
    }
    int weekend = 0;
    int holiday = 0;
    for (LocalDate day = dates.start(); !day.isAfter(dates.end()); day = day.plusDays(1)) {
      switch (kind(day)) {
        case WEEKEND -> weekend++;
        case HOLIDAY -> holiday++;
        case WORKING_DAY -> { }
      }
    }
    return new ServedDays(Math.toIntExact(dates.days()), weekend, holiday);
  }

  private void requireCovered(int year) {
    checkArgument(covers(year), "the holiday calendar has no arrangement for %s (it covers %s): add the State "
        + "Council General Office's notice for %s to the calendar, or choose HolidayCalendar.weekendsOnly()",
        year, years, year);
  }

  private static boolean isWeekend(LocalDate day) {
    return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  private static void addDays(DateRange range, Set<Integer> years, Set<LocalDate> target, String where) {
    for (LocalDate day = range.start(); !day.isAfter(range.end()); day = day.plusDays(1)) {
      checkArgument(years.contains(day.getYear()), "%s: %s lies in a year not declared (write \"year %s\" first)",
          where, day, day.getYear());
      target.add(day);
    }
  }

  private static DateRange range(String value, String where) {
    int dots = value.indexOf("..");
    if (dots < 0) {
      LocalDate day = date(value, where);
      return DateRange.of(day, day);
    }
    LocalDate start = date(value.substring(0, dots), where);
    LocalDate end = date(value.substring(dots + 2), where);
    checkArgument(!end.isBefore(start), "%s: range ends before it starts: %s", where, value);
    return DateRange.of(start, end);
  }

  private static LocalDate date(String value, String where) {
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(where + ": expected a date YYYY-MM-DD: " + value, e);
    }
  }

  /** Loaded on first use of {@link #china()} only. */
  private static final class Bundled {
    static final HolidayCalendar CHINA = loadBundled();

    private static HolidayCalendar loadBundled() {
      try (InputStream in = HolidayCalendar.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource " + RESOURCE);
        }
        return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), RESOURCE);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE, e);
      }
    }
  }
}
