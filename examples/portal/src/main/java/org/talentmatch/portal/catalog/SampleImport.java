package org.talentmatch.portal.catalog;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.Expert;
import org.talentmatch.api.model.Problem;
import org.talentmatch.core.io.ProblemJson;
import org.talentmatch.portal.config.PortalProperties;

/**
 * Fills an empty database with the experts and demands of {@code talentmatch.portal.sample-file}
 * (a FORMAT.md problem file), so that the portal shows something on a fresh machine. A database
 * holding anything is left alone.
 */
@Component
public class SampleImport implements ApplicationRunner {
  private static final Logger LOG = LoggerFactory.getLogger(SampleImport.class);

  private final PortalProperties properties;
  private final Catalog<Expert> experts;
  private final Catalog<Demand> demands;

  public SampleImport(PortalProperties properties, Catalog<Expert> experts, Catalog<Demand> demands) {
    this.properties = properties;
    this.experts = experts;
    this.demands = demands;
  }

  @Override
  public void run(ApplicationArguments args) throws Exception {
    if (properties.sample().isEmpty() || experts.count() > 0 || demands.count() > 0) {
      return;
    }
    Path file = properties.sample().get();
    Problem sample = ProblemJson.read(file);
    experts.insertAll(sample.experts());
    demands.insertAll(sample.demands());
    LOG.info("Imported {} experts and {} demands from {}", sample.experts().size(), sample.demands().size(), file);
  }
}
