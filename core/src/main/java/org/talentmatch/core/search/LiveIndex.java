package org.talentmatch.core.search;

import static java.util.Objects.requireNonNull;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.IOUtils;

/**
 * The live-index mechanics the expert and the demand index share: one {@link IndexWriter}, writes
 * serialized and each committed and made visible before it returns, reads through a {@link
 * SearcherManager} that never blocks on writes. Documents are keyed by an id field.
 *
 * @param <T> the record a document is made from
 */
final class LiveIndex<T> implements Closeable {
  private final String noun;
  private final String idField;
  private final Function<T, String> id;
  private final Function<T, Document> toDocument;
  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final Object writeLock = new Object();

  /**
   * Opens {@code directory} (creating the index when absent) for writing with {@code analyzer}.
   *
   * @param noun what a document is, for messages: {@code expert}, {@code demand}
   */
  LiveIndex(Directory directory, Analyzer analyzer, int ramBufferMb, String noun, String idField,
      Function<T, String> id, Function<T, Document> toDocument) throws IOException {
    this.noun = noun;
    this.idField = idField;
    this.id = id;
    this.toDocument = toDocument;
    this.directory = directory;
    this.writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
        .setRAMBufferSizeMB(ramBufferMb));
    this.searchers = new SearcherManager(writer, null);
  }

  /** Adds or replaces (by id) all records with one commit; a later duplicate id wins. */
  void putAll(Collection<? extends T> records) {
    requireNonNull(records, "records");
    List<T> copy = new ArrayList<>(records);
    synchronized (writeLock) {
      try {
        for (T record : copy) {
          writer.updateDocument(idTerm(id.apply(record)), toDocument.apply(record));
        }
        commitAndRefresh();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot index " + noun + "s", e);
      }
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
