package org.talentmatch.portal.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.talentmatch.core.engine.TalentMatchEngine;
import org.talentmatch.portal.config.PortalProperties;

/**
 * Opens the engine on the on-disk index and makes it hold exactly the database's experts and
 * demands: the database is the record of truth. An index that is missing, whose counts differ from
 * the database's, or that missed a write (a pending marker left by a crash between a commit and the
 * index update, see {@link Catalog}) is rebuilt from the database.
 */
@Configuration(proxyBeanMethods = false)
public class IndexSync {
  private static final Logger LOG = LoggerFactory.getLogger(IndexSync.class);

  @Bean(destroyMethod = "close")
  @DependsOnDatabaseInitialization
  public TalentMatchEngine engine(PortalProperties properties, JdbcClient jdbc) throws IOException {
    Path directory = properties.indexPath();
    boolean existed = Files.isDirectory(directory);
    TalentMatchEngine engine = open(directory);
    int experts = Catalog.count(jdbc, Catalogs.EXPERT_TABLE);
    int demands = Catalog.count(jdbc, Catalogs.DEMAND_TABLE);
    int pending = Catalog.count(jdbc, Catalog.PENDING_TABLE);
    if (existed && pending == 0 && engine.expertCount() == experts && engine.demandCount() == demands) {
      LOG.info("Search index at {} is in step with the database ({} experts, {} demands)", directory, experts,
          demands);
      return engine;
    }
    LOG.info("Rebuilding the search index at {} from the database ({})", directory,
        existed ? "it holds " + engine.expertCount() + " experts, " + engine.demandCount() + " demands; "
            + pending + " writes it missed" : "missing");
    engine.close();
    deleteRecursively(directory);
    TalentMatchEngine rebuilt = open(directory);
    Catalogs.expertIndex(rebuilt).putAll(Catalog.readAll(jdbc, Catalogs.EXPERT_TABLE, Catalogs.EXPERTS));
    Catalogs.demandIndex(rebuilt).putAll(Catalog.readAll(jdbc, Catalogs.DEMAND_TABLE, Catalogs.DEMANDS));
    jdbc.sql("DELETE FROM " + Catalog.PENDING_TABLE).update();
    return rebuilt;
  }

  private static TalentMatchEngine open(Path directory) throws IOException {
    return TalentMatchEngine.builder().indexDirectory(directory).build();
  }

  private static void deleteRecursively(Path directory) throws IOException {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> {
        try {
          Files.delete(path);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
