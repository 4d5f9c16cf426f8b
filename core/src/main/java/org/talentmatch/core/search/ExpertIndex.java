package org.talentmatch.core.search;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;
import org.apache.lucene.util.QueryBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.Expert;
import org.talentmatch.api.model.Policy;
import org.talentmatch.api.model.Seat;
import org.talentmatch.api.search.Candidate;
import org.talentmatch.core.rules.Eligibility;
import org.talentmatch.core.rules.Geo;

/**
 * The Lucene index of experts: hard filters as queries, relevance as defined in {@link
 * org.talentmatch.core.search}. Thread-safe: writes are serialized on one {@link IndexWriter} and
 * each is committed and made visible before it returns; reads go through a {@link SearcherManager}
 * and never block on writes.
 *
 * <p>Every write commits, so add experts in bulk with {@link #putAll} (one commit) rather than one
 * {@link #put} each. An index opened on a directory finds its experts there: nothing to rebuild.
 */
public final class ExpertIndex implements Closeable {
  private static final Logger LOG = LoggerFactory.getLogger(ExpertIndex.class);

  /**
   * Lucene measures distance with a slightly different Earth radius and quantized coordinates; its
   * filter is widened by this much and {@link Eligibility} makes FORMAT.md's exact cut.
   */
  static final double DISTANCE_SLACK_KM = 1.0;
  /** Beyond this a travel limit excludes nobody on Earth; Lucene rejects such radii. */
  private static final double HALF_EARTH_CIRCUMFERENCE_KM = Math.PI * Geo.EARTH_RADIUS_KM;
  /**
   * In {@link RetrievalMode#FULL}, the distance decay adds at most this much to a hit's score (half
   * of it at {@link #NEARNESS_PIVOT_METERS}) and the text tie-break ({@link TieBreak}) at most {@link
   * #TEXT_WEIGHT}: together below the smallest difference the relevance levels make (0.0125, a
   * bonus share), so they order experts of equal relevance only.
   */
  static final float NEARNESS_WEIGHT = 1e-3f;
  static final double NEARNESS_PIVOT_METERS = 50_000;
  static final float TEXT_WEIGHT = 1e-3f;
  /** Skills weigh more than the profile in the text tie-break; the demand's own text least. */
  private static final float SKILLS_TEXT_BOOST = 2f;
  private static final float PROFILE_TEXT_BOOST = 1f;
  private static final float DEMAND_TEXT_BOOST = 0.3f;
  /**
   * In {@link RetrievalMode#FULL}, a text-only match scores at most this in the index, under the
   * lowest score a level match has (0.12: one term at {@link MatchLevel#RELATED_TERM_IN_PROFILE}), so the
   * index retrieves every level match first; the score divided by this weight is the similarity.
   */
  static final float TEXT_TIER_WEIGHT = (float) TextTier.TERM_CEILING;
  private static final int WINDOW_MARGIN = 20;
  /**
   * Over twice what the tie-break features add together, well under the smallest difference
   * between relevance levels (0.0125): see {@link RescoredWindow}.
   */
  private static final double TIE_BREAK_SLACK = 2.5 * (TEXT_WEIGHT + NEARNESS_WEIGHT);
  private static final Sort BY_SCORE_THEN_ID =
      new Sort(SortField.FIELD_SCORE, new SortField(ExpertDocuments.ID, SortField.Type.STRING));
  static final Comparator<Candidate> BEST_FIRST = Comparator
      .comparingDouble(Candidate::relevance).reversed()
      .thenComparingDouble(Candidate::distanceKm)
      .thenComparing(Candidate::expertId);
  /** Search order: relevance, the index score (text strength and nearness), distance, then the seat's {@link SeatTieOrder}. */
  private static Comparator<Hit> ranking(Comparator<String> tieOrder) {
    return Comparator.comparingDouble((Hit hit) -> hit.candidate().relevance()).reversed()
        .thenComparing(Comparator.comparingDouble(Hit::score).reversed())
        .thenComparingDouble(hit -> hit.candidate().distanceKm())
        .thenComparing(hit -> hit.candidate().expertId(), tieOrder);
  }

  private final SearchConfig config;
  private final Analyzer indexAnalyzer;
  private final Analyzer bigrams;
  private final Analyzer words;
  private final IndexWords indexWords;
  private final QueryBuilder bigramQueries;
  private final TextQueries textQueries;
  private final TextTier textTier;
  private final LiveIndex<Expert> live;
  private final DecodedExperts decoded;
  private final SegmentLookups segmentLookups = new SegmentLookups();
  private final ProfileTerms profileTerms;
  private final SegmentCache segmentCache = new SegmentCache();
  private final SeatMatcher.Clauses clauses;

