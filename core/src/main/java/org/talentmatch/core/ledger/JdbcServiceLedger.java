package org.talentmatch.core.ledger;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import javax.sql.DataSource;
import org.talentmatch.api.ledger.LedgerStorageException;
import org.talentmatch.api.ledger.ServiceLedger;
import org.talentmatch.api.ledger.ServiceRecord;
import org.talentmatch.api.ledger.ServiceStatus;
import org.talentmatch.api.model.DateRange;
import org.talentmatch.api.model.HostUnit;
import org.talentmatch.api.model.HostUnitType;
import org.talentmatch.api.model.Program;

/**
 * A {@link ServiceLedger} in a relational database, over plain JDBC (no ORM). The host owns the
 * database and its driver: the library ships no driver and forces none. The table is created from
 * the bundled {@code ledger-schema.sql} when absent.
 *
 * <p>Every call takes a connection of its own and runs in one transaction (writes commit or roll
 * back whole), so the instance is thread-safe when the connections are, which JDBC connections
 * from a {@link DataSource} or {@link DriverManager} are. Replacing a record is a delete and an
 * insert in one transaction: portable, unlike the dialects' upserts. Reads run at the database's
 * default isolation (READ COMMITTED or stronger), so they never see a batch half written.
 */
public final class JdbcServiceLedger implements ServiceLedger {
  private static final String SCHEMA = "ledger-schema.sql";
  private static final String COLUMNS = "record_id, expert_id, demand_id, program, host_unit_name, host_unit_type, "
      + "host_unit_institution, region, priority_area, start_date, end_date, status, rating";
  private static final String SELECT = "SELECT " + COLUMNS + " FROM tm_service_record ";
  private static final String ORDER = " ORDER BY start_date, end_date, record_id";

  /** Where connections come from: a host's pool or the driver manager. */
  @FunctionalInterface
  private interface Connections {
    Connection open() throws SQLException;
  }

  private final Connections connections;

  private JdbcServiceLedger(Connections connections) {
    this.connections = connections;
    createSchemaIfAbsent();
  }

  /** A ledger over the host's pool; creates the table if it is absent. */
  public static JdbcServiceLedger create(DataSource dataSource) {
    requireNonNull(dataSource, "dataSource");
    return new JdbcServiceLedger(dataSource::getConnection);
  }

  /**
   * A ledger over a JDBC URL (e.g. {@code jdbc:h2:/var/lib/talentmatch/ledger}), one connection per
   * call; creates the table if it is absent. The driver must be on the class path.
   */
  public static JdbcServiceLedger create(String jdbcUrl) {
    requireNonNull(jdbcUrl, "jdbcUrl");
    checkArgument(jdbcUrl.startsWith("jdbc:"), "not a JDBC URL: %s", jdbcUrl);
    return new JdbcServiceLedger(() -> DriverManager.getConnection(jdbcUrl));
  }

  @Override
  public void record(ServiceRecord record) {
    recordAll(List.of(requireNonNull(record, "record")));
  }

  @Override
  public void recordAll(Collection<ServiceRecord> records) {
    // Later duplicates win, as in memory; collapsing first keeps the batch to one row per id.
    Map<String, ServiceRecord> byId = new LinkedHashMap<>();
    List.copyOf(records).forEach(r -> byId.put(r.recordId(), r));
    transaction("record " + byId.size() + " service record(s)", connection -> {
      try (PreparedStatement delete = connection.prepareStatement("DELETE FROM tm_service_record WHERE record_id = ?");
           PreparedStatement insert = connection.prepareStatement(
               "INSERT INTO tm_service_record (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        for (ServiceRecord r : byId.values()) {
          delete.setString(1, r.recordId());
          delete.addBatch();
          bind(insert, r);
          insert.addBatch();
        }
        delete.executeBatch();
        insert.executeBatch();
      }
      return null;
    });
  }

  @Override
  public boolean remove(String recordId) {
    requireNonNull(recordId, "recordId");
    return transaction("remove a service record", connection -> {
      try (PreparedStatement delete = connection.prepareStatement("DELETE FROM tm_service_record WHERE record_id = ?")) {
        delete.setString(1, recordId);
        return delete.executeUpdate() > 0;
      }
    });
  }

  @Override
  public Optional<ServiceRecord> find(String recordId) {
    requireNonNull(recordId, "recordId");
    return query("WHERE record_id = ?", recordId).stream().findFirst();
  }

  @Override
  public List<ServiceRecord> overlapping(DateRange range) {
    requireNonNull(range, "range");
    return query("WHERE start_date <= ? AND end_date >= ?", Date.valueOf(range.end()), Date.valueOf(range.start()));
  }

