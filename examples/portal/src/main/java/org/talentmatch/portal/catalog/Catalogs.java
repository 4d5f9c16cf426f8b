package org.talentmatch.portal.catalog;

import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.talentmatch.api.MatchingEngine;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.Expert;
import org.talentmatch.core.io.RecordJson;

/** The two catalogs: experts (the live search pool) and open demands (push). */
@Configuration(proxyBeanMethods = false)
public class Catalogs {
  static final String EXPERT_TABLE = "portal_expert";
  static final String DEMAND_TABLE = "portal_demand";
  static final Catalog.Codec<Expert> EXPERTS = new Catalog.Codec<>(RecordJson::parseExpert, RecordJson::toJson);
  static final Catalog.Codec<Demand> DEMANDS = new Catalog.Codec<>(RecordJson::parseDemand, RecordJson::toJson);

  @Bean
  @DependsOnDatabaseInitialization
  public Catalog<Expert> experts(JdbcClient jdbc, TransactionTemplate transactions, MatchingEngine engine) {
    return new Catalog<>(EXPERT_TABLE, jdbc, transactions, Expert::id, EXPERTS, expertIndex(engine));
  }

  @Bean
  @DependsOnDatabaseInitialization
  public Catalog<Demand> demands(JdbcClient jdbc, TransactionTemplate transactions, MatchingEngine engine) {
    return new Catalog<>(DEMAND_TABLE, jdbc, transactions, Demand::id, DEMANDS, demandIndex(engine));
  }

  static Catalog.Index<Expert> expertIndex(MatchingEngine engine) {
    return Catalog.Index.of(engine::putExpert, engine::putExperts, engine::removeExpert);
  }

  static Catalog.Index<Demand> demandIndex(MatchingEngine engine) {
    return Catalog.Index.of(engine::putDemand, demands -> demands.forEach(engine::putDemand), engine::removeDemand);
  }
}
