package org.talentmatch.core.ledger;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.talentmatch.api.ledger.ServiceLedger;
import org.talentmatch.api.ledger.ServiceRecord;
import org.talentmatch.api.model.DateRange;
import org.talentmatch.api.model.HistoryEntry;

/**
 * The ledger as a planning problem's {@code history}: the services that feed cool-down, load
 * balance and commissioner continuity (same expert, same host unit name), so that a caller never
 * rebuilds them by hand.
 */
public final class LedgerHistory {
  private LedgerHistory() {}

  /**
   * The completed services that ended before {@code periodStart} and have a day within {@code
   * lookback} of it, in date order: pass them as the {@code history} of a problem whose period
   * starts that day. A service still running on {@code periodStart} is left out (FORMAT.md's
   * history lies before the period); cancelled services and no-shows are left out (nobody served).
   * A lookback of a year covers cool-down and this year's continuity pairs.
   */
  public static List<HistoryEntry> before(ServiceLedger ledger, LocalDate periodStart, Period lookback) {
    requireNonNull(ledger, "ledger");
    requireNonNull(periodStart, "periodStart");
    requireNonNull(lookback, "lookback");
    checkArgument(!lookback.isNegative() && !lookback.isZero(), "lookback must be positive: %s", lookback);
    DateRange window = DateRange.of(periodStart.minus(lookback), periodStart.minusDays(1));
    return ledger.overlapping(window).stream()
        .filter(ServiceRecord::isCompleted)
        .filter(r -> r.dates().end().isBefore(periodStart))
        .map(LedgerHistory::entry)
        .toList();
  }

  static HistoryEntry entry(ServiceRecord r) {
    return new HistoryEntry(r.expertId(), Optional.of(r.demandId()), r.hostUnit().name(), r.region(), r.dates());
  }
}
