package org.talentmatch.core.search;

import java.io.IOException;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Scores a query against one document as if that document were in a corpus: BM25 with the
 * corpus's statistics (document count, average field length, document frequencies), so the score
 * equals the one the document would get in a search of the corpus. A term the corpus lacks is
 * weighed as if the document alone held it.
 */
final class OneDocumentScorer {
  private OneDocumentScorer() {}

  /** The score, or 0 when the query does not match the document. */
  static float score(Query query, Document document, Analyzer indexAnalyzer, IndexSearcher corpus)
      throws IOException {
    try (ByteBuffersDirectory directory = new ByteBuffersDirectory();
        IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(indexAnalyzer))) {
      writer.addDocument(document);
      try (DirectoryReader reader = DirectoryReader.open(writer)) {
        ScoreDoc[] hits = new WithCorpusStatistics(reader, corpus).search(query, 1).scoreDocs;
        return hits.length == 0 ? 0f : hits[0].score;
      }
    }
  }

  private static final class WithCorpusStatistics extends IndexSearcher {
    private final IndexSearcher corpus;

    WithCorpusStatistics(DirectoryReader reader, IndexSearcher corpus) {
      super(reader);
      this.corpus = corpus;
      setSimilarity(corpus.getSimilarity());
      setQueryCache(null);
    }

    @Override
    public CollectionStatistics collectionStatistics(String field) throws IOException {
      CollectionStatistics statistics = corpus.collectionStatistics(field);
      return statistics != null ? statistics : super.collectionStatistics(field);
    }

    @Override
    public TermStatistics termStatistics(Term term, int docFreq, long totalTermFreq) throws IOException {
      TermStates states = TermStates.build(corpus, term, true);
      return states.docFreq() > 0 && corpus.collectionStatistics(term.field()) != null
          ? corpus.termStatistics(term, states.docFreq(), states.totalTermFreq())
          : super.termStatistics(term, docFreq, totalTermFreq);
    }
  }
}
