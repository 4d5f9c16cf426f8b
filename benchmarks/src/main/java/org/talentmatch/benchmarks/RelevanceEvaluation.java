package org.talentmatch.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.talentmatch.api.model.Expert;
import org.talentmatch.core.search.RetrievalMode;
import org.talentmatch.core.search.Thesaurus;
import org.talentmatch.core.search.eval.EvalSet;
import org.talentmatch.core.search.eval.EvalSplit;
import org.talentmatch.core.search.eval.RelevanceEval;

/**
 * Prints the relevance of each retrieval mode on the committed evaluation set (recall@50,
 * recall@200, nDCG@10) over all queries and over each half of {@link EvalSplit} (TUNE, HELD-OUT),
 * then the ten worst TUNE queries of the full configuration with the relevant experts it did not
 * rank in its first 50. HELD-OUT queries are never listed: they are what the tuning is measured on.
 * Run after {@code mvn -B -o -q -pl benchmarks -am package -DskipTests}:
 * {@code java -cp benchmarks/target/benchmarks.jar org.talentmatch.benchmarks.RelevanceEvaluation}.
 */
public final class RelevanceEvaluation {
  private static final int WORST = 10;
  private static final int MISSED_SHOWN = 8;

  private RelevanceEvaluation() {}

  /** One line of the table: a retrieval mode with a thesaurus. */
  private record Configuration(String name, RetrievalMode mode, Thesaurus thesaurus) {}

  public static void main(String[] args) {
    EvalSet set = EvalSet.load();
    EvalSplit split = EvalSplit.of(set);
    Set<String> tune = split.queryIds(EvalSplit.Half.TUNE);
    Set<String> heldOut = split.queryIds(EvalSplit.Half.HELD_OUT);
    double relevantPerQuery = set.queries().stream()
        .mapToLong(q -> set.judgments(q.id()).values().stream().filter(grade -> grade >= 1).count())
        .average().orElse(0);
    System.out.printf(Locale.ROOT, "Relevance evaluation: %d experts, %d seat queries (%d TUNE, %d HELD-OUT), "
            + "%.1f relevant experts per query%n%n",
        set.experts().size(), set.queries().size(), tune.size(), heldOut.size(), relevantPerQuery);
    System.out.printf(Locale.ROOT, "%-34s %-24s %-24s %-24s%n", "", "ALL", "TUNE", "HELD-OUT");
    String metrics = String.format(Locale.ROOT, "%7s %7s %8s ", "r@50", "r@200", "nDCG@10");
    System.out.printf(Locale.ROOT, "%-34s %s %s %s %7s%n", "configuration", metrics, metrics, metrics, "seconds");
    RelevanceEval.Report full = null;
    for (Configuration configuration : configurations()) {
      long start = System.nanoTime();
      RelevanceEval.Report report = RelevanceEval.run(set, configuration.mode(), configuration.thesaurus());
      if (full == null && configuration.mode() == RetrievalMode.FULL) {
        full = report;
      }
      System.out.printf(Locale.ROOT, "%-34s %s %s %s %7.1f%n", configuration.name(), row(report),
          row(report.restrictedTo(tune)), row(report.restrictedTo(heldOut)), (System.nanoTime() - start) / 1e9);
    }
    printWorst(set, full.restrictedTo(tune));
  }

  /**
   * Each mode with the bundled thesaurus; FULL without each inference of the thesaurus and
   * without its related-term lines (the difference is what each earns); then each mode without the thesaurus.
   */
  private static List<Configuration> configurations() {
    List<Configuration> rows = new ArrayList<>();
    for (RetrievalMode mode : RetrievalMode.values()) {
      rows.add(new Configuration(mode.name(), mode, Thesaurus.bundled()));
    }
    for (Thesaurus.Inference inference : Thesaurus.Inference.values()) {
      rows.add(new Configuration("FULL, no " + inference, RetrievalMode.FULL, Thesaurus.bundled().without(inference)));
    }
    rows.add(new Configuration("FULL, no inference", RetrievalMode.FULL, Thesaurus.bundled().withInferences(Set.of())));
    rows.add(new Configuration("FULL, no related terms", RetrievalMode.FULL, Thesaurus.bundled().withoutRelated()));
    for (RetrievalMode mode : RetrievalMode.values()) {
      rows.add(new Configuration(mode + ", no thesaurus", mode, Thesaurus.empty()));
    }
    return rows;
  }

  private static String row(RelevanceEval.Report report) {
    return String.format(Locale.ROOT, "%7.3f %7.3f %8.3f ", report.recallAt50(), report.recallAt200(), report.ndcgAt10());
  }

  private static void printWorst(EvalSet set, RelevanceEval.Report report) {
    Map<String, Expert> experts = set.experts().stream().collect(Collectors.toMap(Expert::id, Function.identity()));
    System.out.printf(Locale.ROOT, "%nThe %d worst TUNE queries of %s (by nDCG@10), with the relevant experts missed in the first %d:%n",
        WORST, report.mode(), RelevanceEval.RECALL_SHALLOW);
    for (RelevanceEval.QueryResult result : report.worst(WORST)) {
      System.out.printf(Locale.ROOT, "%s %s 「%s」 skills=%s  relevant=%d  recall@50=%.2f  nDCG@10=%.3f%n",
          result.query().id(), result.query().concept(), result.query().title(), result.query().skills(),
          result.relevant(), result.recallAt50(), result.ndcgAt10());
      List<String> missed = result.missedAt50();
      // Skill tags only: profiles are personal data and stay out of the output.
      missed.stream().limit(MISSED_SHOWN).forEach(id -> System.out.printf(Locale.ROOT, "    missed %s grade %d skills=%s%n",
          id, set.grade(result.query().id(), id), experts.get(id).skills()));
      if (missed.size() > MISSED_SHOWN) {
        System.out.printf(Locale.ROOT, "    … and %d more%n", missed.size() - MISSED_SHOWN);
      }
    }
  }
}
