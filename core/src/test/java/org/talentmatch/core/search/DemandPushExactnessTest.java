package org.talentmatch.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.Expert;
import org.talentmatch.api.model.Policy;
import org.talentmatch.api.model.Problem;
import org.talentmatch.api.search.DemandMatch;
import org.talentmatch.core.generator.GeneratorSpec;
import org.talentmatch.core.generator.ProblemGenerator;
import org.talentmatch.core.rules.Eligibility;
import org.talentmatch.core.rules.Geo;

/**
 * Push stops retrieving as soon as no further demand can enter the result: it must still return
 * exactly what scoring every demand in Java returns.
 */
class DemandPushExactnessTest {
  private static final Problem PROBLEM = ProblemGenerator.generate(GeneratorSpec.of(60, 120, 9));
  private static final SearchConfig CONFIG = SearchConfig.defaults();

  @Property(tries = 40)
  void indexedPushEqualsScoringEveryDemand(@ForAll @IntRange(min = 0, max = 59) int expertIndex,
      @ForAll @IntRange(min = 1, max = 15) int limit,
      // Above the demand-text bonus, so that a demand matching no seat term cannot pass either way.
      @ForAll @DoubleRange(min = 0.15, max = 0.9) double floor,
      @ForAll boolean travelLimit) throws Exception {
    Expert expert = PROBLEM.experts().get(expertIndex);
    Policy policy = travelLimit ? PROBLEM.policy().withMaxTravelKm(150).withMinRelevance(floor)
        : PROBLEM.policy().withMinRelevance(floor);
    try (DemandIndex index = DemandIndex.inMemory(CONFIG)) {
      index.putAll(PROBLEM.demands());

      List<DemandMatch> expected = bruteForce(expert, policy, limit);
      Statistics.collect(expected.isEmpty() ? "nothing pushed" : "some pushed");
      Statistics.coverage(coverage -> coverage.check("some pushed").percentage(p -> p >= 30));

      assertThat(new DemandRecommender(index).recommend(expert, policy, limit)).isEqualTo(expected);
    }
  }

  private static List<DemandMatch> bruteForce(Expert expert, Policy policy, int limit) {
    List<DemandMatch> all = new ArrayList<>();
    for (Demand demand : PROBLEM.demands()) {
      DemandMatch best = null;
      for (int seat = 0; seat < demand.seats().size(); seat++) {
        if (Eligibility.isEligible(expert, demand, seat, policy)) {
          SeatMatcher.Scored scored = SeatMatcher.of(CONFIG.thesaurus(), demand, seat).score(expert);
          if (best == null || scored.relevance() > best.relevance()) {
            best = new DemandMatch(demand.id(), seat, scored.relevance(),
                Geo.haversineKm(expert.location(), demand.location()), scored.reasons());
          }
        }
      }
      if (best != null && best.relevance() >= policy.minRelevance().getAsDouble()) {
        all.add(best);
      }
    }
    all.sort(DemandRecommender.BEST_FIRST);
    return all.subList(0, Math.min(limit, all.size()));
  }
}
