package org.talentmatch.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.talentmatch.api.model.Expert;
import org.talentmatch.core.search.RetrievalMode;
import org.talentmatch.core.search.Thesaurus;
import org.talentmatch.core.search.eval.EvalSet;
import org.talentmatch.core.search.eval.RelevanceEval;

/**
 * Prints the relevance of each retrieval mode on the committed evaluation set (recall@50,
 * recall@200, nDCG@10), then the ten worst queries of the full configuration with the relevant
 * experts it did not rank in its first 50. Run after
 * {@code mvn -B -o -q -pl benchmarks -am package -DskipTests}:
 * {@code java -cp benchmarks/target/benchmarks.jar org.talentmatch.benchmarks.RelevanceEvaluation}.
 */
public final class RelevanceEvaluation {
  private static final int WORST = 10;
  private static final int MISSED_SHOWN = 8;

  private RelevanceEvaluation() {}

  public static void main(String[] args) {
    EvalSet set = EvalSet.load();
    double relevantPerQuery = set.queries().stream()
        .mapToLong(q -> set.judgments(q.id()).values().stream().filter(grade -> grade >= 1).count())
        .average().orElse(0);
    System.out.printf(Locale.ROOT, "Relevance evaluation: %d experts, %d seat queries, %.1f relevant experts per query%n%n",
        set.experts().size(), set.queries().size(), relevantPerQuery);
    System.out.printf(Locale.ROOT, "%-24s %10s %11s %8s %9s%n", "mode", "recall@50", "recall@200", "nDCG@10", "seconds");
    List<RelevanceEval.Report> reports = new ArrayList<>();
    // Each mode with the bundled thesaurus, then without it: the difference is what the thesaurus earns.
    for (boolean withThesaurus : new boolean[] {true, false}) {
      for (RetrievalMode mode : RetrievalMode.values()) {
        long start = System.nanoTime();
        RelevanceEval.Report report =
            RelevanceEval.run(set, mode, withThesaurus ? Thesaurus.bundled() : Thesaurus.empty());
        if (withThesaurus) {
          reports.add(report);
        }
        System.out.printf(Locale.ROOT, "%-24s %10.3f %11.3f %8.3f %9.1f%n",
            mode + (withThesaurus ? "" : ", no thesaurus"), report.recallAt50(), report.recallAt200(),
            report.ndcgAt10(), (System.nanoTime() - start) / 1e9);
      }
    }
    RelevanceEval.Report full = reports.stream().filter(r -> r.mode() == RetrievalMode.FULL).findFirst().orElseThrow();
    printWorst(set, full);
  }

  private static void printWorst(EvalSet set, RelevanceEval.Report report) {
    Map<String, Expert> experts = set.experts().stream().collect(Collectors.toMap(Expert::id, Function.identity()));
    System.out.printf(Locale.ROOT, "%nThe %d worst queries of %s (by nDCG@10), with the relevant experts missed in the first %d:%n",
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
