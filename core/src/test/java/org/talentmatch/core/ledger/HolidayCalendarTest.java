package org.talentmatch.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.talentmatch.api.model.DateRange;
import org.talentmatch.core.ledger.HolidayCalendar.DayKind;

class HolidayCalendarTest {
  private final HolidayCalendar china = HolidayCalendar.china();

  @Test
  void springFestival2026IsNineDaysOffWithTwoSaturdaysWorked() {
    // 国办发明电〔2025〕7号: 2月15日至23日放假调休，共9天；2月14日（周六）、2月28日（周六）上班。
    assertThat(china.count(DateRange.of("2026-02-15", "2026-02-23"))).isEqualTo(new ServedDays(9, 0, 9));
    assertThat(china.kind(LocalDate.parse("2026-02-14"))).isEqualTo(DayKind.WORKING_DAY);
    assertThat(china.kind(LocalDate.parse("2026-02-28"))).isEqualTo(DayKind.WORKING_DAY);
    assertThat(china.kind(LocalDate.parse("2026-02-24"))).isEqualTo(DayKind.WORKING_DAY);
    assertThat(china.kind(LocalDate.parse("2026-03-07"))).isEqualTo(DayKind.WEEKEND);
  }

  @Test
  void aWeekSpanningTheFestivalSplitsIntoWorkingWeekendAndHolidayDays() {
    // Fri 13 work, Sat 14 adjusted work, Sun 15..Mon 16 holiday, and Sat 7, Sun 8 ordinary weekend.
    ServedDays days = china.count(DateRange.of("2026-02-07", "2026-02-16"));

    assertThat(days).isEqualTo(new ServedDays(10, 2, 2));
    assertThat(days.restDays()).isEqualTo(4);
  }

  @Test
  void wholeYearsMatchTheNotices() {
    // 2026: 104 Saturdays and Sundays, 14 of them inside holidays, 6 worked; 33 holiday days.
    assertThat(china.count(DateRange.of("2026-01-01", "2026-12-31"))).isEqualTo(new ServedDays(365, 84, 33));
    // 2025: 104 weekend days, 10 inside holidays (Feb 1-2, Apr 5-6, May 3-4, May 31-Jun 1, Oct 4-5),
    // 5 worked; 1 + 8 + 3 + 5 + 3 + 8 = 28 holiday days.
    assertThat(china.count(DateRange.of("2025-01-01", "2025-12-31"))).isEqualTo(new ServedDays(365, 89, 28));
    assertThat(china.kind(LocalDate.parse("2025-01-26"))).isEqualTo(DayKind.WORKING_DAY);
  }

  @Test
  void aYearOutsideTheCalendarIsAClearErrorUnlessWeekendsOnlyIsChosen() {
    assertThat(china.years()).containsExactlyInAnyOrder(2025, 2026);
    assertThatThrownBy(() -> china.count(DateRange.of("2026-12-30", "2027-01-02")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no arrangement for 2027");

    // 2027-01-01 is a Friday: weekends only sees Sat 2 and Sun 3, and no holiday.
    assertThat(HolidayCalendar.weekendsOnly().count(DateRange.of("2027-01-01", "2027-01-03")))
        .isEqualTo(new ServedDays(3, 2, 0));
  }

  @Test
  void aHostCanLoadItsOwnCalendarAndMistakesNameTheLine() {
    HolidayCalendar custom = HolidayCalendar.parse("year 2027 test\nholiday 2027-01-01 元旦\n", "mine.txt");
    assertThat(custom.kind(LocalDate.parse("2027-01-01"))).isEqualTo(DayKind.HOLIDAY);

    assertThatThrownBy(() -> HolidayCalendar.parse("holiday 2027-01-01 元旦\n", "mine.txt"))
        .hasMessageContaining("mine.txt:1").hasMessageContaining("year not declared");
    assertThatThrownBy(() -> HolidayCalendar.parse("year 2027\n\nworkday 2027-01-06 x\n", "mine.txt"))
        .hasMessageContaining("mine.txt:3").hasMessageContaining("Saturday or Sunday");
    assertThatThrownBy(() -> HolidayCalendar.parse("year 2027\nholidy 2027-01-01\n", "mine.txt"))
        .hasMessageContaining("mine.txt:2").hasMessageContaining("unknown keyword");
  }
}
