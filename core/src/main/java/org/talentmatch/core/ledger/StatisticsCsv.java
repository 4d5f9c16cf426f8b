package org.talentmatch.core.ledger;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.talentmatch.api.model.Program;
import org.talentmatch.core.io.AtomicFiles;

/**
 * The tables of {@link LedgerStatistics} as CSV files (see {@link CsvTable}), headers in Chinese
 * and English. Numbers use a dot and no grouping whatever the locale.
 */
public final class StatisticsCsv {
  public static final String EXPERTS = "experts.csv";
  public static final String UNITS = "units.csv";
  public static final String COUNTIES = "counties.csv";
  public static final String UNSERVED_PRIORITY_COUNTIES = "unserved-priority-counties.csv";
  public static final String COMMENDED_INDIVIDUALS = "commendation-individuals.csv";
  public static final String COMMENDED_UNITS = "commendation-units.csv";

  private static final List<String> EXPERT_HEADER = List.of("专家编号 Expert ID", "服务次数 Services",
      "服务天数 Days served", "周末天数 Weekend days", "节假日天数 Holiday days", "可调休天数 Compensatory leave days",
      "重点地区服务天数 Priority-area days", "缺席次数 No-shows", "平均评分 Mean rating", "服务项目 Programs",
      "服务县区 Counties", "表彰得分 Score");
  private static final List<String> UNIT_HEADER = List.of("服务单位 Host unit", "单位类型 Type", "县区代码 County code",
      "接受服务次数 Services received", "接受服务天数 Days received", "重点地区服务天数 Priority-area days",
      "按项目 By program", "表彰得分 Score");
  private static final List<String> COUNTY_HEADER = List.of("县区代码 County code", "县区 County", "市 City",
      "重点地区 Priority area", "接受服务次数 Services received", "接受服务天数 Days received", "按项目 By program");
  private static final String RANK = "名次 Rank";

  private StatisticsCsv() {}

  /** Every table by file name, in a fixed order. */
  public static Map<String, CsvTable> tables(LedgerStatistics statistics) {
    requireNonNull(statistics, "statistics");
    Map<String, CsvTable> tables = new LinkedHashMap<>();
    tables.put(EXPERTS, CsvTable.of(EXPERT_HEADER, statistics.experts().stream().map(StatisticsCsv::row).toList()));
    tables.put(UNITS, CsvTable.of(UNIT_HEADER, statistics.units().stream().map(StatisticsCsv::row).toList()));
    tables.put(COUNTIES, CsvTable.of(COUNTY_HEADER, statistics.counties().stream().map(StatisticsCsv::row).toList()));
    tables.put(UNSERVED_PRIORITY_COUNTIES, CsvTable.of(COUNTY_HEADER,
        statistics.unservedPriorityCounties().stream().map(StatisticsCsv::row).toList()));
    tables.put(COMMENDED_INDIVIDUALS, ranked(EXPERT_HEADER,
        statistics.commendedIndividuals().stream().map(StatisticsCsv::row).toList()));
    tables.put(COMMENDED_UNITS, ranked(UNIT_HEADER,
        statistics.commendedUnits().stream().map(StatisticsCsv::row).toList()));
    return tables;
  }

  /**
   * Writes every table into {@code directory}, each file atomically ({@link AtomicFiles}): a reader
   * sees a table whole or not at all. Returns the files written.
   */
  public static List<Path> writeAll(LedgerStatistics statistics, Path directory) throws IOException {
    requireNonNull(directory, "directory");
    List<Path> written = new ArrayList<>();
    for (Map.Entry<String, CsvTable> table : tables(statistics).entrySet()) {
      Path file = directory.resolve(table.getKey());
      AtomicFiles.write(file, table.getValue().toBytes());
      written.add(file);
    }
    return written;
  }

  private static CsvTable ranked(List<String> header, List<List<String>> rows) {
    List<String> rankedHeader = new ArrayList<>();
    rankedHeader.add(RANK);
    rankedHeader.addAll(header);
    List<List<String>> rankedRows = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      List<String> row = new ArrayList<>();
      row.add(Integer.toString(i + 1));
      row.addAll(rows.get(i));
      rankedRows.add(row);
    }
    return CsvTable.of(rankedHeader, rankedRows);
  }

  private static List<String> row(ExpertYear e) {
    return List.of(e.expertId(), num(e.services()), num(e.served().days()), num(e.served().weekendDays()),
        num(e.served().holidayDays()), num(e.compensatoryLeaveDays()), num(e.priorityAreaDays()), num(e.noShows()),
        mean(e.meanRating()), e.programs().stream().map(Program::name).collect(Collectors.joining(" ")),
        String.join(" ", e.counties()), decimal(e.score()));
  }

  private static List<String> row(UnitYear u) {
    return List.of(u.name(), u.type().name(), u.region(), num(u.services()), num(u.daysReceived()),
        num(u.priorityAreaDays()), byProgram(u.servicesByProgram()), decimal(u.score()));
  }

  private static List<String> row(CountyYear c) {
    return List.of(c.code(), c.name(), c.city(), c.priorityArea() ? "是 yes" : "否 no", num(c.services()),
        num(c.daysReceived()), byProgram(c.servicesByProgram()));
  }

  /** {@code EXPERT_SERVICE:2 SANZHI_YIFU:1}, programs in their enum order. */
  private static String byProgram(Map<Program, Integer> counts) {
    List<String> parts = new ArrayList<>();
    for (Program program : Program.values()) {
      Integer count = counts.get(program);
      if (count != null) {
        parts.add(program.name() + ":" + count);
      }
    }
    return String.join(" ", parts);
  }

  private static String num(int value) {
    return Integer.toString(value);
  }

  private static String decimal(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  private static String mean(OptionalDouble value) {
    return value.isPresent() ? decimal(value.getAsDouble()) : "";
  }
}
