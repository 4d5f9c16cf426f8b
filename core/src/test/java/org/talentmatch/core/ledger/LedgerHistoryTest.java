package org.talentmatch.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.talentmatch.core.ledger.Records.record;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.talentmatch.api.ledger.ServiceStatus;
import org.talentmatch.api.model.DateRange;
import org.talentmatch.api.model.HistoryEntry;

class LedgerHistoryTest {
  @Test
  void completedServicesThatEndedWithinTheLookbackBecomeHistory() {
    InMemoryServiceLedger ledger = InMemoryServiceLedger.of(List.of(
        record("R1", "E1", "合作社A", "2026-11-20", "2026-11-22").build(),
        record("R2", "E2", "合作社B", "2026-12-01", "2026-12-02").status(ServiceStatus.NO_SHOW).build(),
        record("R3", "E3", "合作社C", "2026-12-30", "2027-01-05").build(), // still running on 1 January
        record("R4", "E4", "合作社D", "2025-10-01", "2025-10-03").build(), // before the lookback
        record("R5", "E5", "合作社E", "2025-12-31", "2026-01-02").build())); // has a day in the lookback

    List<HistoryEntry> history = LedgerHistory.before(ledger, LocalDate.parse("2027-01-01"), Period.ofYears(1));

    assertThat(history).containsExactly(
        new HistoryEntry("E5", Optional.of("D-R5"), "合作社E", Records.SHOUGUANG, DateRange.of("2025-12-31", "2026-01-02")),
        new HistoryEntry("E1", Optional.of("D-R1"), "合作社A", Records.SHOUGUANG, DateRange.of("2026-11-20", "2026-11-22")));
  }
}
