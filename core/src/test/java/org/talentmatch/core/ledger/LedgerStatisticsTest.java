package org.talentmatch.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.talentmatch.core.ledger.Records.LINQU;
import static org.talentmatch.core.ledger.Records.LIXIA;
import static org.talentmatch.core.ledger.Records.SHOUGUANG;
import static org.talentmatch.core.ledger.Records.record;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.talentmatch.api.ledger.ServiceStatus;
import org.talentmatch.api.model.Program;

/** Known figures on a hand-built ledger of 2026 (dates checked against the 2026 holiday notice). */
class LedgerStatisticsTest {
  /**
   * E1: Sat 14 Feb (adjusted working day) + Sun 15, Mon 16 (Spring Festival), priority area, rated 5;
   * and Sat 7 .. Mon 9 March (two weekend days) as a commissioner in another county.
   * E2: Tue 10 .. Wed 11 March, rated 1, and a no-show. E3: a two-year placement (365 days of 2026)
   * and a cancelled priority-area service in 历下区. E4: 13 working-week days. E1 also served in
   * 2025, which must not count.
   */
  private final InMemoryServiceLedger ledger = InMemoryServiceLedger.of(List.of(
      record("R1", "E1", "合作社A", "2026-02-14", "2026-02-16").priorityArea(true).rating(5).build(),
      record("R2", "E1", "合作社B", "2026-03-07", "2026-03-09").region(LINQU)
          .program(Program.SCI_TECH_COMMISSIONER).build(),
      record("R3", "E2", "合作社A", "2026-03-10", "2026-03-11").rating(1).build(),
      record("R4", "E2", "合作社A", "2026-04-01", "2026-04-01").status(ServiceStatus.NO_SHOW).build(),
      record("R5", "E3", "合作社C", "2026-05-06", "2026-05-08").region(LIXIA).priorityArea(true)
          .status(ServiceStatus.CANCELLED).build(),
      record("R6", "E3", "合作社C", "2025-09-01", "2027-08-31").region(LINQU).program(Program.SANZHI_YIFU).build(),
      record("R7", "E4", "合作社D", "2026-03-02", "2026-03-14").build(),
      record("R8", "E1", "合作社A", "2025-12-30", "2025-12-31").build()));

  private final LedgerStatistics stats =
      LedgerStatistics.forYear(ledger, 2026, HolidayCalendar.china(), StatisticsOptions.defaults());

  @Test
  void perExpertCountsCompletedServicesDaysAndCompensatoryLeave() {
    ExpertYear e1 = expert("E1");
    assertThat(e1.services()).isEqualTo(2);
    assertThat(e1.served()).isEqualTo(new ServedDays(6, 2, 2));
    assertThat(e1.compensatoryLeaveDays()).isEqualTo(4);
    assertThat(e1.priorityAreaDays()).isEqualTo(3);
    assertThat(e1.programs()).containsExactly(Program.EXPERT_SERVICE, Program.SCI_TECH_COMMISSIONER);
    assertThat(e1.counties()).containsExactly(LINQU, SHOUGUANG);
    assertThat(e1.meanRating()).isEqualTo(OptionalDouble.of(5.0));
    assertThat(e1.score()).isEqualTo(6 + 3 + 2 * (5 - 3));

    ExpertYear e2 = expert("E2");
    assertThat(e2.services()).isEqualTo(1);
    assertThat(e2.noShows()).isEqualTo(1);
    assertThat(e2.score()).isEqualTo(2 + 2 * (1 - 3) - 5);

    ExpertYear e3 = expert("E3"); // only the days of 2026; the cancelled service counts for nothing
    assertThat(e3.services()).isEqualTo(1);
    assertThat(e3.served()).isEqualTo(new ServedDays(365, 84, 33));
    assertThat(e3.compensatoryLeaveDays()).isEqualTo(117);
    assertThat(e3.score()).isEqualTo(30); // capped at 30 days a service
  }

