package org.talentmatch.portal.config;

import javax.sql.DataSource;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.talentmatch.api.ledger.ServiceLedger;
import org.talentmatch.core.ledger.HolidayCalendar;
import org.talentmatch.core.ledger.JdbcServiceLedger;

/** The service ledger in the portal's own database (its table comes from the Flyway migrations). */
@Configuration(proxyBeanMethods = false)
public class LedgerConfiguration {

  @Bean
  @DependsOnDatabaseInitialization
  public ServiceLedger serviceLedger(DataSource dataSource) {
    return JdbcServiceLedger.create(dataSource);
  }

  @Bean
  public HolidayCalendar holidayCalendar() {
    return HolidayCalendar.china();
  }
}
