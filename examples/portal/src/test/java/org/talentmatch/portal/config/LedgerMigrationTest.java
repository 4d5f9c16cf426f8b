package org.talentmatch.portal.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentmatch.core.ledger.JdbcServiceLedger;

/** The portal's frozen ledger migration is the library's own schema, statement for statement. */
class LedgerMigrationTest {

  @Test
  void theMigrationCreatesTheLedgerTableExactlyAsTheLibraryDoes() throws IOException {
    assertThat(statements(read(LedgerMigrationTest.class, "/db/migration/V2__service_ledger.sql")))
        .isEqualTo(statements(read(JdbcServiceLedger.class, "ledger-schema.sql")))
        .isNotEmpty();
  }

  private static String read(Class<?> owner, String resource) throws IOException {
    try (InputStream in = owner.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static List<String> statements(String script) {
    return script.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("--")).toList();
  }
}
