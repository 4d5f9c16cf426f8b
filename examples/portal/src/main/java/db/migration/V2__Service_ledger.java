package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.talentmatch.core.ledger.JdbcServiceLedger;

/**
 * The service ledger's table, from the library's own {@code ledger-schema.sql}: the portal and
 * {@link JdbcServiceLedger} never disagree about its columns. (Flyway finds Java migrations in the
 * {@code db.migration} package, beside the SQL ones.)
 */
public class V2__Service_ledger extends BaseJavaMigration {

  @Override
  public void migrate(Context context) throws Exception {
    JdbcServiceLedger.createSchema(context.getConnection());
  }
}
