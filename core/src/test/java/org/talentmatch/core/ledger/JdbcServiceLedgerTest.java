package org.talentmatch.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.talentmatch.core.ledger.Records.record;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentmatch.api.ledger.LedgerStorageException;
import org.talentmatch.api.ledger.ServiceLedger;
import org.talentmatch.api.ledger.ServiceRecord;

/** The contract against a real H2 database in a file, plus what only a database can do. */
class JdbcServiceLedgerTest extends ServiceLedgerContract {
  @TempDir Path dir;

  private String url() {
    return "jdbc:h2:file:" + dir.resolve("ledger").toAbsolutePath();
  }

  @Override
  ServiceLedger newLedger() {
    return JdbcServiceLedger.create(url());
  }

  @Test
  void recordsSurviveClosingAndReopeningTheDatabaseFile() throws Exception {
    ServiceRecord kept = record("R1", "E1", "合作社A", "2026-02-14", "2026-02-16").rating(4).build();
    JdbcServiceLedger.create(url()).record(kept);
    try (Connection c = DriverManager.getConnection(url()); Statement s = c.createStatement()) {
      s.execute("SHUTDOWN"); // closes the database file for real
    }

    JdbcServiceLedger reopened = JdbcServiceLedger.create(url()); // schema exists: created only when absent

    assertThat(reopened.find("R1")).contains(kept);
    assertThat(reopened.size()).isEqualTo(1);
  }

  @Test
  void aFailingBatchLeavesTheLedgerAsItWas() throws Exception {
    JdbcServiceLedger ledger = JdbcServiceLedger.create(url());
    ServiceRecord before = record("R1", "E1", "合作社A", "2026-02-14", "2026-02-16").build();
    ledger.record(before);
    ServiceRecord tooLong = record("R2", "x".repeat(300), "合作社A", "2026-02-14", "2026-02-16").build();

    assertThatThrownBy(() -> ledger.recordAll(List.of(before.toBuilder().expertId("E9").build(), tooLong)))
        .isInstanceOf(LedgerStorageException.class);

    assertThat(ledger.find("R1")).contains(before);
    assertThat(ledger.size()).isEqualTo(1);
  }

  @Test
  void schemaScriptSplitsAtSemicolonsAndDropsComments() {
    assertThat(JdbcServiceLedger.statements("-- note\nCREATE TABLE t (\n  a INT\n);\nCREATE INDEX i ON t (a);\n"))
        .containsExactly("CREATE TABLE t (\na INT\n)", "CREATE INDEX i ON t (a)");
  }
}
