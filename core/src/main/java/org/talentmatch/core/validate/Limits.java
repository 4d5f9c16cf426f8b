package org.talentmatch.core.validate;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The sizes the engine accepts, so that one bad value cannot exhaust memory, overflow a score or
 * break the index. Province scale (DESIGN.md) is 100,000 experts and up to 20,000 demands with
 * about 15,000 slots; every limit leaves room above what a province needs. The file readers refuse
 * an over-long array before reading its elements; {@link ProblemValidator} checks every limit again
 * for problems built through the Java API. docs/FORMAT.md "Limits" lists them.
 */
public final class Limits {
  /** Experts of one problem. */
  public static final int MAX_EXPERTS = 200_000;
  /** Demands of one problem. */
  public static final int MAX_DEMANDS = 50_000;
  /** Seat entries of one demand ({@code seats}). */
  public static final int MAX_SEATS_PER_DEMAND = 50;
  /** Slots of one seat entry ({@code seats[i].count}). */
  public static final int MAX_SLOTS_PER_SEAT = 1_000;
  /** Slots of a whole problem. */
  public static final int MAX_SLOTS = 200_000;
  /** Skill terms of one seat: each becomes query clauses, and Lucene caps a query at 1,024. */
  public static final int MAX_SKILLS_PER_SEAT = 20;
  /** Skill tags of one expert. */
  public static final int MAX_SKILLS_PER_EXPERT = 50;
  /** Unavailable ranges of one expert: one a day of a year at most. */
  public static final int MAX_UNAVAILABLE_PER_EXPERT = 366;
  /** Past services ({@code history}): a province's slots of thirty years. */
  public static final int MAX_HISTORY = 500_000;
  /** Pins: at most one a slot. */
  public static final int MAX_PINS = MAX_SLOTS;
  /** Changes of one changes file: a period's confirmations and declines with room to spare. */
  public static final int MAX_CHANGES = 1_000_000;
  /**
   * Characters of a term the index keeps whole: ids, institutions, skill terms, host unit names.
   * Lucene refuses single terms over 32,766 UTF-8 bytes; real ones are far shorter.
   */
  public static final int MAX_TERM_CHARS = 200;
  /** Characters of an expert's name. */
  public static final int MAX_NAME_CHARS = 100;
  /** Characters of a demand's title. */
  public static final int MAX_TITLE_CHARS = 500;
  /** Characters of free text: an expert's profile, a demand's description. */
  public static final int MAX_TEXT_CHARS = 20_000;
  /** Assignments one expert may hold ({@code maxAssignmentsPerExpert}, {@code maxAssignments}). */
  public static final int MAX_ASSIGNMENTS_PER_EXPERT = 1_000;
  /** Cool-down days: ten years, so that a day count times its weight cannot overflow a score. */
  public static final int MAX_COOLDOWN_DAYS = 3_650;
  /** Earliest date of any file: older dates are typing errors (year 0, 0201 for 2021). */
  public static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
  /** Latest date of any file. */
  public static final LocalDate LATEST_DATE = LocalDate.of(2199, 12, 31);

  /** Errors listed for one input; the rest are counted in one last error at {@code $}. */
  public static final int MAX_ERRORS_LISTED = 1_000;

  private Limits() {}

  /** The error message when a list of {@code size} elements is over {@code max}. */
  public static Optional<String> tooMany(int size, int max) {
    return size > max ? Optional.of("must have at most " + max + " elements: " + size) : Optional.empty();
  }

  /** The error message when {@code value} is longer than {@code maxChars}. */
  public static Optional<String> tooLong(String value, int maxChars) {
    return value.length() > maxChars
        ? Optional.of("must be at most " + maxChars + " characters: " + value.length())
        : Optional.empty();
  }

  /** The error message when {@code day} is outside [{@link #EARLIEST_DATE}, {@link #LATEST_DATE}]. */
  public static Optional<String> outOfRange(LocalDate day) {
    return day.isBefore(EARLIEST_DATE) || day.isAfter(LATEST_DATE)
        ? Optional.of("must be between " + EARLIEST_DATE + " and " + LATEST_DATE + ": " + day)
        : Optional.empty();
  }
}