  private ExpertIndex(Directory directory, SearchConfig config) throws IOException {
    this.config = config;
    this.bigrams = Analysis.bigrams();
    this.words = new SmartChineseAnalyzer();
    this.indexWords = new IndexWords(words);
    this.indexAnalyzer = Analysis.perField(bigrams);
    this.bigramQueries = new QueryBuilder(bigrams);
    this.textQueries = new TextQueries(config.thesaurus(), words, bigrams);
    this.textTier = new TextTier(textQueries);
    this.decoded = new DecodedExperts();
    this.profileTerms = ProfileTerms.of(config.thesaurus());
    this.clauses = new SeatMatcher.Clauses(config.thesaurus(), bigramQueries, profileTerms, segmentCache);
    // The profile terms follow the thesaurus: an index written with another one is rebuilt on opening.
    this.live = new LiveIndex<>(directory, indexAnalyzer, config.ramBufferMb(), "expert", ExpertDocuments.ID,
        Expert::id, new LiveIndex.Schema<>(ExpertDocuments.SCHEMA_VERSION, profileTerms.fingerprint(),
            expert -> ExpertDocuments.toDocument(expert, profileTerms, indexWords), ExpertDocuments::toExpert));
  }

  /** A new, empty index held in memory. */
  public static ExpertIndex inMemory(SearchConfig config) {
    requireNonNull(config, "config");
    return create(new ByteBuffersDirectory(), config);
  }

  /**
   * Opens the index in {@code dir}, creating it when absent; existing experts stay searchable. An
   * index written by a version of this library with another document layout is rebuilt in place
   * from its stored experts first (once, logged).
   */
  public static ExpertIndex open(Path dir, SearchConfig config) {
    requireNonNull(dir, "dir");
    requireNonNull(config, "config");
    try {
      ExpertIndex index = create(FSDirectory.open(dir), config);
      LOG.info("Opened expert index {} with {} experts", dir, index.size());
      return index;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open expert index " + dir, e);
    }
  }

  private static ExpertIndex create(Directory directory, SearchConfig config) {
    try {
      return new ExpertIndex(directory, config);
    } catch (IOException e) {
      IOUtils.closeWhileHandlingException(directory);
      throw new UncheckedIOException("cannot create expert index", e);
    }
  }

  public SearchConfig config() {
    return config;
  }

  /** Adds the expert, or replaces the one with the same id. */
  public void put(Expert expert) {
    requireNonNull(expert, "expert");
    putAll(List.of(expert));
  }

  /** Adds or replaces (by id) all experts with one commit; a later duplicate id wins. */
  public void putAll(Collection<Expert> experts) {
    requireNonNull(experts, "experts");
    live.putAll(experts);
  }

  /** Removes the expert; false when no expert has that id. */
  public boolean remove(String expertId) {
    requireNonNull(expertId, "expertId");
    return live.remove(expertId);
  }

  /** Number of experts in the index. */
  public int size() {
    return live.size();
  }

  /** The expert as indexed. */
  public Optional<Expert> get(String expertId) {
    requireNonNull(expertId, "expertId");
    return live.withSearcher(s -> {
      TopDocs top = s.search(new TermQuery(live.idTerm(expertId)), 1);
      return top.scoreDocs.length == 0
          ? Optional.empty()
          : Optional.of(ExpertDocuments.toExpert(s.storedFields().document(top.scoreDocs[0].doc)));
    });
  }

  /**
   * The best experts for seat {@code seatIndex} of {@code demand}: those passing the static hard
   * rules (program, title and degree, availability, travel distance, conflict of interest) with a
   * relevance at least the policy's floor, best first. Relevance and order depend on the {@link
   * SearchConfig#mode() mode} (see the package documentation); ties go to the higher index score
   * (in {@link RetrievalMode#FULL}: text strength and nearness), then the nearer expert, then an
   * order that differs from seat to seat ({@link SeatTieOrder}), so that seats whose candidates tie
   * do not all draw the same experts.
   *
   * @param limit at most this many candidates, at least 1
   */
  public List<Candidate> search(Demand demand, int seatIndex, Policy policy, int limit) {
    return search(demand, seatIndex, policy, limit, Map.of());
  }

