package org.talentmatch.core.ledger;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.talentmatch.api.ledger.ServiceLedger;
import org.talentmatch.api.ledger.ServiceRecord;
import org.talentmatch.api.ledger.ServiceStatus;
import org.talentmatch.api.model.DateRange;
import org.talentmatch.api.model.HostUnitType;
import org.talentmatch.api.model.Program;
import org.talentmatch.core.region.County;
import org.talentmatch.core.region.ShandongRegions;

/**
 * A year's account from a ledger: per expert, per host unit and per county, the priority-area
 * counties left unserved, and the commendation candidates (the notice: 每年通报表扬30个单位和100位个人;
 * its service record counts toward title evaluation, and weekend or holiday service earns
 * compensatory leave). Immutable.
 *
 * <p>A record belongs to every year it has a day in, and only its days inside the year count.
 * Services, days and compensatory leave count COMPLETED records only; a NO_SHOW counts against the
 * expert's commendation score; a CANCELLED record counts neither way. The formula is in {@link
 * StatisticsOptions}.
 */
public final class LedgerStatistics {
  private static final Comparator<ExpertYear> EXPERT_RANK =
      Comparator.comparingDouble(ExpertYear::score).reversed().thenComparing(ExpertYear::expertId);
  private static final Comparator<UnitYear> UNIT_RANK =
      Comparator.comparingDouble(UnitYear::score).reversed().thenComparing(UnitYear::name);

  private final int year;
  private final List<ExpertYear> experts;
  private final List<UnitYear> units;
  private final List<CountyYear> counties;
  private final List<ExpertYear> commendedIndividuals;
  private final List<UnitYear> commendedUnits;

  private LedgerStatistics(int year, List<ExpertYear> experts, List<UnitYear> units, List<CountyYear> counties,
      StatisticsOptions options) {
    this.year = year;
    this.experts = List.copyOf(experts);
    this.units = List.copyOf(units);
    this.counties = List.copyOf(counties);
    this.commendedIndividuals = experts.stream().filter(e -> e.services() > 0 && e.score() > 0)
        .sorted(EXPERT_RANK).limit(options.topIndividuals()).toList();
    this.commendedUnits = units.stream().filter(u -> u.services() > 0 && u.score() > 0)
        .sorted(UNIT_RANK).limit(options.topUnits()).toList();
  }

  /**
   * The statistics of {@code year} from {@code ledger}.
   *
   * @throws IllegalArgumentException when a completed service of the year has days in a year the
   *     calendar does not cover
   */
  public static LedgerStatistics forYear(ServiceLedger ledger, int year, HolidayCalendar calendar,
      StatisticsOptions options) {
    requireNonNull(ledger, "ledger");
    return of(ledger.forYear(year), year, calendar, options);
  }

