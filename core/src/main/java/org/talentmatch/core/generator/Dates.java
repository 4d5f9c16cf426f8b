package org.talentmatch.core.generator;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Predicate;
import org.talentmatch.api.model.DateRange;

/** Start days and durations drawn within a period. */
final class Dates {
  private Dates() {}

  static LocalDate uniform(DateRange period, SplittableRandom rng) {
    return period.start().plusDays(rng.nextLong(period.days()));
  }

  /**
   * A day uniform in the period that {@code preferred} accepts, trying a few times (a season, term
   * time), else any day of the period.
   */
  static LocalDate preferring(DateRange period, Predicate<LocalDate> preferred, SplittableRandom rng) {
    LocalDate day = uniform(period, rng);
    for (int attempt = 0; attempt < 8 && !preferred.test(day); attempt++) {
      day = uniform(period, rng);
    }
    return day;
  }

  /**
   * One of the batch start days (e.g. 1 August) that fall within the period, as programs dispatch
   * people in batches; any day of the period when none does.
   */
  static LocalDate batchStart(DateRange period, List<MonthDay> batchDays, SplittableRandom rng) {
    List<LocalDate> candidates = new ArrayList<>();
    for (int year = period.start().getYear(); year <= period.end().getYear(); year++) {
      for (MonthDay day : batchDays) {
        LocalDate date = day.atYear(year);
        if (period.contains(date)) {
          candidates.add(date);
        }
      }
    }
    return candidates.isEmpty() ? uniform(period, rng) : Draw.one(candidates, rng);
  }

  /** {@code days} days from {@code start}, both ends included. */
  static DateRange ofDays(LocalDate start, int days) {
    return DateRange.of(start, start.plusDays(days - 1L));
  }

  /** Whole years from {@code start}: 2027-08-01 for two years ends 2029-07-31. */
  static DateRange ofYears(LocalDate start, int years) {
    return DateRange.of(start, start.plusYears(years).minusDays(1));
  }

  static DateRange ofMonths(LocalDate start, int months) {
    return DateRange.of(start, start.plusMonths(months).minusDays(1));
  }

  /** School term: not the summer (mid July to August) nor the winter break (late January to mid February). */
  static boolean inSchoolTerm(LocalDate day) {
    int month = day.getMonthValue();
    int dom = day.getDayOfMonth();
    boolean summer = (month == 7 && dom > 10) || month == 8;
    boolean winter = (month == 1 && dom > 20) || (month == 2 && dom < 20);
    return !summer && !winter;
  }

  /** The growing season, March to October, when field visits make sense. */
  static boolean inGrowingSeason(LocalDate day) {
    return day.getMonthValue() >= 3 && day.getMonthValue() <= 10;
  }
}