  /**
   * As {@link #search(Demand, int, Policy, int)}, checking and scoring each hit on the caller's record
   * of that expert where {@code known} has one, decoding it from the index otherwise. The index must
   * hold the same records (as when it was built from the problem): Lucene retrieves and filters on the
   * indexed copy, so a record that changed since only loses hits by this, never gains them.
   */
  List<Candidate> search(Demand demand, int seatIndex, Policy policy, int limit, Map<String, Expert> known) {
    requireNonNull(demand, "demand");
    requireNonNull(policy, "policy");
    requireNonNull(known, "known");
    checkArgument(limit >= 1, "limit must be >= 1: %s", limit);
    SeatMatcher matcher = SeatMatcher.of(clauses, demand, seatIndex);
    double floor = policy.minRelevanceOr(config.defaultMinRelevance());
    List<Hit> found = live.withSearcher(searcher -> {
      Relevance relevance = relevance(searcher, matcher, demand, seatIndex);
      int matchesAtMost = Math.max(1, searcher.getIndexReader().maxDoc());
      // The index ranks in relevance order and its filters let through few experts the exact rules reject,
      // so a window a little wider than the limit holds the best. Where the rules reject more, a window
      // twice as wide is read, until it holds enough, holds every match or reaches below the floor.
      for (long width = (long) limit + WINDOW_MARGIN; ; width *= 2) {
        int window = (int) Math.min(matchesAtMost, width);
        ScoreDoc[] top = window(searcher, matcher, demand, seatIndex, policy, floor, window);
        List<Hit> hits = new ArrayList<>();
        boolean reachedFloor = false;
        for (ScoreDoc hit : top) {
          Expert expert = decoded.expert(searcher, hit.doc, known);
          if (!Eligibility.isEligible(expert, demand, seatIndex, policy)) {
            LOG.debug("Expert {} passed the index filters but not {}", expert.id(),
                Eligibility.violations(expert, demand, seatIndex, policy));
            continue;
          }
          Candidate candidate = relevance.candidate(expert, hit.score);
          if (candidate.relevance() >= floor) {
            hits.add(new Hit(candidate, hit.score));
          } else {
            reachedFloor = true;
          }
        }
        if (hits.size() >= limit || top.length < window || window == matchesAtMost || reachedFloor) {
          return hits;
        }
      }
    });
    found.sort(ranking(SeatTieOrder.of(demand.id(), seatIndex)));
    return found.stream().limit(limit).map(Hit::candidate).toList();
  }

  /**
   * The best {@code window} hits by index score, then id. In {@link RetrievalMode#FULL} the text
   * tie-break and the distance decay are scored only on the experts whose level can reach the window
   * ({@link RescoredWindow}): the same hits and scores as one search, at a fraction of the cost.
   */
  private ScoreDoc[] window(IndexSearcher searcher, SeatMatcher matcher, Demand demand, int seatIndex,
      Policy policy, double floor, int window) throws IOException {
    if (config.mode() != RetrievalMode.FULL) {
      return searcher.search(seatQuery(searcher, matcher, demand, seatIndex, policy, floor), window,
          BY_SCORE_THEN_ID, true).scoreDocs;
    }
    Seat seat = demand.seats().get(seatIndex);
    Query levelsOnly = filtered(withTextTier(searcher, matcher.toQuery(), seat, floor), demand, seat,
        policy);
    return RescoredWindow.top(searcher, levelsOnly, tieBreak(searcher, demand, seat), TEXT_TIER_WEIGHT, window,
        TIE_BREAK_SLACK, ExpertDocuments.ID, SeatTieOrder.of(demand.id(), seatIndex));
  }

  /** The {@link TieBreak} of a seat, on the documents of {@code searcher}. */
  private RescoredWindow.Features tieBreak(IndexSearcher searcher, Demand demand, Seat seat) throws IOException {
    return TieBreak.of(textTieBreak(demand, seat), searcher.getIndexReader(), segmentLookups, demand.location())
        ::scores;
  }

  /** A candidate with the index score that ranked it. */
  private record Hit(Candidate candidate, float score) {}

  /** Turns an expert and their index score for one seat into a candidate, as the mode defines relevance. */
  @FunctionalInterface
  private interface Relevance {
    Candidate candidate(Expert expert, float indexScore) throws IOException;
  }

