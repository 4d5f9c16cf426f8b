package org.talentmatch.examples.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.talentmatch.api.ledger.ServiceRecord;
import org.talentmatch.core.io.AtomicFiles;
import org.talentmatch.core.io.LedgerJson;
import org.talentmatch.core.ledger.HolidayCalendar;
import org.talentmatch.core.ledger.InMemoryServiceLedger;
import org.talentmatch.core.ledger.LedgerStatistics;
import org.talentmatch.core.ledger.StatisticsCsv;
import org.talentmatch.core.ledger.StatisticsOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Yearly statistics of a ledger file (docs/LEDGER.md): CSV tables and summary.html.")
final class ReportCommand implements Callable<Integer> {
  static final String SUMMARY = "summary.html";

  @Spec CommandSpec spec;

  @Option(names = "--ledger", required = true, description = "ledger file (talentmatch/v1-ledger)")
  Path ledgerFile;

  @Option(names = "--year", required = true, description = "calendar year to report")
  int year;

  @Option(names = "--out", required = true, description = "output directory (created if absent)")
  Path outDir;

  @Option(names = "--top-individuals", defaultValue = "100", description = "individuals to commend (default ${DEFAULT-VALUE})")
  int topIndividuals;

  @Option(names = "--top-units", defaultValue = "30", description = "units to commend (default ${DEFAULT-VALUE})")
  int topUnits;

  @Option(names = "--weekends-only", description = "count Saturdays and Sundays only, for a year the holiday calendar lacks")
  boolean weekendsOnly;

  @Override
  public Integer call() throws Exception {
    if (topIndividuals < 0 || topUnits < 0) {
      throw new TalentMatchCli.BadInputException("--top-individuals and --top-units must be ≥ 0");
    }
    HolidayCalendar calendar = weekendsOnly ? HolidayCalendar.weekendsOnly() : HolidayCalendar.china();
    if (!calendar.covers(year)) {
      throw new TalentMatchCli.BadInputException("the holiday calendar has no arrangement for " + year
          + " (it covers " + calendar.years() + "); pass --weekends-only to count weekends alone");
    }
    List<ServiceRecord> records = LedgerJson.read(ledgerFile);
    StatisticsOptions options = StatisticsOptions.builder().topIndividuals(topIndividuals).topUnits(topUnits).build();
    LedgerStatistics stats;
    try {
      stats = LedgerStatistics.forYear(InMemoryServiceLedger.of(records), year, calendar, options);
    } catch (IllegalArgumentException e) { // a service of the year runs into a year the calendar lacks
      throw new TalentMatchCli.BadInputException(e.getMessage());
    }
    List<Path> written = StatisticsCsv.writeAll(stats, outDir);
    AtomicFiles.write(outDir.resolve(SUMMARY), summaryHtml(stats).getBytes(StandardCharsets.UTF_8));

    PrintWriter out = spec.commandLine().getOut();
    out.println("year " + year + ": " + stats.experts().size() + " experts, " + stats.units().size() + " host units, "
        + stats.unservedPriorityCounties().size() + " unserved priority-area counties");
    out.println("commended: " + stats.commendedIndividuals().size() + " individuals, " + stats.commendedUnits().size()
        + " units");
    written.forEach(file -> out.println("wrote " + file));
    out.println("wrote " + outDir.resolve(SUMMARY));
    out.flush();
    return TalentMatchCli.EXIT_OK;
  }

  /** A short page: the headline figures and an inline SVG bar chart of services per city. */
  static String summaryHtml(LedgerStatistics stats) {
    int services = stats.experts().stream().mapToInt(e -> e.services()).sum();
    int leave = stats.experts().stream().mapToInt(e -> e.compensatoryLeaveDays()).sum();
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head><meta charset=\"utf-8\"><title>")
        .append(stats.year()).append(" 人才服务基层年度统计 Yearly service report</title></head>\n<body>\n")
        .append("<h1>").append(stats.year()).append(" 人才服务基层年度统计 Yearly service report</h1>\n<ul>\n")
        .append(item("完成服务 Completed services", services))
        .append(item("服务专家 Experts", stats.experts().size()))
        .append(item("接受服务单位 Host units served", stats.units().size()))
        .append(item("可调休天数合计 Compensatory leave days", leave))
        .append(item("无服务的重点地区县区 Unserved priority-area counties", stats.unservedPriorityCounties().size()))
        .append(item("表彰候选个人 Individuals commended", stats.commendedIndividuals().size()))
        .append(item("表彰候选单位 Units commended", stats.commendedUnits().size()))
        .append("</ul>\n<h2>各市完成服务次数 Services per city</h2>\n")
        .append(barChart(stats.servicesByCity()))
        .append("</body>\n</html>\n");
    return html.toString();
  }

  private static String item(String label, int value) {
    return "<li>" + label + ": " + value + "</li>\n";
  }

  /** Horizontal bars, one per city, scaled to the largest; the value is printed after each bar. */
  static String barChart(Map<String, Integer> values) {
    int rowHeight = 24;
    int labelWidth = 90;
    int barWidth = 400;
    int max = Math.max(1, Collections.max(values.values(), Integer::compare));
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(labelWidth + barWidth + 60)
        .append("\" height=\"").append(values.size() * rowHeight + 10).append("\" role=\"img\" aria-label=\"")
        .append("Services per city\" font-family=\"sans-serif\" font-size=\"13\">\n");
    int row = 0;
    for (Map.Entry<String, Integer> entry : values.entrySet()) {
      int y = 5 + row * rowHeight;
      int width = (int) Math.round((double) entry.getValue() / max * barWidth);
      svg.append("  <text x=\"0\" y=\"").append(y + 16).append("\">").append(escape(entry.getKey())).append("</text>")
          .append("<rect x=\"").append(labelWidth).append("\" y=\"").append(y + 3).append("\" width=\"").append(width)
          .append("\" height=\"").append(rowHeight - 6).append("\" fill=\"#3b7dd8\"/>")
          .append("<text x=\"").append(labelWidth + width + 4).append("\" y=\"").append(y + 16).append("\">")
          .append(entry.getValue()).append("</text>\n");
      row++;
    }
    return svg.append("</svg>\n").toString();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
