package org.talentmatch.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.talentmatch.core.ledger.Records.record;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.talentmatch.api.ledger.ServiceLedger;
import org.talentmatch.api.ledger.ServiceRecord;
import org.talentmatch.api.ledger.ServiceStatus;
import org.talentmatch.api.model.DateRange;
import org.talentmatch.api.model.HostUnit;
import org.talentmatch.api.model.HostUnitType;

/** The {@link ServiceLedger} contract; every implementation's test extends it. */
abstract class ServiceLedgerContract {
  private ServiceLedger ledger;

  /** A new, empty ledger. */
  abstract ServiceLedger newLedger() throws Exception;

  @BeforeEach
  void setUp() throws Exception {
    ledger = newLedger();
  }

  @Test
  void recordingTheSameIdAgainReplacesTheRecord() {
    ServiceRecord first = record("R1", "E1", "合作社A", "2026-03-02", "2026-03-04").build();
    ServiceRecord second = first.toBuilder().status(ServiceStatus.NO_SHOW).rating(2).build();

    ledger.record(first);
    ledger.record(first);
    assertThat(ledger.size()).isEqualTo(1);
    ledger.record(second);

    assertThat(ledger.size()).isEqualTo(1);
    assertThat(ledger.find("R1")).contains(second);
  }

  @Test
  void everyFieldSurvivesStorage() {
    ServiceRecord full = record("R1", "E1", "某卫生院", "2026-02-14", "2026-02-16")
        .hostUnit(HostUnit.of("某卫生院", HostUnitType.CLINIC, "山东第一医科大学")).priorityArea(true).rating(5).build();
    ServiceRecord bare = record("R2", "E2", "合作社B", "2026-05-01", "2026-05-01").status(ServiceStatus.CANCELLED).build();

    ledger.recordAll(List.of(full, bare));

    assertThat(ledger.find("R1")).contains(full);
    assertThat(ledger.find("R2")).contains(bare);
    assertThat(ledger.find("R3")).isEmpty();
  }

  @Test
  void queriesListMatchingRecordsInDateOrderThenById() {
    ServiceRecord late = record("R3", "E1", "合作社A", "2026-06-01", "2026-06-02").build();
    ServiceRecord early = record("R2", "E1", "合作社B", "2026-01-05", "2026-01-06").build();
    ServiceRecord sameDayHigherId = record("R9", "E2", "合作社A", "2026-01-05", "2026-01-06").build();
    ServiceRecord lastYear = record("R1", "E1", "合作社A", "2025-12-30", "2025-12-31").build();
    ServiceRecord spanning = record("R0", "E3", "合作社C", "2025-09-01", "2027-08-31").build();
    ledger.recordAll(List.of(late, early, sameDayHigherId, lastYear, spanning));

    assertThat(ledger.forYear(2026)).containsExactly(spanning, early, sameDayHigherId, late);
    assertThat(ledger.forYear(2025)).containsExactly(spanning, lastYear);
    assertThat(ledger.forExpert("E1")).containsExactly(lastYear, early, late);
    assertThat(ledger.forHostUnit("合作社A")).containsExactly(lastYear, sameDayHigherId, late);
    assertThat(ledger.overlapping(DateRange.of("2026-01-06", "2026-06-01")))
        .containsExactly(spanning, early, sameDayHigherId, late);
    assertThat(ledger.overlapping(DateRange.of("2026-01-07", "2026-05-31"))).containsExactly(spanning);
  }

  @Test
  void removeReportsWhetherTheRecordWasThere() {
    ledger.record(record("R1", "E1", "合作社A", "2026-03-02", "2026-03-04").build());

    assertThat(ledger.remove("R1")).isTrue();
    assertThat(ledger.remove("R1")).isFalse();
    assertThat(ledger.size()).isZero();
  }

  @Test
  void aBatchWithTheSameIdTwiceKeepsTheLaterRecord() {
    ServiceRecord first = record("R1", "E1", "合作社A", "2026-03-02", "2026-03-04").build();
    ServiceRecord later = first.toBuilder().expertId("E2").build();

    ledger.recordAll(List.of(first, later));

    assertThat(ledger.find("R1")).contains(later);
    assertThat(ledger.size()).isEqualTo(1);
  }

  @Test
  void aBatchWithANullIsRejectedWhole() {
    List<ServiceRecord> batch = new ArrayList<>();
    batch.add(record("R1", "E1", "合作社A", "2026-03-02", "2026-03-04").build());
    batch.add(null);

    assertThatThrownBy(() -> ledger.recordAll(batch)).isInstanceOf(NullPointerException.class);
    assertThat(ledger.size()).isZero();
  }

  @Test
  void concurrentWritersLoseNothing() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int thread = t;
        done.add(pool.submit(() -> {
          for (int i = 0; i < 25; i++) {
            ledger.record(record("T" + thread + "-" + i, "E" + thread, "合作社A", "2026-03-02", "2026-03-04").build());
          }
        }));
      }
      for (Future<?> f : done) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(ledger.size()).isEqualTo(100);
    assertThat(ledger.forExpert("E3")).hasSize(25);
  }
}
