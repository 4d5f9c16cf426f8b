package org.talentmatch.core.ledger;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * How the days of a service fall: every day is exactly one of a working day, a weekend day or a
 * holiday day, so {@code weekendDays + holidayDays <= days}.
 *
 * @param days all days served
 * @param weekendDays Saturdays and Sundays that are neither holidays nor adjusted working days
 * @param holidayDays days of a public-holiday period (放假), weekends inside it included
 */
public record ServedDays(int days, int weekendDays, int holidayDays) {
  public static final ServedDays NONE = new ServedDays(0, 0, 0);

  public ServedDays {
    checkArgument(weekendDays >= 0 && holidayDays >= 0 && weekendDays + holidayDays <= days,
        "weekend %s and holiday %s days must fit in %s days", weekendDays, holidayDays, days);
  }

  /** Days off spent serving: the compensatory leave (调休) the notice allows. */
  public int restDays() {
    return weekendDays + holidayDays;
  }

  public ServedDays plus(ServedDays other) {
    return new ServedDays(days + other.days, weekendDays + other.weekendDays, holidayDays + other.holidayDays);
  }
}
