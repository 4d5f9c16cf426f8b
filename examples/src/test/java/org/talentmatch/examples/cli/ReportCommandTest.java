package org.talentmatch.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
  private static final String LEDGER = """
      {"format": "talentmatch/v1-ledger", "records": [
        {"recordId": "R1", "expertId": "E1", "demandId": "D1", "program": "EXPERT_SERVICE",
         "hostUnit": {"name": "某蔬菜专业合作社", "type": "COOPERATIVE"}, "region": "370783", "priorityArea": true,
         "start": "2026-02-14", "end": "2026-02-16", "status": "COMPLETED", "rating": 5},
        {"recordId": "R2", "expertId": "E2", "demandId": "D2", "program": "MEDICAL_PAIRING",
         "hostUnit": {"name": "某镇卫生院", "type": "CLINIC"}, "region": "370102",
         "start": "2026-03-07", "end": "2026-03-09", "status": "COMPLETED"}
      ]}
      """;

  @RegisterExtension final CapturedConsole console = new CapturedConsole();

  @TempDir Path dir;

  @Test
  void writesEveryCsvWithBomAndASummaryWithAChartOfServicesPerCity() throws Exception {
    Path ledger = Files.writeString(dir.resolve("ledger.json"), LEDGER);
    Path out = dir.resolve("report");

    int exit = TalentMatchCli.run("report", "--ledger", ledger.toString(), "--year", "2026", "--out", out.toString(),
        "--top-individuals", "1", "--top-units", "1");

    assertThat(exit).as(console.err()).isZero();
    assertThat(console.out()).contains("year 2026: 2 experts", "commended: 1 individuals, 1 units");
    byte[] experts = Files.readAllBytes(out.resolve("experts.csv"));
    assertThat(Arrays.copyOf(experts, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    assertThat(new String(experts, StandardCharsets.UTF_8)).contains("\r\nE1,1,3,0,2,2,3,0,5.00,");
    assertThat(out.resolve("commendation-individuals.csv")).exists();
    String html = Files.readString(out.resolve("summary.html"));
    assertThat(html).contains("<svg", "潍坊市", "济南市", "完成服务 Completed services: 2").doesNotContain("<script");
    assertThat(html.split("<rect ", -1)).hasSize(17); // one bar per city of Shandong
  }

  @Test
  void aBadLedgerExitsWithTwoAndNamesThePath() throws Exception {
    Path ledger = Files.writeString(dir.resolve("ledger.json"), LEDGER.replace("\"rating\": 5", "\"rating\": 9"));

    int exit = TalentMatchCli.run("report", "--ledger", ledger.toString(), "--year", "2026", "--out",
        dir.resolve("report").toString());

    assertThat(exit).isEqualTo(TalentMatchCli.EXIT_BAD_INPUT);
    assertThat(console.err()).contains("$.records[0].rating");
    assertThat(dir.resolve("report")).doesNotExist();
  }

  @Test
  void aYearOutsideTheHolidayCalendarExitsWithTwoUnlessWeekendsOnly() throws Exception {
    Path ledger = Files.writeString(dir.resolve("ledger.json"), LEDGER);

    assertThat(TalentMatchCli.run("report", "--ledger", ledger.toString(), "--year", "2027", "--out",
        dir.resolve("r").toString())).isEqualTo(TalentMatchCli.EXIT_BAD_INPUT);
    assertThat(console.err()).contains("no arrangement for 2027", "--weekends-only");
    assertThat(TalentMatchCli.run("report", "--ledger", ledger.toString(), "--year", "2027", "--out",
        dir.resolve("r").toString(), "--weekends-only")).isZero();
    assertThat(TalentMatchCli.run("report", "--ledger", dir.resolve("none.json").toString(), "--year", "2026",
        "--out", dir.resolve("r").toString())).isEqualTo(TalentMatchCli.EXIT_BAD_INPUT);
  }
}