  private Relevance relevance(IndexSearcher searcher, SeatMatcher matcher, Demand demand, int seatIndex)
      throws IOException {
    Seat seat = demand.seats().get(seatIndex);
    if (config.mode() == RetrievalMode.FULL) {
      // Only a text-tier hit scores below the lowest level; its score is its similarity times the weight.
      return (expert, indexScore) -> fullCandidate(matcher, expert, demand, seat, indexScore / TEXT_TIER_WEIGHT);
    }
    float ceiling = OneDocumentScorer.score(modeTextQuery(seat), ExpertDocuments.ofQueryText(seat.skills()),
        indexAnalyzer, searcher);
    String label = config.mode() == RetrievalMode.WORDS ? "文本相似度（分词）：" : "文本相似度（二元组）：";
    return (expert, indexScore) -> {
      double relevance = ceiling <= 0 ? 0 : Math.min(1.0, Math.round(indexScore / ceiling * 10_000) / 10_000.0);
      List<String> reasons = new ArrayList<>(matcher.score(expert).reasons());
      reasons.add(label + relevance);
      return new Candidate(expert.id(), relevance, Geo.haversineKm(expert.location(), demand.location()),
          List.copyOf(reasons));
    };
  }

  /**
   * {@link RetrievalMode#FULL}: the level relevance where the expert reaches a level, else the text
   * tier's (see {@link TextTier}) when the text is similar at all, else 0 with no reason.
   */
  private Candidate fullCandidate(SeatMatcher matcher, Expert expert, Demand demand, Seat seat,
      double textSimilarity) {
    SeatMatcher.Scored scored = matcher.score(expert);
    double distanceKm = Geo.haversineKm(expert.location(), demand.location());
    if (scored.relevance() > 0 || textSimilarity <= 0) {
      return new Candidate(expert.id(), scored.relevance(), distanceKm, scored.reasons());
    }
    return new Candidate(expert.id(), TextTier.relevance(textSimilarity, seat.skills().size()), distanceKm,
        List.of(textTier.reason(expert, seat)));
  }

  /** The text tier's similarity of a document to a seat: BM25 over the query's score on its own text. */
  private double textSimilarity(IndexSearcher searcher, Seat seat, float score) throws IOException {
    float ceiling = textCeiling(searcher, seat);
    return ceiling <= 0 ? 0 : score / ceiling;
  }

  private float textCeiling(IndexSearcher searcher, Seat seat) throws IOException {
    return OneDocumentScorer.score(textTier.query(seat), ExpertDocuments.ofQueryText(seat.skills()),
        indexAnalyzer, searcher);
  }

  /**
   * Ids of every expert the index query returns for a seat, before the {@link Eligibility} re-check
   * and the floor: lets tests show that the Lucene filters alone enforce the static hard rules.
   */
  List<String> idsPassingIndexFilters(Demand demand, int seatIndex, Policy policy) {
    SeatMatcher matcher = SeatMatcher.of(clauses, demand, seatIndex);
    double floor = policy.minRelevanceOr(config.defaultMinRelevance());
    return live.withSearcher(searcher -> {
      Query query = seatQuery(searcher, matcher, demand, seatIndex, policy, floor);
      StoredFields stored = searcher.storedFields();
      List<String> ids = new ArrayList<>();
      for (ScoreDoc hit : searcher.search(query, Math.max(1, searcher.getIndexReader().numDocs())).scoreDocs) {
        ids.add(stored.document(hit.doc).get(ExpertDocuments.ID));
      }
      return ids;
    });
  }

  /**
   * The window {@link #search} reads for a seat and, from the same searcher, the one scoring the
   * tie-break on every match (an infinite slack) returns: lets tests show they agree. FULL mode only.
   */
  ScoreDoc[][] windowAndSinglePassWindow(Demand demand, int seatIndex, Policy policy, int window) {
    SeatMatcher matcher = SeatMatcher.of(clauses, demand, seatIndex);
    double floor = policy.minRelevanceOr(config.defaultMinRelevance());
    Seat seat = demand.seats().get(seatIndex);
    return live.withSearcher(searcher -> new ScoreDoc[][] {
        window(searcher, matcher, demand, seatIndex, policy, floor, window),
        RescoredWindow.top(searcher, seatQuery(searcher, matcher, demand, seatIndex, policy, floor),
            tieBreak(searcher, demand, seat), TEXT_TIER_WEIGHT, window, Double.POSITIVE_INFINITY, ExpertDocuments.ID,
            SeatTieOrder.of(demand.id(), seatIndex))});
  }

  /**
   * The relevance of one expert to one seat, as {@link #search} computes it, with no hard filter:
   * for pinned assignments and push. The expert need not be in the index.
   */
  public double relevance(Expert expert, Demand demand, int seatIndex) {
    return assess(expert, demand, seatIndex).relevance();
  }

