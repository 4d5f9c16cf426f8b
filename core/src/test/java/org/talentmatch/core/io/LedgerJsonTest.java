package org.talentmatch.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.talentmatch.core.ledger.Records.record;

import com.google.common.primitives.Bytes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentmatch.api.InvalidProblemException;
import org.talentmatch.api.ValidationError;
import org.talentmatch.api.ledger.ServiceRecord;
import org.talentmatch.api.ledger.ServiceStatus;
import org.talentmatch.api.model.HostUnit;
import org.talentmatch.api.model.HostUnitType;

class LedgerJsonTest {
  @TempDir Path dir;

  @Test
  void writtenRecordsReadBackEqualInDateOrder() throws Exception {
    ServiceRecord later = record("R2", "E1", "合作社A", "2026-05-01", "2026-05-03").status(ServiceStatus.NO_SHOW).build();
    ServiceRecord earlier = record("R1", "E2", "某卫生院", "2026-02-14", "2026-02-16").priorityArea(true).rating(4)
        .hostUnit(HostUnit.of("某卫生院", HostUnitType.CLINIC, "某医科大学")).build();
    Path file = dir.resolve("ledger.json");

    LedgerJson.write(List.of(later, earlier), file);

    assertThat(LedgerJson.read(file)).containsExactly(earlier, later);
  }

  /** The ledger file is read like the other files: malformed UTF-8 is an error, never a silent U+FFFD. */
  @Test
  void malformedUtf8IsAnErrorAtTheRoot() throws Exception {
    Path file = dir.resolve("ledger.json");
    byte[] head = "{\"format\": \"talentmatch/v1-ledger\", \"records\": [], \"note\": \"".getBytes(StandardCharsets.UTF_8);
    byte[] tail = "\"}".getBytes(StandardCharsets.UTF_8);
    Files.write(file, Bytes.concat(head, new byte[] {(byte) 0xC3, (byte) 0x28}, tail));

    assertThatThrownBy(() -> LedgerJson.read(file)).isInstanceOfSatisfying(InvalidProblemException.class,
        e -> assertThat(e.errors()).singleElement().satisfies(error -> {
          assertThat(error.path()).isEqualTo("$");
          assertThat(error.message()).contains("not valid JSON");
        }));
  }

  @Test
  void everyErrorOfTheFileIsReportedWithItsJsonPath() {
    String json = """
        {"format": "talentmatch/v1-ledger", "records": [
          {"recordId": "R1", "expertId": "E1", "demandId": "D1", "program": "EXPERT_SERVICE",
           "hostUnit": {"name": "合作社A", "type": "COOPERATIVE"}, "region": "370783",
           "start": "2026-02-14", "end": "2026-02-16", "status": "COMPLETED", "rating": 6},
          {"recordId": "R1", "expertId": "E1", "demandId": "D2", "program": "EXPERT_SERVICE",
           "hostUnit": {"name": "合作社A", "type": "FARM"}, "region": "3707",
           "start": "2026-02-30", "end": "2026-02-16", "status": "DONE"},
          {"recordId": "R1", "expertId": "E1", "demandId": "D3", "program": "EXPERT_SERVICE",
           "hostUnit": {"name": "合作社A", "type": "COOPERATIVE"}, "region": "370783",
           "start": "2026-02-14", "end": "2026-02-16", "status": "COMPLETED"}
        ]}""";

    assertThatThrownBy(() -> LedgerJson.read(json)).isInstanceOfSatisfying(InvalidProblemException.class,
        e -> assertThat(e.errors()).extracting(ValidationError::path).containsExactly(
            "$.records[0].rating", "$.records[1].hostUnit.type", "$.records[1].region", "$.records[1].start",
            "$.records[1].status", "$.records[1].recordId", "$.records[2].recordId"));
  }

  @Test
  void wrongFormatMissingRecordsAndBrokenJsonAreErrorsAtTheirPath() {
    assertThatThrownBy(() -> LedgerJson.read("{\"format\": \"talentmatch/v1\"}"))
        .isInstanceOfSatisfying(InvalidProblemException.class, e -> assertThat(e.errors())
            .extracting(ValidationError::path).containsExactly("$.format", "$.records"));
    assertThatThrownBy(() -> LedgerJson.read("{\"format\": "))
        .isInstanceOfSatisfying(InvalidProblemException.class, e -> assertThat(e.errors().get(0).path()).isEqualTo("$"));
  }
}
