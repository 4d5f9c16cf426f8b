package org.talentmatch.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.talentmatch.api.ledger.ServiceLedger;
import org.talentmatch.api.ledger.ServiceRecord;
import org.talentmatch.api.ledger.ServiceStatus;
import org.talentmatch.api.model.DateRange;

/** Over random sequences of writes, the JDBC ledger answers every query exactly as the in-memory one. */
class LedgerImplementationsProperties {
  private static final AtomicInteger DATABASES = new AtomicInteger();

  /** A write: record a batch, or remove an id. */
  record Step(List<ServiceRecord> batch, String removeId) {}

  @Property(tries = 40)
  void jdbcAndMemoryBehaveTheSame(@ForAll("steps") List<Step> steps) {
    ServiceLedger memory = new InMemoryServiceLedger();
    ServiceLedger jdbc = JdbcServiceLedger.create("jdbc:h2:mem:p" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
    for (Step step : steps) {
      if (step.removeId() != null) {
        assertThat(jdbc.remove(step.removeId())).isEqualTo(memory.remove(step.removeId()));
      } else {
        memory.recordAll(step.batch());
        jdbc.recordAll(step.batch());
      }
    }
    assertThat(jdbc.size()).isEqualTo(memory.size());
    for (int year = 2024; year <= 2027; year++) {
      assertThat(jdbc.forYear(year)).isEqualTo(memory.forYear(year));
    }
    for (String expert : List.of("E1", "E2", "E3")) {
      assertThat(jdbc.forExpert(expert)).isEqualTo(memory.forExpert(expert));
    }
    assertThat(jdbc.forHostUnit("合作社A")).isEqualTo(memory.forHostUnit("合作社A"));
    DateRange spring = DateRange.of("2026-02-01", "2026-04-30");
    assertThat(jdbc.overlapping(spring)).isEqualTo(memory.overlapping(spring));
  }

  @Provide
  Arbitrary<List<Step>> steps() {
    Arbitrary<Step> batch = records().list().ofMinSize(1).ofMaxSize(4).map(list -> new Step(list, null));
    Arbitrary<Step> removal = ids().map(id -> new Step(List.of(), id));
    return Arbitraries.frequencyOf(
        Tuple.of(4, batch),
        Tuple.of(1, removal)).list().ofMaxSize(12);
  }

  private static Arbitrary<String> ids() {
    return Arbitraries.integers().between(1, 8).map(i -> "R" + i);
  }

  private static Arbitrary<ServiceRecord> records() {
    Arbitrary<Integer> startDay = Arbitraries.integers().between(0, 3 * 365);
    Arbitrary<Integer> length = Arbitraries.integers().between(0, 40);
    return Combinators.combine(ids(), Arbitraries.of("E1", "E2", "E3"), Arbitraries.of("合作社A", "合作社B"),
            startDay, length, Arbitraries.of(ServiceStatus.class), Arbitraries.integers().between(0, 5))
        .as((id, expert, unit, day, days, status, rating) -> {
          LocalDate start = LocalDate.of(2024, 6, 1).plusDays(day);
          ServiceRecord.Builder b = Records.record(id, expert, unit, start.toString(), start.plusDays(days).toString())
              .status(status).priorityArea(day % 3 == 0);
          return (rating == 0 ? b : b.rating(rating)).build();
        });
  }
}
