package org.talentmatch.portal.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.talentmatch.api.InvalidProblemException;
import org.talentmatch.api.ValidationError;
import org.talentmatch.api.ledger.ServiceLedger;
import org.talentmatch.api.ledger.ServiceRecord;
import org.talentmatch.core.io.LedgerJson;
import org.talentmatch.core.ledger.CountyYear;
import org.talentmatch.core.ledger.CsvTable;
import org.talentmatch.core.ledger.ExpertYear;
import org.talentmatch.core.ledger.HolidayCalendar;
import org.talentmatch.core.ledger.LedgerStatistics;
import org.talentmatch.core.ledger.StatisticsCsv;
import org.talentmatch.core.ledger.StatisticsOptions;
import org.talentmatch.core.ledger.UnitYear;
import org.talentmatch.portal.NotFoundException;

/** The service ledger (台账): recording services, a year's statistics and their CSV exports. */
@RestController
@RequestMapping("/api/ledger")
@Tag(name = "ledger")
public class LedgerResource {
  private final ServiceLedger ledger;
  private final HolidayCalendar calendar;

  public LedgerResource(ServiceLedger ledger, HolidayCalendar calendar) {
    this.ledger = ledger;
    this.calendar = calendar;
  }

  /** Records services (a LEDGER.md document); a record whose id is known replaces it. */
  @PostMapping(path = "/records", consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  public Map<String, Integer> record(@RequestBody String body) throws InvalidProblemException {
    List<ServiceRecord> records = LedgerJson.read(body);
    ledger.recordAll(records);
    return Map.of("recorded", records.size());
  }

  /** A year's statistics as the API shows them (the CSV exports hold the same tables). */
  public record YearStatistics(int year, Map<String, Integer> servicesByCity, List<ExpertYear> experts,
      List<UnitYear> units, List<CountyYear> counties, List<CountyYear> unservedPriorityCounties,
      List<ExpertYear> commendedIndividuals, List<UnitYear> commendedUnits) {

    static YearStatistics of(LedgerStatistics s) {
      return new YearStatistics(s.year(), s.servicesByCity(), s.experts(), s.units(), s.counties(),
          s.unservedPriorityCounties(), s.commendedIndividuals(), s.commendedUnits());
    }
  }

  /** The year's statistics: per expert, unit and county, priority counties unserved, commendations, per city. */
  @GetMapping(path = "/statistics", produces = MediaType.APPLICATION_JSON_VALUE)
  public YearStatistics statistics(@RequestParam int year) throws InvalidProblemException {
    return YearStatistics.of(forYear(year));
  }

  /** One of the statistics tables as CSV (UTF-8 with BOM, for spreadsheets), e.g. {@code counties.csv}. */
  @GetMapping(path = "/exports/{file}", produces = "text/csv")
  public ResponseEntity<byte[]> export(@PathVariable String file, @RequestParam int year)
      throws InvalidProblemException {
    Map<String, CsvTable> tables = StatisticsCsv.tables(forYear(year));
    CsvTable table = tables.get(file);
    if (table == null) {
      throw new NotFoundException("no export " + file + "; there are " + tables.keySet());
    }
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(year + "-" + file).build()
            .toString())
        .body(table.toBytes());
  }

  private LedgerStatistics forYear(int year) throws InvalidProblemException {
    RequestLimits.check("year", year, 2000, 2100);
    if (!calendar.covers(year) && ledger.forYear(year).stream().anyMatch(ServiceRecord::isCompleted)) {
      throw new InvalidProblemException(List.of(new ValidationError("year", "the holiday calendar has no "
          + year + ": services on its weekends and holidays cannot be counted (docs/LEDGER.md)")));
    }
    return LedgerStatistics.forYear(ledger, year, calendar, StatisticsOptions.defaults());
  }
}