  @Override
  public List<ServiceRecord> forExpert(String expertId) {
    requireNonNull(expertId, "expertId");
    return query("WHERE expert_id = ?", expertId);
  }

  @Override
  public List<ServiceRecord> forHostUnit(String hostUnitName) {
    requireNonNull(hostUnitName, "hostUnitName");
    return query("WHERE host_unit_name = ?", hostUnitName);
  }

  @Override
  public int size() {
    return transaction("count service records", connection -> {
      try (Statement count = connection.createStatement();
           ResultSet rows = count.executeQuery("SELECT COUNT(*) FROM tm_service_record")) {
        rows.next();
        return rows.getInt(1);
      }
    });
  }

  private List<ServiceRecord> query(String where, Object... parameters) {
    return transaction("read service records", connection -> {
      try (PreparedStatement select = connection.prepareStatement(SELECT + where + ORDER)) {
        for (int i = 0; i < parameters.length; i++) {
          select.setObject(i + 1, parameters[i]);
        }
        try (ResultSet rows = select.executeQuery()) {
          List<ServiceRecord> records = new ArrayList<>();
          while (rows.next()) {
            records.add(read(rows));
          }
          return List.copyOf(records);
        }
      }
    });
  }

  private static void bind(PreparedStatement insert, ServiceRecord r) throws SQLException {
    insert.setString(1, r.recordId());
    insert.setString(2, r.expertId());
    insert.setString(3, r.demandId());
    insert.setString(4, r.program().name());
    insert.setString(5, r.hostUnit().name());
    insert.setString(6, r.hostUnit().type().name());
    insert.setString(7, r.hostUnit().institution().orElse(null));
    insert.setString(8, r.region());
    insert.setBoolean(9, r.priorityArea());
    insert.setDate(10, Date.valueOf(r.dates().start()));
    insert.setDate(11, Date.valueOf(r.dates().end()));
    insert.setString(12, r.status().name());
    if (r.rating().isPresent()) {
      insert.setInt(13, r.rating().getAsInt());
    } else {
      insert.setNull(13, Types.SMALLINT);
    }
  }

  private static ServiceRecord read(ResultSet row) throws SQLException {
    int rating = row.getInt("rating");
    OptionalInt rated = row.wasNull() ? OptionalInt.empty() : OptionalInt.of(rating); // ask before the next read
    return new ServiceRecord(
        row.getString("record_id"),
        row.getString("expert_id"),
        row.getString("demand_id"),
        Program.valueOf(row.getString("program")),
        new HostUnit(row.getString("host_unit_name"), HostUnitType.valueOf(row.getString("host_unit_type")),
            Optional.ofNullable(row.getString("host_unit_institution"))),
        row.getString("region"),
        row.getBoolean("priority_area"),
        DateRange.of(row.getDate("start_date").toLocalDate(), row.getDate("end_date").toLocalDate()),
        ServiceStatus.valueOf(row.getString("status")),
        rated);
  }

  private void createSchemaIfAbsent() {
    String ddl;
    try (InputStream in = JdbcServiceLedger.class.getResourceAsStream(SCHEMA)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + SCHEMA);
      }
      ddl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + SCHEMA, e);
    }
    transaction("create the ledger schema", connection -> {
      try (Statement statement = connection.createStatement()) {
        for (String sql : statements(ddl)) {
          statement.execute(sql);
        }
      }
      return null;
    });
  }

  /** The statements of a script: comment lines dropped, split at a semicolon ending a line. */
  static List<String> statements(String script) {
    StringBuilder current = new StringBuilder();
    List<String> statements = new ArrayList<>();
    for (String line : script.split("\n")) {
      String trimmed = line.strip();
      if (trimmed.startsWith("--") || trimmed.isEmpty()) {
        continue;
      }
      if (trimmed.endsWith(";")) {
        current.append(trimmed, 0, trimmed.length() - 1);
        statements.add(current.toString());
        current.setLength(0);
      } else {
        current.append(trimmed).append('\n');
      }
    }
    checkArgument(current.toString().isBlank(), "the script's last statement lacks its semicolon");
    return statements;
  }

  @FunctionalInterface
  private interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  private <T> T transaction(String what, Work<T> work) {
    try (Connection connection = connections.open()) {
      connection.setAutoCommit(false);
      try {
        T result = work.run(connection);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new LedgerStorageException("cannot " + what + ": " + e.getMessage(), e);
    }
  }
}
