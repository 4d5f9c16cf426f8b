package org.talentmatch.core.ledger;

import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.talentmatch.api.ledger.ServiceLedger;
import org.talentmatch.api.ledger.ServiceRecord;
import org.talentmatch.api.model.DateRange;

/**
 * A {@link ServiceLedger} held in memory, for tests, batch jobs over a ledger file and hosts that
 * keep their own store. Queries scan every record: fine for a province's tens of thousands of
 * records a year. Thread-safe as the SPI requires: a read-write lock makes each call atomic.
 */
public final class InMemoryServiceLedger implements ServiceLedger {
  private final Map<String, ServiceRecord> records = new HashMap<>();
  private final ReadWriteLock lock = new ReentrantReadWriteLock();

  public InMemoryServiceLedger() {}

  /** A ledger holding {@code records} (later duplicates of an id win). */
  public static InMemoryServiceLedger of(Collection<ServiceRecord> records) {
    InMemoryServiceLedger ledger = new InMemoryServiceLedger();
    ledger.recordAll(records);
    return ledger;
  }

  @Override
  public void record(ServiceRecord record) {
    recordAll(List.of(requireNonNull(record, "record")));
  }

  @Override
  public void recordAll(Collection<ServiceRecord> batch) {
    List<ServiceRecord> copy = List.copyOf(batch); // rejects nulls before anything changes
    write(() -> copy.forEach(r -> records.put(r.recordId(), r)));
  }

  @Override
  public boolean remove(String recordId) {
    requireNonNull(recordId, "recordId");
    return write(() -> records.remove(recordId) != null);
  }

  @Override
  public Optional<ServiceRecord> find(String recordId) {
    requireNonNull(recordId, "recordId");
    return read(() -> Optional.ofNullable(records.get(recordId)));
  }

  @Override
  public List<ServiceRecord> overlapping(DateRange range) {
    requireNonNull(range, "range");
    return select(r -> r.dates().overlaps(range));
  }

  @Override
  public List<ServiceRecord> forExpert(String expertId) {
    requireNonNull(expertId, "expertId");
    return select(r -> r.expertId().equals(expertId));
  }

  @Override
  public List<ServiceRecord> forHostUnit(String hostUnitName) {
    requireNonNull(hostUnitName, "hostUnitName");
    return select(r -> r.hostUnit().name().equals(hostUnitName));
  }

  @Override
  public int size() {
    return read(records::size);
  }

  private List<ServiceRecord> select(Predicate<ServiceRecord> filter) {
    return read(() -> records.values().stream().filter(filter).sorted(DATE_ORDER).toList());
  }

  private <T> T read(Supplier<T> query) {
    lock.readLock().lock();
    try {
      return query.get();
    } finally {
      lock.readLock().unlock();
    }
  }

  private void write(Runnable change) {
    write(() -> {
      change.run();
      return null;
    });
  }

  private <T> T write(Supplier<T> change) {
    lock.writeLock().lock();
    try {
      return change.get();
    } finally {
      lock.writeLock().unlock();
    }
  }
}
