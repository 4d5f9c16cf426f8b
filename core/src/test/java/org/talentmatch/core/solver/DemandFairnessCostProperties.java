package org.talentmatch.core.solver;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The cost of {@link MatchingConstraints#liftWorstOffDemands} per demand, as a function of its mean relevance. */
class DemandFairnessCostProperties {

  @Property
  void isZeroForAPerfectMatchAndNeverRisesWithRelevance(@ForAll @IntRange(min = 0, max = 999) int perMille) {
    assertThat(MatchingConstraints.shortfallCost(1000)).isZero();
    assertThat(MatchingConstraints.shortfallCost(perMille)).isGreaterThanOrEqualTo(MatchingConstraints.shortfallCost(perMille + 1));
  }

  /**
   * Convex: moving relevance from a better-served demand to a worse-served one never costs more, so
   * at equal total relevance the solver prefers two mediocre demands to one good and one bad
   * (up to two points of rounding).
   */
  @Property
  void levellingTwoDemandsNeverCostsMore(@ForAll @IntRange(min = 0, max = 1000) int a,
      @ForAll @IntRange(min = 0, max = 1000) int b) {
    double middle = (a + b) / 2.0;
    assertThat(2 * MatchingConstraints.shortfallCost(middle))
        .isLessThanOrEqualTo(MatchingConstraints.shortfallCost(a) + MatchingConstraints.shortfallCost(b) + 2);
  }
}
