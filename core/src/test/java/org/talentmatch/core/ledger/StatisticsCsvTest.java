package org.talentmatch.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.talentmatch.core.ledger.Records.record;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StatisticsCsvTest {
  @TempDir Path dir;

  @Test
  void fieldsAreQuotedAsRfc4180SaysAndLinesEndInCrLf() {
    CsvTable table = CsvTable.of(List.of("名称 Name", "备注 Note"),
        List.of(List.of("合作社, 寿光", "他说\"好\""), List.of("两行\n文字", "plain")));

    String text = new String(table.toBytes(), StandardCharsets.UTF_8);

    assertThat(text).isEqualTo("\uFEFF名称 Name,备注 Note\r\n\"合作社, 寿光\",\"他说\"\"好\"\"\"\r\n\"两行\n文字\",plain\r\n");
  }

  @Test
  void everyTableIsWrittenWithABomAndABilingualHeaderAndNoTemporaryFileRemains() throws Exception {
    LedgerStatistics stats = LedgerStatistics.of(List.of(
            record("R1", "E1", "合作社,甲", "2026-02-14", "2026-02-16").priorityArea(true).rating(5).build()),
        2026, HolidayCalendar.china(), StatisticsOptions.defaults());

    List<Path> files = StatisticsCsv.writeAll(stats, dir.resolve("out"));

    assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly(StatisticsCsv.EXPERTS,
        StatisticsCsv.UNITS, StatisticsCsv.COUNTIES, StatisticsCsv.UNSERVED_PRIORITY_COUNTIES,
        StatisticsCsv.COMMENDED_INDIVIDUALS, StatisticsCsv.COMMENDED_UNITS);
    for (Path file : files) {
      byte[] bytes = Files.readAllBytes(file);
      assertThat(Arrays.copyOf(bytes, 3)).as(file.toString()).containsExactly(0xEF, 0xBB, 0xBF);
    }
    String experts = Files.readString(dir.resolve("out").resolve(StatisticsCsv.EXPERTS), StandardCharsets.UTF_8);
    assertThat(experts).startsWith("\uFEFF专家编号 Expert ID,服务次数 Services,服务天数 Days served,")
        .contains("\r\nE1,1,3,0,2,2,3,0,5.00,EXPERT_SERVICE,370783,10.00\r\n");
    assertThat(Files.readString(dir.resolve("out").resolve(StatisticsCsv.COMMENDED_UNITS)))
        .contains("\r\n1,\"合作社,甲\",COOPERATIVE,370783,1,3,3,EXPERT_SERVICE:1,6.00\r\n");
    try (Stream<Path> listing = Files.list(dir.resolve("out"))) {
      assertThat(listing.filter(p -> p.getFileName().toString().endsWith(".tmp"))).isEmpty();
    }
  }
}