  /** {@link #relevance} with the distance and the reasons, as a candidate (it may be below the floor). */
  public Candidate assess(Expert expert, Demand demand, int seatIndex) {
    requireNonNull(expert, "expert");
    requireNonNull(demand, "demand");
    SeatMatcher matcher = SeatMatcher.of(clauses, demand, seatIndex);
    Seat seat = demand.seats().get(seatIndex);
    if (config.mode() == RetrievalMode.FULL) {
      if (matcher.score(expert).relevance() > 0) {
        return fullCandidate(matcher, expert, demand, seat, 0);
      }
      return live.withSearcher(searcher -> {
        float score = OneDocumentScorer.score(textTier.query(seat),
            ExpertDocuments.toDocument(expert, profileTerms, indexWords), indexAnalyzer, searcher);
        return fullCandidate(matcher, expert, demand, seat, score <= 0 ? 0 : textSimilarity(searcher, seat, score));
      });
    }
    return live.withSearcher(searcher -> {
      Query text = modeTextQuery(demand.seats().get(seatIndex));
      float score = OneDocumentScorer.score(text, ExpertDocuments.toDocument(expert, profileTerms, indexWords),
          indexAnalyzer, searcher);
      return relevance(searcher, matcher, demand, seatIndex).candidate(expert, score);
    });
  }

  /**
   * Free-text lookup for a portal's search box: ids of experts whose skills, profile or institution
   * match the smartcn words or bigrams of {@code text}, by BM25, best first. No filter, no floor.
   */
  public List<String> searchText(String text, int limit) {
    requireNonNull(text, "text");
    checkArgument(limit >= 1, "limit must be >= 1: %s", limit);
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    textQueries.plainWords(ExpertDocuments.SKILLS_TEXT, text).ifPresent(q -> addBoosted(any, q, 2f));
    textQueries.plainWords(ExpertDocuments.PROFILE_TEXT, text).ifPresent(q -> addBoosted(any, q, 1f));
    textQueries.plainWords(ExpertDocuments.INSTITUTION_TEXT, text).ifPresent(q -> addBoosted(any, q, 0.5f));
    textQueries.plainBigrams(ExpertDocuments.SKILLS_BIGRAMS, text).ifPresent(q -> addBoosted(any, q, 1f));
    textQueries.plainBigrams(ExpertDocuments.PROFILE_BIGRAMS, text).ifPresent(q -> addBoosted(any, q, 0.5f));
    Query query = any.build();
    return live.withSearcher(searcher -> {
      StoredFields stored = searcher.storedFields();
      List<String> ids = new ArrayList<>();
      int hits = Math.max(1, Math.min(limit, searcher.getIndexReader().maxDoc()));
      for (ScoreDoc hit : searcher.search(query, hits, BY_SCORE_THEN_ID, true).scoreDocs) {
        ids.add(stored.document(hit.doc).get(ExpertDocuments.ID));
      }
      return ids;
    });
  }

  private static void addBoosted(BooleanQuery.Builder query, Query clause, float boost) {
    if (clause != null) {
      query.add(new BoostQuery(clause, boost), Occur.SHOULD);
    }
  }

  private Query seatQuery(IndexSearcher searcher, SeatMatcher matcher, Demand demand, int seatIndex,
      Policy policy, double floor) throws IOException {
    Seat seat = demand.seats().get(seatIndex);
    Query relevance = config.mode() == RetrievalMode.FULL
        ? fullRelevanceQuery(searcher, matcher, seat, floor)
        : modeTextQuery(seat);
    return filtered(relevance, demand, seat, policy);
  }

  /** The levels and, where the floor admits it, the text tier: no filter, no tie-break. */
  private Query fullRelevanceQuery(IndexSearcher searcher, SeatMatcher matcher, Seat seat, double floor)
      throws IOException {
    return withTextTier(searcher, matcher.toQuery(), seat, floor);
  }

