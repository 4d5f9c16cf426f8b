package org.talentmatch.core.search;

import static java.util.Objects.requireNonNull;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.IOUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.talentmatch.api.model.DateRange;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.Expert;
import org.talentmatch.api.model.Policy;
import org.talentmatch.core.rules.Eligibility;
import org.talentmatch.core.rules.Geo;

/**
 * The Lucene index of open demands, for push (人才信息推送): which demands fit an expert. Thread-safe
 * like {@link ExpertIndex}: writes are serialized on one {@link IndexWriter}, each committed and
 * visible before it returns; reads go through a {@link SearcherManager} and never block on writes.
 * An index opened on a directory finds its demands there: nothing to rebuild.
 *
 * <p>Retrieval ({@link #retrieve}) applies the expert-side static hard rules as filters (program,
 * dates against the expert's unavailable ranges, travel distance, conflict of interest, a seat whose
 * minimum title and degree the expert meets) and ranks by a score that bounds relevance from above,
 * so that {@link DemandRecommender} can stop scoring exactly as soon as no further demand can beat
 * the ones it holds.
 */
public final class DemandIndex implements Closeable {
  private static final Logger LOG = LoggerFactory.getLogger(DemandIndex.class);

  /** Beyond this a travel limit excludes nothing on Earth; Lucene rejects such radii. */
  private static final double HALF_EARTH_CIRCUMFERENCE_KM = Math.PI * Geo.EARTH_RADIUS_KM;
  /**
   * {@link FeatureField} keeps 9 significant bits of a value, truncating: a stored weight is at least
   * (1 − 2⁻⁸) of the true one. Widened to 1 % to cover float sums too.
   */
  private static final double FEATURE_PRECISION = 0.01;
  /** Relevance is rounded to four decimals, which may round up by half a unit. */
  private static final double ROUNDING = 1e-4;
  /** Room left for the filter clauses under Lucene's clause limit. */
  private static final int FILTER_CLAUSES = 64;
  private static final int FIRST_PAGE_MARGIN = 20;
  private static final Sort BY_SCORE_THEN_ID =
      new Sort(SortField.FIELD_SCORE, new SortField(DemandDocuments.ID, SortField.Type.STRING));

  private final SearchConfig config;
  private final DemandTermLevels levels;
  private final LiveIndex<Demand> live;

  private DemandIndex(Directory directory, SearchConfig config) throws IOException {
    this.config = config;
    this.levels = new DemandTermLevels(config.thesaurus());
    // Every indexed field is a keyword, point or feature: no text analysis on the demand side.
    this.live = new LiveIndex<>(directory, new KeywordAnalyzer(), config.ramBufferMb(), "demand", DemandDocuments.ID,
        Demand::id, new LiveIndex.Schema<>(DemandDocuments.SCHEMA_VERSION, DemandDocuments::toDocument,
            DemandDocuments::toDemand));
  }

  /** A new, empty index held in memory. */
  public static DemandIndex inMemory(SearchConfig config) {
    requireNonNull(config, "config");
    return create(new ByteBuffersDirectory(), config);
  }

  /** Opens the index in {@code dir}, creating it when absent; existing demands stay searchable. */
  public static DemandIndex open(Path dir, SearchConfig config) {
    requireNonNull(dir, "dir");
    requireNonNull(config, "config");
    try {
      DemandIndex index = create(FSDirectory.open(dir), config);
      LOG.info("Opened demand index {} with {} demands", dir, index.size());
      return index;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open demand index " + dir, e);
    }
  }

  private static DemandIndex create(Directory directory, SearchConfig config) {
    try {
      return new DemandIndex(directory, config);
    } catch (IOException e) {
      IOUtils.closeWhileHandlingException(directory);
      throw new UncheckedIOException("cannot create demand index", e);
    }
  }

  public SearchConfig config() {
    return config;
  }

  /** Adds the demand, or replaces the one with the same id. */
  public void put(Demand demand) {
    requireNonNull(demand, "demand");
    putAll(List.of(demand));
  }

  /** Adds or replaces (by id) all demands with one commit; a later duplicate id wins. */
  public void putAll(Collection<Demand> demands) {
    requireNonNull(demands, "demands");
    live.putAll(demands);
  }

  /** Removes the demand; false when no demand has that id. */
  public boolean remove(String demandId) {
    requireNonNull(demandId, "demandId");
    return live.remove(demandId);
  }

  /** Number of demands in the index. */
  public int size() {
    return live.size();
  }

  /** The demand as indexed. */
  public Optional<Demand> get(String demandId) {
    requireNonNull(demandId, "demandId");
    return live.withSearcher(s -> {
      TopDocs top = s.search(new TermQuery(live.idTerm(demandId)), 1);
      return top.scoreDocs.length == 0
          ? Optional.empty()
          : Optional.of(DemandDocuments.toDemand(s.storedFields().document(top.scoreDocs[0].doc)));
    });
  }

  /** Receives retrieved demands; returns false to stop retrieval. */
  interface Visitor {
    /**
     * @param upperBound no demand visited from now on, this one included, has a relevance above
     *     this for the expert (for any seat)
     */
    boolean visit(Demand demand, double upperBound);
  }

