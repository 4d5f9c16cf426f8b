package org.talentmatch.core.search;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.Expert;
import org.talentmatch.api.model.Policy;
import org.talentmatch.api.search.DemandMatch;
import org.talentmatch.core.rules.Eligibility;
import org.talentmatch.core.rules.Geo;

/**
 * Push (人才信息推送): the open demands that fit one expert, with the same relevance as search. Needs
 * no index: the demands are few and given. Immutable and thread-safe.
 */
public final class DemandRecommender {
  private static final Comparator<DemandMatch> BEST_FIRST = Comparator
      .comparingDouble(DemandMatch::relevance).reversed()
      .thenComparingDouble(DemandMatch::distanceKm)
      .thenComparing(DemandMatch::demandId);

  private final SearchConfig config;

  public DemandRecommender(SearchConfig config) {
    this.config = requireNonNull(config, "config");
  }

  /**
   * For each demand, the expert's best seat among those whose static hard rules they pass (the
   * lower seat index on equal relevance); kept when its relevance reaches the policy's floor; best
   * first, then nearer, then by demand id.
   *
   * @param demands the open demands; the caller decides which are open
   */
  public List<DemandMatch> recommend(Expert expert, Collection<Demand> demands, Policy policy, int limit) {
    requireNonNull(expert, "expert");
    requireNonNull(demands, "demands");
    requireNonNull(policy, "policy");
    checkArgument(limit >= 1, "limit must be >= 1: %s", limit);
    double floor = policy.minRelevanceOr(config.defaultMinRelevance());
    List<DemandMatch> matches = new ArrayList<>();
    for (Demand demand : demands) {
      bestSeat(expert, demand, policy).filter(match -> match.relevance() >= floor).ifPresent(matches::add);
    }
    matches.sort(BEST_FIRST);
    return List.copyOf(matches.subList(0, Math.min(limit, matches.size())));
  }

  private Optional<DemandMatch> bestSeat(Expert expert, Demand demand, Policy policy) {
    DemandMatch best = null;
    for (int seat = 0; seat < demand.seats().size(); seat++) {
      if (!Eligibility.isEligible(expert, demand, seat, policy)) {
        continue;
      }
      SeatMatcher.Scored scored = SeatMatcher.of(config.thesaurus(), demand, seat).score(expert);
      if (best == null || scored.relevance() > best.relevance()) {
        best = new DemandMatch(demand.id(), seat, scored.relevance(),
            Geo.haversineKm(expert.location(), demand.location()), scored.reasons());
      }
    }
    return Optional.ofNullable(best);
  }
}
