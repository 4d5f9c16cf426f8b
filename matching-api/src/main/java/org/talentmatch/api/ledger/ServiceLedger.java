package org.talentmatch.api.ledger;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.talentmatch.api.model.DateRange;

/**
 * Where service records are kept: the storage SPI of the ledger. The library ships an in-memory
 * and a plain-JDBC implementation; a host may plug in its own.
 *
 * <p>Every list this interface returns is immutable and in {@linkplain #DATE_ORDER date order}.
 *
 * <p><b>Thread safety.</b> Implementations are safe for concurrent use by any number of threads.
 * Each method is atomic: {@link #recordAll} stores every record or none, and a concurrent reader
 * sees either none or all of one call's changes, never part of them.
 *
 * <p>Failures of the underlying storage surface as {@link LedgerStorageException}, after which the
 * ledger holds what it held before the failing call.
 */
public interface ServiceLedger {

  /** Start day, then end day, then record id: a total order, so that equal ledgers list equally. */
  Comparator<ServiceRecord> DATE_ORDER = Comparator
      .comparing((ServiceRecord r) -> r.dates().start())
      .thenComparing(r -> r.dates().end())
      .thenComparing(ServiceRecord::recordId);

  /** Stores {@code record}, replacing the record with the same id if there is one (idempotent). */
  void record(ServiceRecord record);

  /**
   * Stores all {@code records} at once, each replacing the record with its id; when two of them
   * share an id the later one wins.
   */
  void recordAll(Collection<ServiceRecord> records);

  /** Removes the record with this id; false when there was none. */
  boolean remove(String recordId);

  Optional<ServiceRecord> find(String recordId);

  /** Records whose dates share at least one day with {@code range}. */
  List<ServiceRecord> overlapping(DateRange range);

  /** Every record of this expert, all years. */
  List<ServiceRecord> forExpert(String expertId);

  /** Every record of the host unit with this name (host units are told apart by name), all years. */
  List<ServiceRecord> forHostUnit(String hostUnitName);

  /** Number of records kept. */
  int size();

  /** Records of a calendar year: those with at least one day in it (a two-year placement is in both). */
  default List<ServiceRecord> forYear(int year) {
    return overlapping(DateRange.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
  }
}