  /**
   * Visits, in decreasing order of an upper bound of their relevance, every indexed demand that
   * passes the expert-side filters and has a seat term the expert matches at some level, all from
   * one point-in-time view of the index. {@code expectedHits} sizes the first page.
   */
  void retrieve(Expert expert, Policy policy, int expectedHits, Visitor visitor) {
    live.withSearcher(searcher -> {
      Map<String, Double> termLevels = termLevels(searcher, expert);
      if (termLevels.isEmpty()) {
        return null;
      }
      Query query = pushQuery(expert, policy, termLevels, IndexSearcher.getMaxClauseCount() - FILTER_CLAUSES);
      StoredFields stored = searcher.storedFields();
      int maxDoc = Math.max(1, searcher.getIndexReader().maxDoc());
      int pageSize = (int) Math.min(maxDoc, (long) Math.max(1, expectedHits) + FIRST_PAGE_MARGIN);
      ScoreDoc after = null;
      while (true) {
        TopDocs page = searcher.searchAfter(after, query, pageSize, BY_SCORE_THEN_ID, true);
        for (ScoreDoc hit : page.scoreDocs) {
          double upperBound = hit.score * (1 + FEATURE_PRECISION) + SeatMatcher.MAX_BONUS + ROUNDING;
          if (!visitor.visit(DemandDocuments.toDemand(stored.document(hit.doc)), upperBound)) {
            return null;
          }
        }
        if (page.scoreDocs.length < pageSize) {
          return null;
        }
        after = page.scoreDocs[page.scoreDocs.length - 1];
        pageSize = (int) Math.min(maxDoc, 2L * pageSize);
      }
    });
  }

  /**
   * Ids of every demand the index query returns for an expert, before exact scoring: lets tests show
   * that the Lucene filters alone enforce the expert-side hard rules.
   */
  List<String> idsPassingIndexFilters(Expert expert, Policy policy) {
    List<String> ids = new ArrayList<>();
    retrieve(expert, policy, 1, (demand, bound) -> ids.add(demand.id()));
    return ids;
  }

  /**
   * The seat terms present in the index that the expert matches, with their level. The dictionary of
   * seat terms is small (distinct skills of open demands), so it is walked rather than guessed at.
   */
  private Map<String, Double> termLevels(IndexSearcher searcher, Expert expert) throws IOException {
    DemandTermLevels.Reach reach = levels.reach(expert);
    Set<String> seen = new HashSet<>();
    Map<String, Double> found = new LinkedHashMap<>();
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      org.apache.lucene.index.Terms terms = leaf.reader().terms(DemandDocuments.SEAT_TERM);
      if (terms == null) {
        continue;
      }
      TermsEnum dictionary = terms.iterator();
      for (BytesRef bytes = dictionary.next(); bytes != null; bytes = dictionary.next()) {
        String term = bytes.utf8ToString();
        if (seen.add(term) && reach.mayMatch(term)) {
          double level = levels.level(expert, term);
          if (level > 0) {
            found.put(term, level);
          }
        }
      }
    }
    return found;
  }

  /**
   * Filters for the expert-side static rules, and a score Σ level(term) × weight(term) over the
   * matched seat terms, which is at least the best seat's mean level (see {@link
   * DemandDocuments#SEAT_TERM}). Past {@code maxTermClauses} terms, the weakest share one clause
   * scoring their strongest level, which keeps the bound.
   */
  private static Query pushQuery(Expert expert, Policy policy, Map<String, Double> termLevels, int maxTermClauses) {
    List<Map.Entry<String, Double>> byLevel = termLevels.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .toList();
    BooleanQuery.Builder matches = new BooleanQuery.Builder();
    for (int i = 0; i < Math.min(byLevel.size(), maxTermClauses); i++) {
      Map.Entry<String, Double> term = byLevel.get(i);
      matches.add(FeatureField.newLinearQuery(DemandDocuments.SEAT_TERM, term.getKey(), term.getValue().floatValue()),
          Occur.SHOULD);
    }
    if (byLevel.size() > maxTermClauses) {
      List<BytesRef> rest = byLevel.subList(maxTermClauses, byLevel.size()).stream()
          .map(e -> new BytesRef(e.getKey())).toList();
      float strongest = byLevel.get(maxTermClauses).getValue().floatValue();
      matches.add(new BoostQuery(new ConstantScoreQuery(new TermInSetQuery(DemandDocuments.SEAT_TERM, rest)),
          strongest), Occur.SHOULD);
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder()
        .add(matches.build(), Occur.MUST)
        .add(new TermInSetQuery(DemandDocuments.PROGRAM,
            expert.programs().stream().map(p -> new BytesRef(p.name())).toList()), Occur.FILTER)
        .add(IntPoint.newRangeQuery(DemandDocuments.SEAT_MINIMUMS, new int[] {0, 0},
            new int[] {expert.title().ordinal(), expert.degree().ordinal()}), Occur.FILTER)
        .add(new TermQuery(new Term(DemandDocuments.HOST_INSTITUTION,
            Eligibility.institutionKey(expert.institution()))), Occur.MUST_NOT);
    for (DateRange away : expert.unavailable()) {
      // The demand's [start, end] shares a day with the unavailable range.
      query.add(new BooleanQuery.Builder()
          .add(IntPoint.newRangeQuery(DemandDocuments.START, Integer.MIN_VALUE,
              ExpertDocuments.epochDay(away.end())), Occur.FILTER)
          .add(IntPoint.newRangeQuery(DemandDocuments.END, ExpertDocuments.epochDay(away.start()),
              Integer.MAX_VALUE), Occur.FILTER)
          .build(), Occur.MUST_NOT);
    }
    policy.maxTravelKm().ifPresent(km -> {
      if (km + ExpertIndex.DISTANCE_SLACK_KM < HALF_EARTH_CIRCUMFERENCE_KM) {
        query.add(LatLonPoint.newDistanceQuery(DemandDocuments.LOCATION, expert.location().lat(),
            expert.location().lon(), (km + ExpertIndex.DISTANCE_SLACK_KM) * 1000), Occur.FILTER);
      }
    });
    return query.build();
  }

  @Override
  public void close() throws IOException {
    live.close();
  }
}
