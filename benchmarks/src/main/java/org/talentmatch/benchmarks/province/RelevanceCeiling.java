package org.talentmatch.benchmarks.province;

import static java.util.Objects.requireNonNull;

import java.util.Comparator;
import java.util.List;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.Problem;
import org.talentmatch.api.plan.Plan;
import org.talentmatch.api.search.Candidate;
import org.talentmatch.core.search.CandidateTable;

/**
 * A bound on total relevance that needs no solver: a seat of count c is filled by at most c distinct
 * experts of its list, so no plan over a candidate table, at any coverage, sums more relevance than
 * each seat's c best candidates. Where CP-SAT proves coverage but not relevance in its time, this still
 * bounds how far a plan is from the best relevance at that coverage.
 */
final class RelevanceCeiling {
  private RelevanceCeiling() {}

  /** The sum, over every seat, of its {@code count} highest candidate relevances. */
  static double of(Problem problem, CandidateTable candidates) {
    requireNonNull(problem, "problem");
    requireNonNull(candidates, "candidates");
    double ceiling = 0;
    for (Demand demand : problem.demands()) {
      for (int seat = 0; seat < demand.seats().size(); seat++) {
        List<Candidate> ranked = candidates.candidates(demand.id(), seat);
        ceiling += ranked.stream().mapToDouble(Candidate::relevance).boxed()
            .sorted(Comparator.reverseOrder())
            .limit(demand.seats().get(seat).count()).mapToDouble(Double::doubleValue).sum();
      }
    }
    return ceiling;
  }

  /** A plan's total relevance: the sum over its assignments. */
  static double total(Plan plan) {
    return plan.assignments().stream().mapToDouble(a -> a.relevance().orElse(0)).sum();
  }
}
