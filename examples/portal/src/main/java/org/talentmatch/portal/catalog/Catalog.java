package org.talentmatch.portal.catalog;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.talentmatch.api.InvalidProblemException;

/**
 * Records of one kind (experts or demands) in a table of the database, each as its FORMAT.md JSON
 * document, with the search index kept in step: the database commits first, then the index takes
 * the change, so the index never holds what the database lacks. A crash between the two leaves the
 * index behind, which {@link IndexSync} repairs on the next start.
 *
 * @param <T> the record type
 */
public final class Catalog<T> {

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

  private final String table;
  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;
  private final Function<T, String> idOf;
  private final Codec<T> codec;
  private final Consumer<T> indexPut;
  private final Predicate<String> indexRemove;

  public Catalog(String table, JdbcClient jdbc, TransactionTemplate transactions, Function<T, String> idOf,
      Codec<T> codec, Consumer<T> indexPut, Predicate<String> indexRemove) {
    this.table = requireNonNull(table, "table");
    this.jdbc = requireNonNull(jdbc, "jdbc");
    this.transactions = requireNonNull(transactions, "transactions");
    this.idOf = requireNonNull(idOf, "idOf");
    this.codec = requireNonNull(codec, "codec");
    this.indexPut = requireNonNull(indexPut, "indexPut");
    this.indexRemove = requireNonNull(indexRemove, "indexRemove");
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

  /** Every record of {@code table}, by id: for {@link IndexSync}, which runs before any catalog exists. */
  static <T> List<T> readAll(JdbcClient jdbc, String table, Codec<T> codec) {
    // list(), not stream(): a query's stream holds its connection until closed.
    return jdbc.sql("SELECT document FROM " + table + " ORDER BY id").query(String.class).list().stream()
        .map(json -> decode(table, codec, json)).toList();
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
    String json = codec.printer().apply(value);
    Boolean created = transactions.execute(status -> {
      int updated = jdbc.sql("UPDATE " + table + " SET document = ?, updated_at = CURRENT_TIMESTAMP WHERE id = ?")
          .param(json).param(id).update();
      if (updated == 0) {
        jdbc.sql("INSERT INTO " + table + " (id, document, updated_at) VALUES (?, ?, CURRENT_TIMESTAMP)")
            .param(id).param(json).update();
      }
      return updated == 0;
    });
    indexPut.accept(value);
    return Boolean.TRUE.equals(created);
  }

  /** Stores many records in one transaction (an import), then indexes them. */
  public void putAll(List<T> values, Consumer<List<T>> indexAll) {
    transactions.executeWithoutResult(status -> values.forEach(value -> jdbc
        .sql("INSERT INTO " + table + " (id, document, updated_at) VALUES (?, ?, CURRENT_TIMESTAMP)")
        .param(idOf.apply(value)).param(codec.printer().apply(value)).update()));
    indexAll.accept(values);
  }

  /** Deletes a record; returns whether there was one. */
  public boolean remove(String id) {
    requireNonNull(id, "id");
    Integer deleted = transactions.execute(status ->
        jdbc.sql("DELETE FROM " + table + " WHERE id = ?").param(id).update());
    indexRemove.test(id);
    return deleted != null && deleted > 0;
  }

  private static <T> T decode(String table, Codec<T> codec, String json) {
    try {
      return codec.parser().parse(json);
    } catch (InvalidProblemException e) {
      // Only valid records are ever stored: a bad one was edited outside the portal.
      throw new IllegalStateException("table " + table + " holds an invalid record: " + e.getMessage(), e);
    }
  }
}
