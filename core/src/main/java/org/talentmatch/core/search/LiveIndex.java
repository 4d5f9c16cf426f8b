package org.talentmatch.core.search;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Throwables;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MultiBits;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.IOUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The live-index mechanics the expert and the demand index share: one {@link IndexWriter}, writes
 * serialized and each committed and made visible before it returns, reads through a {@link
 * SearcherManager} that never blocks on writes. Documents are keyed by an id field.
 *
 * @param <T> the record a document is made from
 */
final class LiveIndex<T> implements Closeable {
  private static final Logger LOG = LoggerFactory.getLogger(LiveIndex.class);
  /** Commit user data key of the document layout's version, see {@link Schema}. */
  static final String SCHEMA_VERSION_KEY = "talentmatch.schema";
  /** Commit user data key of what the documents were derived with besides the record, see {@link Schema}. */
  static final String DERIVED_WITH_KEY = "talentmatch.derivedWith";
  private final String noun;
  private final String idField;
  private final Function<T, String> id;
  private final Schema<T> schema;
  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final Object writeLock = new Object();
  /** Fewer records than this a thread are not worth a thread. */
  private static final int PARALLEL_CHUNK_MIN = 2_000;

  /**
   * Opens {@code directory} (creating the index when absent) for writing with {@code analyzer}.
   *
   * @param noun what a document is, for messages: {@code expert}, {@code demand}
   */
  LiveIndex(Directory directory, Analyzer analyzer, int ramBufferMb, String noun, String idField,
      Function<T, String> id, Schema<T> schema) throws IOException {
    this.noun = noun;
    this.idField = idField;
    this.id = id;
    this.schema = schema;
    this.directory = directory;
    this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
        .setRAMBufferSizeMB(ramBufferMb));
    this.searchers = new SearcherManager(writer, null);
    int written = writtenSchemaVersion(writer);
    String derivedWith = committed(writer, DERIVED_WITH_KEY).orElse("");
    if ((written != schema.version() || !derivedWith.equals(schema.derivedWith()))
        && writer.getDocStats().numDocs > 0) {
      rebuild(written);
    }
  }

  /**
   * How records become documents and back. {@code version} names the document layout and is
   * recorded in every commit; an index written with another layout is rebuilt from its stored fields
   * on opening, so {@code fromStored} must restore a record exactly. {@code derivedWith} names
   * whatever else the documents are derived from (a fingerprint of a dictionary applied at index
   * time): it is recorded too, and an index derived with something else is rebuilt the same way.
   */
  record Schema<T>(int version, String derivedWith, Function<T, Document> toDocument,
      Function<Document, T> fromStored) {
    Schema {
      requireNonNull(derivedWith, "derivedWith");
      requireNonNull(toDocument, "toDocument");
      requireNonNull(fromStored, "fromStored");
    }

    /** Documents derived from the record alone. */
    Schema(int version, Function<T, Document> toDocument, Function<Document, T> fromStored) {
      this(version, "", toDocument, fromStored);
    }
  }

  /** The version in the last commit's user data; indexes written before versioning count as 1. */
  private static int writtenSchemaVersion(IndexWriter writer) {
    return committed(writer, SCHEMA_VERSION_KEY).map(Integer::parseInt).orElse(1);
  }

  private static Optional<String> committed(IndexWriter writer, String key) {
    Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
    if (data != null) {
      for (Map.Entry<String, String> entry : data) {
        if (entry.getKey().equals(key)) {
          return Optional.of(entry.getValue());
        }
      }
    }
    return Optional.empty();
  }

  /** Re-writes every live record in the current layout from its stored fields, in one commit. */
  private void rebuild(int written) throws IOException {
    List<T> records = withSearcher(searcher -> {
      List<T> all = new ArrayList<>();
      StoredFields stored = searcher.storedFields();
      Bits live = MultiBits.getLiveDocs(searcher.getIndexReader());
      for (int doc = 0; doc < searcher.getIndexReader().maxDoc(); doc++) {
        if (live == null || live.get(doc)) {
          all.add(schema.fromStored().apply(stored.document(doc)));
        }
      }
      return all;
    });
    LOG.info("Rebuilding the {} index: written with schema version {} (or other derived data), this version"
        + " reads {}; {} {}s", noun, written, schema.version(), records.size(), noun);
    synchronized (writeLock) {
      writer.deleteAll();
      writeInParallel(records, record -> writer.addDocument(schema.toDocument().apply(record)));
      commitAndRefresh();
    }
  }

  /**
   * Adds or replaces (by id) all records with one commit; a later duplicate id wins. A large batch
   * is analysed on several threads (the writer takes documents from many threads at once), and into
   * an empty index it is added without a delete term per record, since nothing can be replaced.
   */
  void putAll(Collection<? extends T> records) {
    requireNonNull(records, "records");
    List<T> distinct = lastOfEachId(records);
    synchronized (writeLock) {
      try {
        boolean empty = writer.getDocStats().maxDoc == 0;
        writeInParallel(distinct, record -> {
          Document document = schema.toDocument().apply(record);
          if (empty) {
            writer.addDocument(document);
          } else {
            writer.updateDocument(idTerm(id.apply(record)), document);
          }
        });
        commitAndRefresh();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot index " + noun + "s", e);
      }
    }
  }

  /** The records in order, each id only once: its last record, where its first one was. */
  private List<T> lastOfEachId(Collection<? extends T> records) {
    Map<String, T> byId = new LinkedHashMap<>();
    for (T record : records) {
      byId.put(id.apply(record), record);
    }
    return new ArrayList<>(byId.values());
  }

  /** A write of one record that may fail. */
  private interface RecordWrite<T> {
    void write(T record) throws IOException;
  }

  /**
   * Writes every record, in contiguous chunks on up to one thread per core; a small batch stays on
   * the calling thread. Fails with the first failure once every chunk has stopped.
   */
  private void writeInParallel(List<T> records, RecordWrite<T> write) throws IOException {
    int threads = (int) Math.min(Runtime.getRuntime().availableProcessors(),
        (records.size() + PARALLEL_CHUNK_MIN - 1L) / PARALLEL_CHUNK_MIN);
    if (threads <= 1) {
      for (T record : records) {
        write.write(record);
      }
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread thread = new Thread(r, noun + "-indexer");
      thread.setDaemon(true);
      return thread;
    });
    try {
      List<Future<?>> chunks = new ArrayList<>();
      int chunk = (records.size() + threads - 1) / threads;
      for (int from = 0; from < records.size(); from += chunk) {
        List<T> part = records.subList(from, Math.min(records.size(), from + chunk));
        chunks.add(pool.submit(() -> {
          for (T record : part) {
            write.write(record);
          }
          // Write out a full buffer on this thread, in parallel with the others: the commit would flush them one by one.
          writer.flushNextBuffer();
          return null;
        }));
      }
      awaitAll(chunks);
    } finally {
      pool.shutdownNow();
    }
  }

  private static void awaitAll(List<Future<?>> chunks) throws IOException {
    Throwable first = null;
    for (Future<?> chunk : chunks) {
      try {
        chunk.get();
      } catch (ExecutionException e) {
        first = first == null ? e.getCause() : first;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        first = first == null ? e : first;
      }
    }
    if (first != null) {
      Throwables.throwIfInstanceOf(first, IOException.class);
      Throwables.throwIfUnchecked(first);
      throw new IOException(first);
    }
  }

  /** Removes the record with that id; false when there is none. */
  boolean remove(String recordId) {
    requireNonNull(recordId, "id");
    synchronized (writeLock) {
      try {
        // Every write refreshes before returning, so the current searcher has seen all of them.
        if (withSearcher(s -> s.count(new TermQuery(idTerm(recordId)))) == 0) {
          return false;
        }
        writer.deleteDocuments(idTerm(recordId));
        commitAndRefresh();
        return true;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot remove " + noun + " " + recordId, e);
      }
    }
  }

  /** Number of live documents. */
  int size() {
    return withSearcher(s -> s.getIndexReader().numDocs());
  }

  Term idTerm(String recordId) {
    return new Term(idField, recordId);
  }

  /** A read that may throw {@link IOException}. */
  interface SearcherFunction<R> {
    R apply(IndexSearcher searcher) throws IOException;
  }

  /** Runs a read on the current searcher. */
  <R> R withSearcher(SearcherFunction<R> function) {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return function.apply(searcher);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(noun + " index read failed", e);
    }
  }

  private void commitAndRefresh() throws IOException {
    writer.setLiveCommitData(Map.of(SCHEMA_VERSION_KEY, Integer.toString(schema.version()),
        DERIVED_WITH_KEY, schema.derivedWith()).entrySet());
    writer.commit();
    searchers.maybeRefreshBlocking();
  }

  /** Closes the index, then {@code alsoOwned} (the owner's analyzers), once no write is running. */
  void close(Closeable... alsoOwned) throws IOException {
    synchronized (writeLock) {
      List<Closeable> all = new ArrayList<>(List.of(searchers, writer, directory));
      all.addAll(List.of(alsoOwned));
      IOUtils.close(all);
    }
  }

  @Override
  public void close() throws IOException {
    close(new Closeable[0]);
  }
}