  @Test
  void commendationRanksByScoreThenIdAndLeavesOutNonPositiveScores() {
    assertThat(stats.commendedIndividuals()).extracting(ExpertYear::expertId).containsExactly("E3", "E1", "E4");
    assertThat(expert("E4").score()).isEqualTo(expert("E1").score()); // the tie, broken by id

    LedgerStatistics topOne = LedgerStatistics.forYear(ledger, 2026, HolidayCalendar.china(),
        StatisticsOptions.builder().topIndividuals(1).topUnits(2).build());
    assertThat(topOne.commendedIndividuals()).extracting(ExpertYear::expertId).containsExactly("E3");
    assertThat(topOne.commendedUnits()).extracting(UnitYear::name).containsExactly("合作社C", "合作社D");
  }

  @Test
  void weightsChangeTheRanking() {
    LedgerStatistics uncapped = LedgerStatistics.forYear(ledger, 2026, HolidayCalendar.china(),
        StatisticsOptions.builder().daysWeight(0).priorityAreaWeight(10).ratingWeight(0).build());

    assertThat(uncapped.commendedIndividuals()).extracting(ExpertYear::expertId).containsExactly("E1");
  }

  @Test
  void perUnitAndPerCountyCountServicesReceivedByProgram() {
    UnitYear a = stats.units().stream().filter(u -> u.name().equals("合作社A")).findFirst().orElseThrow();
    assertThat(a.services()).isEqualTo(2);
    assertThat(a.daysReceived()).isEqualTo(5);
    assertThat(a.priorityAreaDays()).isEqualTo(3);
    assertThat(a.score()).isEqualTo(5 + 3);
    assertThat(stats.units()).extracting(UnitYear::name).containsExactly("合作社A", "合作社B", "合作社C", "合作社D");

    CountyYear linqu = county(LINQU);
    assertThat(linqu.services()).isEqualTo(2);
    assertThat(linqu.servicesByProgram())
        .isEqualTo(Map.of(Program.SCI_TECH_COMMISSIONER, 1, Program.SANZHI_YIFU, 1));
    assertThat(county(SHOUGUANG).services()).isEqualTo(3);
    assertThat(stats.counties()).hasSizeGreaterThanOrEqualTo(151);
    assertThat(stats.servicesByCity()).containsEntry("潍坊市", 5).containsEntry("济南市", 0).hasSize(16);
  }

  @Test
  void priorityCountiesWithNoCompletedServiceAreListed() {
    // By default: counties where the year's ledger flags a priority-area record. 寿光 was served.
    assertThat(stats.unservedPriorityCounties()).extracting(CountyYear::code).containsExactly(LIXIA);

    LedgerStatistics official = LedgerStatistics.forYear(ledger, 2026, HolidayCalendar.china(),
        StatisticsOptions.builder().priorityCounties(Set.of(LINQU, "371521")).build());
    assertThat(official.unservedPriorityCounties()).extracting(CountyYear::code).containsExactly("371521");
  }

  @Test
  void aYearTheCalendarLacksIsAnErrorUnlessWeekendsOnlyIsChosen() {
    assertThatThrownBy(() -> LedgerStatistics.forYear(ledger, 2027, HolidayCalendar.china(),
        StatisticsOptions.defaults())).hasMessageContaining("2027");

    LedgerStatistics y2027 = LedgerStatistics.forYear(ledger, 2027, HolidayCalendar.weekendsOnly(),
        StatisticsOptions.defaults());
    assertThat(y2027.experts()).extracting(ExpertYear::expertId).containsExactly("E3");
    assertThat(y2027.experts().get(0).served().days()).isEqualTo(243); // 1 January .. 31 August 2027
  }

  private ExpertYear expert(String id) {
    return stats.experts().stream().filter(e -> e.expertId().equals(id)).findFirst().orElseThrow();
  }

  private CountyYear county(String code) {
    return stats.counties().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
  }
}
