package org.talentmatch.core.search;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
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
 * Push (人才信息推送): the open demands of a {@link DemandIndex} that fit one expert, with the same
 * relevance and reasons as search. Thread-safe: it holds no state but the index.
 *
 * <p>The index retrieves demands in decreasing order of an upper bound of their relevance; each is
 * scored exactly here ({@link SeatMatcher} on every seat the expert is eligible for, {@link
 * Eligibility} re-checked as a safety net), and retrieval stops once no further demand can enter the
 * result. The result is therefore exactly the best {@code limit} demands, not an approximation.
 */
public final class DemandRecommender {
  static final Comparator<DemandMatch> BEST_FIRST = Comparator
      .comparingDouble(DemandMatch::relevance).reversed()
      .thenComparingDouble(DemandMatch::distanceKm)
      .thenComparing(DemandMatch::demandId);

  private final DemandIndex demands;

  public DemandRecommender(DemandIndex demands) {
    this.demands = requireNonNull(demands, "demands");
  }

  /**
   * The expert's best seat of each indexed demand whose static hard rules (program, title and
   * degree, availability, travel distance, conflict of interest) they pass, kept when its relevance
   * reaches the policy's floor; best first, then nearer, then by demand id. Of equally relevant seats
   * of one demand, the lower index. A demand none of whose seat terms the expert matches is never
   * pushed, even under a floor of 0.
   *
   * @param limit at most this many, at least 1
   */
  public List<DemandMatch> recommend(Expert expert, Policy policy, int limit) {
    requireNonNull(expert, "expert");
    requireNonNull(policy, "policy");
    checkArgument(limit >= 1, "limit must be >= 1: %s", limit);
    double floor = policy.minRelevanceOr(demands.config().defaultMinRelevance());
    List<DemandMatch> best = new ArrayList<>();
    demands.retrieve(expert, policy, limit, (demand, upperBound) -> {
      if (upperBound < floor || best.size() == limit && best.get(limit - 1).relevance() > upperBound) {
        return false;
      }
      bestSeat(expert, demand, policy).filter(match -> match.relevance() >= floor).ifPresent(match -> {
        best.add(match);
        best.sort(BEST_FIRST);
        if (best.size() > limit) {
          best.remove(limit);
        }
      });
      return true;
    });
    return List.copyOf(best);
  }

  private Optional<DemandMatch> bestSeat(Expert expert, Demand demand, Policy policy) {
    DemandMatch best = null;
    for (int seat = 0; seat < demand.seats().size(); seat++) {
      if (!Eligibility.isEligible(expert, demand, seat, policy)) {
        continue;
      }
      SeatMatcher.Scored scored = SeatMatcher.of(demands.config().thesaurus(), demand, seat).score(expert);
      if (best == null || scored.relevance() > best.relevance()) {
        best = new DemandMatch(demand.id(), seat, scored.relevance(),
            Geo.haversineKm(expert.location(), demand.location()), scored.reasons());
      }
    }
    return Optional.ofNullable(best);
  }
}