  /** {@code relevance} restricted by the static hard rules the index can check. */
  private Query filtered(Query relevance, Demand demand, Seat seat, Policy policy) {
    double lat = demand.location().lat();
    double lon = demand.location().lon();
    BooleanQuery.Builder query = new BooleanQuery.Builder().add(relevance, Occur.MUST);
    // Cached apart: a program serves every seat of it, a circle every seat placed at its centre (a county seat, often).
    query.add(segmentCache.filter(new TermQuery(new Term(ExpertDocuments.PROGRAM, demand.program().name()))),
        Occur.FILTER);
    policy.maxTravelKm().ifPresent(km -> {
      if (km + DISTANCE_SLACK_KM < HALF_EARTH_CIRCUMFERENCE_KM) {
        query.add(segmentCache.filter(LatLonPoint.newDistanceQuery(ExpertDocuments.LOCATION, lat, lon,
            (km + DISTANCE_SLACK_KM) * 1000)), Occur.FILTER);
      }
    });
    // A title or degree floor serves every seat that sets it: a handful of filters for a province.
    seat.minTitle().ifPresent(title -> query.add(segmentCache.filter(
        IntPoint.newRangeQuery(ExpertDocuments.TITLE, title.ordinal(), Integer.MAX_VALUE)), Occur.FILTER));
    seat.minDegree().ifPresent(degree -> query.add(segmentCache.filter(
        IntPoint.newRangeQuery(ExpertDocuments.DEGREE, degree.ordinal(), Integer.MAX_VALUE)), Occur.FILTER));
    query.add(new UnavailableDuring(ExpertDocuments.UNAVAILABLE, ExpertDocuments.epochDay(demand.dates().start()),
        ExpertDocuments.epochDay(demand.dates().end())), Occur.MUST_NOT);
    demand.hostUnit().institution().ifPresent(owner -> query.add(
        new TermQuery(new Term(ExpertDocuments.INSTITUTION_KEY, owner)), Occur.MUST_NOT));
    return query.build();
  }

  /**
   * The level query or, with the same score where a level matches, the text tier: a disjunction-max
   * whose text branch scores at most {@link #TEXT_TIER_WEIGHT}, under every level match. Left out
   * where the floor excludes every text-only match (the default floor does), so planning pays nothing
   * for it.
   */
  private Query withTextTier(IndexSearcher searcher, Query levels, Seat seat, double floor) throws IOException {
    if (floor > TextTier.maxRelevance(seat.skills().size())) {
      return levels;
    }
    float ceiling = textCeiling(searcher, seat);
    if (ceiling <= 0) {
      return levels;
    }
    Query text = new BoostQuery(new FunctionScoreQuery(textTier.query(seat), BoundedScore.proportional(ceiling)),
        TEXT_TIER_WEIGHT);
    return new DisjunctionMaxQuery(List.of(levels, text), 0f);
  }

  /**
   * {@link RetrievalMode#WORDS} or {@link RetrievalMode#BIGRAMS}: any word (bigram) of any seat
   * skill or of its thesaurus expansions, in the skills or the profile, by BM25.
   */
  private Query modeTextQuery(Seat seat) {
    boolean words = config.mode() == RetrievalMode.WORDS;
    String skills = words ? ExpertDocuments.SKILLS_TEXT : ExpertDocuments.SKILLS_BIGRAMS;
    String profile = words ? ExpertDocuments.PROFILE_TEXT : ExpertDocuments.PROFILE_BIGRAMS;
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String skill : seat.skills()) {
      for (String field : List.of(skills, profile)) {
        (words ? textQueries.words(field, skill) : textQueries.bigrams(field, skill))
            .ifPresent(q -> any.add(q, Occur.SHOULD));
      }
    }
    return any.build();
  }

  /**
   * {@link RetrievalMode#FULL}'s ordering among equal relevance: smartcn words of the seat skills
   * and their thesaurus expansions in the skills (weighed more) and the profile, and the words of
   * the demand's title and description: the query {@link TieBreak} flattens into weighted words.
   */
  private Query textTieBreak(Demand demand, Seat seat) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String skill : seat.skills()) {
      textQueries.words(ExpertDocuments.SKILLS_TEXT, skill).ifPresent(q -> addBoosted(any, q, SKILLS_TEXT_BOOST));
      textQueries.words(ExpertDocuments.PROFILE_TEXT, skill).ifPresent(q -> addBoosted(any, q, PROFILE_TEXT_BOOST));
    }
    String demandText = demand.title() + "\n" + demand.description();
    for (String field : List.of(ExpertDocuments.SKILLS_TEXT, ExpertDocuments.PROFILE_TEXT)) {
      textQueries.plainWords(field, demandText).ifPresent(q -> addBoosted(any, q, DEMAND_TEXT_BOOST));
    }
    return any.build();
  }

  @Override
  public void close() throws IOException {
    live.close(indexAnalyzer, bigrams, words);
  }
}
