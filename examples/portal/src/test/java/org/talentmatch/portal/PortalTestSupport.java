package org.talentmatch.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The portal as a whole, over HTTP on a random port, on a real database: an H2 file by default, or
 * the PostgreSQL server named by {@code -Dportal.test.jdbc-url} (with {@code portal.test.jdbc-user}
 * and {@code portal.test.jdbc-password}). The database is emptied and migrated at start, then filled
 * with the sample's 300 experts and 60 demands. Every test class extending this shares one portal.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(PortalTestSupport.CleanDatabase.class)
public abstract class PortalTestSupport {
  static final Path DATA = temporaryDirectory();

  @LocalServerPort
  int port;

  @DynamicPropertySource
  static void portal(DynamicPropertyRegistry registry) {
    String url = System.getProperty("portal.test.jdbc-url", "");
    if (url.isBlank()) {
      registry.add("spring.datasource.url", () -> "jdbc:h2:file:" + DATA.resolve("portal")
          + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
    } else {
      registry.add("spring.datasource.url", () -> url);
      registry.add("spring.datasource.username", () -> System.getProperty("portal.test.jdbc-user", ""));
      registry.add("spring.datasource.password", () -> System.getProperty("portal.test.jdbc-password", ""));
    }
    registry.add("spring.flyway.clean-disabled", () -> "false");
    // A leaked connection shows as a failure within seconds, not as a 30 s stall.
    registry.add("spring.datasource.hikari.connection-timeout", () -> "3000");
    registry.add("talentmatch.portal.index-path", () -> DATA.resolve("index").toString());
    registry.add("talentmatch.portal.sample-file", () -> Path.of("../sample/problem.json").toAbsolutePath().toString());
    registry.add("talentmatch.portal.planning.time-limit", () -> "8s");
    registry.add("talentmatch.portal.planning.unimproved-time-limit", () -> "2s");
    registry.add("talentmatch.portal.planning.max-live-sessions", () -> "2");
  }

  PortalClient clerk() {
    return new PortalClient(port, "clerk", "clerk");
  }

  PortalClient viewer() {
    return new PortalClient(port, "viewer", "viewer");
  }

  PortalClient anonymous() {
    return new PortalClient(port, null, null);
  }

  /** A test run starts from an empty database, whatever an earlier run left. */
  @TestConfiguration
  static class CleanDatabase {
    @Bean
    FlywayMigrationStrategy cleanThenMigrate() {
      return flyway -> {
        flyway.clean();
        flyway.migrate();
      };
    }
  }

  private static Path temporaryDirectory() {
    try {
      return Files.createTempDirectory("talentmatch-portal-test");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