  /** The statistics of {@code year} from the records of that year (others are ignored). */
  public static LedgerStatistics of(List<ServiceRecord> records, int year, HolidayCalendar calendar,
      StatisticsOptions options) {
    requireNonNull(records, "records");
    requireNonNull(calendar, "calendar");
    requireNonNull(options, "options");
    checkArgument(year >= 1 && year <= 9999, "year must be in 1..9999: %s", year);
    DateRange wholeYear = DateRange.of(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    Set<String> priorityCounties = options.priorityCounties().orElseGet(() -> flaggedCounties(records, wholeYear));

    Map<String, ExpertTally> experts = new TreeMap<>();
    Map<String, UnitTally> units = new TreeMap<>();
    Map<String, CountyTally> counties = new LinkedHashMap<>();
    ShandongRegions.get().counties().forEach(c -> counties.put(c.code(), new CountyTally()));
    for (ServiceRecord r : records) {
      if (!r.dates().overlaps(wholeYear)) {
        continue;
      }
      ExpertTally expert = experts.computeIfAbsent(r.expertId(), id -> new ExpertTally());
      if (r.status() == ServiceStatus.NO_SHOW) {
        expert.noShows++;
      }
      if (!r.isCompleted()) {
        continue;
      }
      DateRange inYear = DateRange.of(max(r.dates().start(), wholeYear.start()), min(r.dates().end(), wholeYear.end()));
      ServedDays served = calendar.count(inYear);
      int countedDays = Math.min(served.days(), options.maxDaysPerService());
      int priorityDays = r.priorityArea() ? served.days() : 0;
      int countedPriorityDays = r.priorityArea() ? countedDays : 0;

      expert.services++;
      expert.served = expert.served.plus(served);
      expert.priorityAreaDays += priorityDays;
      expert.countedDays += countedDays;
      expert.countedPriorityDays += countedPriorityDays;
      expert.programs.add(r.program());
      expert.counties.add(r.region());
      r.rating().ifPresent(rating -> {
        expert.ratingSum += rating;
        expert.rated++;
      });

      UnitTally unit = units.computeIfAbsent(r.hostUnit().name(), name -> new UnitTally());
      unit.add(r.program(), served.days(), countedDays, priorityDays, countedPriorityDays);
      if (unit.latest == null || ServiceLedger.DATE_ORDER.compare(r, unit.latest) > 0) {
        unit.latest = r;
      }
      counties.computeIfAbsent(r.region(), code -> new CountyTally()).add(r.program(), served.days());
    }

    List<ExpertYear> expertYears = new ArrayList<>();
    experts.forEach((id, t) -> expertYears.add(t.toYear(id, options)));
    List<UnitYear> unitYears = new ArrayList<>();
    units.forEach((name, t) -> unitYears.add(t.toYear(name, options)));
    List<CountyYear> countyYears = new ArrayList<>();
    counties.forEach((code, t) -> countyYears.add(t.toYear(code, priorityCounties.contains(code))));
    return new LedgerStatistics(year, expertYears, unitYears, countyYears, options);
  }

  public int year() {
    return year;
  }

  /** Every expert with a record in the year (no-shows included), by id. */
  public List<ExpertYear> experts() {
    return experts;
  }

  /** Every host unit that received a completed service, by name. */
  public List<UnitYear> units() {
    return units;
  }

  /** Every Shandong county in {@link ShandongRegions} order (served or not), then other codes served. */
  public List<CountyYear> counties() {
    return counties;
  }

  /** Priority-area counties that received no completed service in the year, in county order. */
  public List<CountyYear> unservedPriorityCounties() {
    return counties.stream().filter(c -> c.priorityArea() && c.services() == 0).toList();
  }

  /** The top individuals, best first (at most {@link StatisticsOptions#topIndividuals()}). */
  public List<ExpertYear> commendedIndividuals() {
    return commendedIndividuals;
  }

  /** The top host units, best first (at most {@link StatisticsOptions#topUnits()}). */
  public List<UnitYear> commendedUnits() {
    return commendedUnits;
  }

  /** Completed services per city name, every Shandong city in code order (zero included), then others. */
  public Map<String, Integer> servicesByCity() {
    ShandongRegions regions = ShandongRegions.get();
    Map<String, Integer> byCity = new LinkedHashMap<>();
    new TreeMap<>(regions.cities()).values().forEach(city -> byCity.put(city, 0));
    counties.forEach(c -> byCity.merge(c.city(), c.services(), Integer::sum));
    return byCity;
  }

  private static Set<String> flaggedCounties(List<ServiceRecord> records, DateRange wholeYear) {
    Set<String> flagged = new HashSet<>();
    records.stream().filter(r -> r.priorityArea() && r.dates().overlaps(wholeYear)).forEach(r -> flagged.add(r.region()));
    return flagged;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private static final class ExpertTally {
    int services;
    ServedDays served = ServedDays.NONE;
    int priorityAreaDays;
    int countedDays;
    int countedPriorityDays;
    int noShows;
    int ratingSum;
    int rated;
    final Set<Program> programs = new TreeSet<>();
    final Set<String> counties = new TreeSet<>();

    ExpertYear toYear(String id, StatisticsOptions o) {
      double ratingTerm = ratingSum - 3.0 * rated;
      double score = o.daysWeight() * countedDays + o.priorityAreaWeight() * countedPriorityDays
          + o.ratingWeight() * ratingTerm - o.noShowPenalty() * noShows;
      OptionalDouble mean = rated == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) ratingSum / rated);
      return new ExpertYear(id, services, served, priorityAreaDays, noShows, List.copyOf(programs),
          List.copyOf(counties), mean, score);
    }
  }

  private static final class UnitTally {
    int services;
    int days;
    int countedDays;
    int priorityAreaDays;
    int countedPriorityDays;
    final Map<Program, Integer> byProgram = new EnumMap<>(Program.class);
    ServiceRecord latest;

    void add(Program program, int served, int counted, int priority, int countedPriority) {
      services++;
      days += served;
      countedDays += counted;
      priorityAreaDays += priority;
      countedPriorityDays += countedPriority;
      byProgram.merge(program, 1, Integer::sum);
    }

    UnitYear toYear(String name, StatisticsOptions o) {
      HostUnitType type = latest.hostUnit().type();
      double score = o.daysWeight() * countedDays + o.priorityAreaWeight() * countedPriorityDays;
      return new UnitYear(name, type, latest.region(), services, days, priorityAreaDays, byProgram, score);
    }
  }

  private static final class CountyTally {
    int services;
    int days;
    final Map<Program, Integer> byProgram = new EnumMap<>(Program.class);

    void add(Program program, int served) {
      services++;
      days += served;
      byProgram.merge(program, 1, Integer::sum);
    }

    CountyYear toYear(String code, boolean priorityArea) {
      Optional<County> county = ShandongRegions.get().county(code);
      return new CountyYear(code, county.map(County::name).orElse(""),
          ShandongRegions.get().cityName(code), priorityArea, services, days, byProgram);
    }
  }
}
