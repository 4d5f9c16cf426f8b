package org.talentmatch.portal.catalog;

import static java.util.Objects.requireNonNull;

import com.google.common.util.concurrent.Striped;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.Lock;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.talentmatch.api.InvalidProblemException;
import org.talentmatch.portal.ConflictException;

/**
 * Records of one kind (experts or demands) in a table of the database, each as its FORMAT.md JSON
 * document, with the search index kept in step. A write commits the record together with a
 * "pending" marker, then updates the index, then clears the marker: a crash in between leaves the
 * marker, and {@link IndexSync} rebuilds the index on the next start. Writes of one id are
 * serialized, so the index ends with the version the database ends with.
 *
 * @param <T> the record type
 */
public final class Catalog<T> {
  static final String PENDING_TABLE = "portal_index_pending";

  /** Reads a record's JSON text with FORMAT.md's validation. */
  @FunctionalInterface
  public interface Parser<T> {
    T parse(String json) throws InvalidProblemException;
  }

  /** A record's JSON text and back. */
  public record Codec<T>(Parser<T> parser, Function<T, String> printer) {
    public Codec {
      requireNonNull(parser, "parser");
      requireNonNull(printer, "printer");
    }
  }

  /** The search index's side of the records. */
  public interface Index<T> {
    void put(T value);

    void putAll(List<T> values);

    void remove(String id);

    static <T> Index<T> of(Consumer<T> put, Consumer<List<T>> putAll, Consumer<String> remove) {
      return new Index<>() {
        @Override
        public void put(T value) {
          put.accept(value);
        }

        @Override
        public void putAll(List<T> values) {
          putAll.accept(values);
        }

        @Override
        public void remove(String id) {
          remove.accept(id);
        }
      };
    }
  }

  private final String table;
  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final Function<T, String> idOf;
  private final Codec<T> codec;
  private final Index<T> index;
  private final Striped<Lock> locks = Striped.lazyWeakLock(64);

  public Catalog(String table, JdbcClient jdbc, TransactionTemplate transactions, Function<T, String> idOf,
      Codec<T> codec, Index<T> index) {
    this.table = requireNonNull(table, "table");
    this.jdbc = requireNonNull(jdbc, "jdbc");
    this.transactions = requireNonNull(transactions, "transactions");
    this.idOf = requireNonNull(idOf, "idOf");
    this.codec = requireNonNull(codec, "codec");
    this.index = requireNonNull(index, "index");
  }

  /** Reads a record's JSON text as this catalog stores it; throws naming each bad field. */
  public T parse(String json) throws InvalidProblemException {
    return codec.parser().parse(json);
  }

  public String toJson(T value) {
    return codec.printer().apply(value);
  }

  /** Every record, by id. */
  public List<T> all() {
    return readAll(jdbc, table, codec);
  }

  /**
   * Every record of {@code table}, by id (sorted here: databases collate differently, and the
   * problem's order must not depend on which one runs).
   */
  static <T> List<T> readAll(JdbcClient jdbc, String table, Codec<T> codec) {
    // list(), not stream(): a query's stream holds its connection until closed.
    return jdbc.sql("SELECT id, document FROM " + table).query((row, n) -> new String[] {row.getString(1),
            row.getString(2)}).list().stream()
        .sorted(Comparator.comparing(pair -> pair[0]))
        .map(pair -> decode(table, codec, pair[1]))
        .toList();
  }

  static int count(JdbcClient jdbc, String table) {
    return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Integer.class).single();
  }

  public Optional<T> find(String id) {
    requireNonNull(id, "id");
    return jdbc.sql("SELECT document FROM " + table + " WHERE id = ?").param(id).query(String.class).optional()
        .map(json -> decode(table, codec, json));
  }

  public int count() {
    return count(jdbc, table);
  }

  /** Stores the record, replacing the one with its id; returns whether it is new. */
  public boolean put(T value) {
    String id = idOf.apply(value);
    return locked(id, () -> {
      boolean created = Boolean.TRUE.equals(transactions.execute(status -> {
        markPending(id);
        int updated = jdbc.sql("UPDATE " + table + " SET document = ?, updated_at = CURRENT_TIMESTAMP WHERE id = ?")
            .param(toJson(value)).param(id).update();
        if (updated == 0) {
          insertRow(id, value);
        }
        return updated == 0;
      }));
      index.put(value);
      clearPending(id);
      return created;
    });
  }

  /** Stores a new record. @throws ConflictException if its id is taken */
  public void insert(T value) {
    String id = idOf.apply(value);
    locked(id, () -> {
      try {
        transactions.executeWithoutResult(status -> {
          markPending(id);
          insertRow(id, value);
        });
      } catch (DuplicateKeyException taken) {
        throw new ConflictException(table.substring(table.indexOf('_') + 1) + " " + id + " exists: PUT replaces it");
      }
      index.put(value);
      clearPending(id);
      return null;
    });
  }

  /** Stores many new records in one transaction (an import), then indexes them. */
  public void insertAll(List<T> values) {
    transactions.executeWithoutResult(status -> values.forEach(value -> {
      markPending(idOf.apply(value));
      insertRow(idOf.apply(value), value);
    }));
    index.putAll(values);
    values.forEach(value -> clearPending(idOf.apply(value)));
  }

  /** Deletes a record; returns whether there was one. */
  public boolean remove(String id) {
    requireNonNull(id, "id");
    return locked(id, () -> {
      Integer deleted = transactions.execute(status -> {
        markPending(id);
        return jdbc.sql("DELETE FROM " + table + " WHERE id = ?").param(id).update();
      });
      index.remove(id);
      clearPending(id);
      return deleted != null && deleted > 0;
    });
  }

  private <R> R locked(String id, Supplier<R> write) {
    Lock lock = locks.get(id);
    lock.lock();
    try {
      return write.get();
    } finally {
      lock.unlock();
    }
  }

  private void insertRow(String id, T value) {
    jdbc.sql("INSERT INTO " + table + " (id, document, updated_at) VALUES (?, ?, CURRENT_TIMESTAMP)")
        .param(id).param(toJson(value)).update();
  }

  /** Delete-then-insert: portable, and no failed statement to abort a PostgreSQL transaction. */
  private void markPending(String id) {
    clearPending(id);
    jdbc.sql("INSERT INTO " + PENDING_TABLE + " (table_name, id) VALUES (?, ?)").param(table).param(id).update();
  }

  private void clearPending(String id) {
    jdbc.sql("DELETE FROM " + PENDING_TABLE + " WHERE table_name = ? AND id = ?").param(table).param(id).update();
  }

  private static <T> T decode(String table, Codec<T> codec, String json) {
    try {
      return codec.parser().parse(json);
    } catch (InvalidProblemException e) {
      // Only valid records are ever stored: a bad one was edited outside the portal.
      throw new IllegalStateException("table " + table + " holds a record the library no longer accepts", e);
    }
  }
}
