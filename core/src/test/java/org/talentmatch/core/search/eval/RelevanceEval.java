package org.talentmatch.core.search.eval;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;
import org.talentmatch.api.model.Policy;
import org.talentmatch.api.search.Candidate;
import org.talentmatch.core.search.ExpertIndex;
import org.talentmatch.core.search.RetrievalMode;
import org.talentmatch.core.search.SearchConfig;
import org.talentmatch.core.search.Thesaurus;

/**
 * Runs the evaluation set through the expert index in one retrieval mode: every query as a one-seat
 * demand, searched with no relevance floor and no travel limit, so that only ranking is measured.
 */
public final class RelevanceEval {
  /** How deep each query is searched: the deepest cut-off measured. */
  public static final int DEPTH = 200;
  public static final int RECALL_SHALLOW = 50;
  public static final int NDCG_DEPTH = 10;

  private RelevanceEval() {}

  /** One query's figures, and the relevant experts it did not rank in the first {@link #RECALL_SHALLOW}. */
  public record QueryResult(EvalQuery query, int relevant, double recallAt50, double recallAt200, double ndcgAt10,
      List<String> missedAt50) {}

  /** Figures averaged over the queries, with each query's. */
  public record Report(RetrievalMode mode, double recallAt50, double recallAt200, double ndcgAt10,
      List<QueryResult> queries) {

    /** The same figures averaged over the queries whose ids are in {@code queryIds} only. */
    public Report restrictedTo(Set<String> queryIds) {
      requireNonNull(queryIds, "queryIds");
      List<QueryResult> kept = queries.stream().filter(result -> queryIds.contains(result.query().id())).toList();
      return new Report(mode, mean(kept, QueryResult::recallAt50), mean(kept, QueryResult::recallAt200),
          mean(kept, QueryResult::ndcgAt10), kept);
    }

    /** The {@code n} queries with the lowest nDCG@10 (then recall@50), worst first. */
    public List<QueryResult> worst(int n) {
      return queries.stream()
          .sorted(Comparator.comparingDouble(QueryResult::ndcgAt10).thenComparingDouble(QueryResult::recallAt50))
          .limit(n)
          .toList();
    }
  }

  public static Report run(EvalSet set, RetrievalMode mode) {
    return run(set, mode, Thesaurus.bundled());
  }

  /** The same with another thesaurus, e.g. {@link Thesaurus#empty()} to measure what the bundled one earns. */
  public static Report run(EvalSet set, RetrievalMode mode, Thesaurus thesaurus) {
    requireNonNull(set, "set");
    requireNonNull(mode, "mode");
    SearchConfig config = SearchConfig.builder().mode(mode).thesaurus(thesaurus).defaultMinRelevance(0).build();
    Policy policy = Policy.defaults();
    List<QueryResult> results = new ArrayList<>();
    try (ExpertIndex index = ExpertIndex.inMemory(config)) {
      index.putAll(set.experts());
      for (EvalQuery query : set.queries()) {
        List<String> ranked = index.search(query.toDemand(), 0, policy, DEPTH).stream()
            .map(Candidate::expertId)
            .toList();
        results.add(measure(query, set.judgments(query.id()), ranked));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot close the evaluation index", e);
    }
    return new Report(mode,
        mean(results, QueryResult::recallAt50),
        mean(results, QueryResult::recallAt200),
        mean(results, QueryResult::ndcgAt10),
        List.copyOf(results));
  }

  static QueryResult measure(EvalQuery query, Map<String, Integer> grades, List<String> ranked) {
    Set<String> top = new HashSet<>(ranked.subList(0, Math.min(RECALL_SHALLOW, ranked.size())));
    List<String> missed = grades.entrySet().stream()
        .filter(e -> e.getValue() >= 1 && !top.contains(e.getKey()))
        .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey)
        .toList();
    int relevant = (int) grades.values().stream().filter(grade -> grade >= 1).count();
    return new QueryResult(query, relevant,
        RelevanceMetrics.recallAt(ranked, grades, RECALL_SHALLOW),
        RelevanceMetrics.recallAt(ranked, grades, DEPTH),
        RelevanceMetrics.ndcgAt(ranked, grades, NDCG_DEPTH),
        missed);
  }

  private static double mean(List<QueryResult> results, ToDoubleFunction<QueryResult> metric) {
    return results.stream().mapToDouble(metric).average().orElse(0.0);
  }
}
