package org.talentmatch.portal.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.Expert;
import org.talentmatch.api.model.Policy;
import org.talentmatch.api.model.Problem;
import org.talentmatch.core.engine.TalentMatchEngine;
import org.talentmatch.core.io.ProblemJson;
import org.talentmatch.core.io.RecordJson;
import org.talentmatch.portal.config.PortalProperties;

/** The index on disk always ends up holding exactly the database's records, whatever happened between runs. */
class IndexSyncTest {
  private static final Problem SAMPLE = sample();

  @TempDir
  Path dir;
  private JdbcClient jdbc;
  private TransactionTemplate transactions;
  private PortalProperties properties;

  @BeforeEach
  void database() {
    JdbcDataSource dataSource = new JdbcDataSource();
    // Kept open between connections, as the portal's pool keeps it.
    dataSource.setURL("jdbc:h2:file:" + dir.resolve("db") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
    Flyway.configure().dataSource(dataSource).load().migrate();
    jdbc = JdbcClient.create(dataSource);
    transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    properties = new PortalProperties(dir.resolve("index"), null,
        new PortalProperties.Planning(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), Period.ofYears(1),
            Duration.ofSeconds(30), Duration.ofSeconds(10), 4),
        new PortalProperties.PolicyDefaults(3, 30, null, null), List.of());
  }

  @AfterEach
  void closeDatabase() {
    jdbc.sql("SHUTDOWN").update();
  }

  private static Problem sample() {
    try {
      return ProblemJson.read(Path.of("../sample/problem.json"));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private TalentMatchEngine open() throws Exception {
    return new IndexSync().engine(properties, jdbc);
  }

  private Catalog<Expert> experts(TalentMatchEngine engine) {
    return new Catalog<>(Catalogs.EXPERT_TABLE, jdbc, transactions, Expert::id, Catalogs.EXPERTS,
        Catalogs.expertIndex(engine));
  }

  private Catalog<Demand> demands(TalentMatchEngine engine) {
    return new Catalog<>(Catalogs.DEMAND_TABLE, jdbc, transactions, Demand::id, Catalogs.DEMANDS,
        Catalogs.demandIndex(engine));
  }

  /** A catalog whose index update never happens: the process died between the commit and the index write. */
  private Catalog<Expert> crashingBeforeTheIndex() {
    return new Catalog<>(Catalogs.EXPERT_TABLE, jdbc, transactions, Expert::id, Catalogs.EXPERTS,
        Catalog.Index.of(expert -> killed(), experts -> killed(), id -> killed()));
  }

  private static List<String> candidates(TalentMatchEngine engine) {
    return engine.searchCandidates(SAMPLE.demands().get(0), 0, Policy.defaults(), 50).stream()
        .map(c -> c.expertId()).toList();
  }

  @Test
  void aMissingIndexIsBuiltFromTheDatabaseAndAnIndexInStepIsKept() throws Exception {
    List<String> before;
    try (TalentMatchEngine engine = open()) {
      experts(engine).insertAll(SAMPLE.experts());
      demands(engine).insertAll(SAMPLE.demands());
      before = candidates(engine);
      assertThat(before).isNotEmpty();
    }
    try (TalentMatchEngine engine = open()) {
      assertThat(engine.expertCount()).isEqualTo(SAMPLE.experts().size());
      assertThat(engine.demandCount()).isEqualTo(SAMPLE.demands().size());
      assertThat(candidates(engine)).isEqualTo(before);
    }
    deleteIndex();
    try (TalentMatchEngine engine = open()) {
      assertThat(engine.expertCount()).isEqualTo(SAMPLE.experts().size());
      assertThat(engine.demandCount()).isEqualTo(SAMPLE.demands().size());
      assertThat(candidates(engine)).isEqualTo(before);
    }
  }

  @Test
  void changesTheIndexMissedBeforeACrashAreTakenInOnTheNextStart() throws Exception {
    Expert first = SAMPLE.experts().get(0);
    Expert second = SAMPLE.experts().get(1);
    try (TalentMatchEngine engine = open()) {
      experts(engine).put(first);
    }
    // Committed to the database, never indexed: what a crash between the two leaves.
    jdbc.sql("INSERT INTO portal_expert (id, document, updated_at) VALUES (?, ?, CURRENT_TIMESTAMP)")
        .param(second.id()).param(RecordJson.toJson(second)).update();
    try (TalentMatchEngine engine = open()) {
      assertThat(engine.expertCount()).isEqualTo(2);
      assertThat(candidates(engine)).contains(first.id());
    }
    jdbc.sql("DELETE FROM portal_expert WHERE id = ?").param(first.id()).update();
    try (TalentMatchEngine engine = open()) {
      assertThat(engine.expertCount()).isEqualTo(1);
      assertThat(candidates(engine)).doesNotContain(first.id());
    }
  }

  @Test
  void anUpdateTheIndexMissedIsTakenInOnTheNextStart() throws Exception {
    Expert expert = SAMPLE.experts().get(0);
    try (TalentMatchEngine engine = open()) {
      experts(engine).put(expert);
      assertThat(candidates(engine)).contains(expert.id());
    }
    Expert retrained = new Expert(expert.id(), expert.name(), expert.institution(), expert.title(), expert.degree(),
        expert.programs(), List.of("果树栽培"), "", expert.location(), expert.huicaiCard(), expert.unavailable(),
        expert.maxAssignments());
    assertThatThrownBy(() -> crashingBeforeTheIndex().put(retrained)).hasMessage("killed");
    try (TalentMatchEngine engine = open()) {
      assertThat(engine.expertCount()).isEqualTo(1);
      assertThat(candidates(engine)).doesNotContain(expert.id());
    }
    assertThat(Catalog.count(jdbc, Catalog.PENDING_TABLE)).isZero();
  }

  private static void killed() {
    throw new IllegalStateException("killed");
  }

  private void deleteIndex() throws Exception {
    try (var paths = Files.walk(dir.resolve("index"))) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    }
    assertThat(dir.resolve("index")).doesNotExist();
  }
}
