-- The service ledger's table: the library's ledger-schema.sql (JdbcServiceLedger), frozen here so that Flyway's
-- checksum covers it; LedgerMigrationTest checks that it still matches the library's.
CREATE TABLE IF NOT EXISTS tm_service_record (
  record_id             VARCHAR(255)  NOT NULL PRIMARY KEY,
  expert_id             VARCHAR(255)  NOT NULL,
  demand_id             VARCHAR(255)  NOT NULL,
  program               VARCHAR(32)   NOT NULL,
  host_unit_name        VARCHAR(1000) NOT NULL,
  host_unit_type        VARCHAR(32)   NOT NULL,
  host_unit_institution VARCHAR(1000),
  region                CHAR(6)       NOT NULL,
  priority_area         BOOLEAN       NOT NULL,
  start_date            DATE          NOT NULL,
  end_date              DATE          NOT NULL,
  status                VARCHAR(16)   NOT NULL,
  rating                SMALLINT,
  CHECK (end_date >= start_date),
  CHECK (rating IS NULL OR rating BETWEEN 1 AND 5)
);
CREATE INDEX IF NOT EXISTS tm_service_record_dates ON tm_service_record (start_date, end_date);
CREATE INDEX IF NOT EXISTS tm_service_record_expert ON tm_service_record (expert_id);
CREATE INDEX IF NOT EXISTS tm_service_record_host_unit ON tm_service_record (host_unit_name);
