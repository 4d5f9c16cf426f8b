package org.talentmatch.core.rules;

import com.google.common.base.CharMatcher;
import java.util.EnumSet;
import java.util.Set;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.Expert;
import org.talentmatch.api.model.Policy;
import org.talentmatch.api.model.Seat;

/**
 * The static hard rules (1, 2, 3, 7, 8): those that depend on one expert and one seat only. Search
 * enforces them as index filters; this class is the reference the validator, the supply check and
 * the plan checker share.
 */
public final class Eligibility {
  private Eligibility() {}

  /** The static rules that {@code expert} breaks for seat {@code seatIndex} of {@code demand}. */
  public static Set<HardRule> violations(Expert expert, Demand demand, int seatIndex, Policy policy) {
    Seat seat = demand.seats().get(seatIndex);
    Set<HardRule> broken = EnumSet.noneOf(HardRule.class);
    if (!expert.programs().contains(demand.program())) {
      broken.add(HardRule.PROGRAM);
    }
    if (!seat.admits(expert.title(), expert.degree())) {
      broken.add(HardRule.TITLE_DEGREE);
    }
    if (!expert.isAvailable(demand.dates())) {
      broken.add(HardRule.AVAILABILITY);
    }
    if (!withinTravel(expert, demand, policy)) {
      broken.add(HardRule.DISTANCE);
    }
    if (hasConflictOfInterest(expert, demand)) {
      broken.add(HardRule.CONFLICT_OF_INTEREST);
    }
    return broken;
  }

  public static boolean isEligible(Expert expert, Demand demand, int seatIndex, Policy policy) {
    return violations(expert, demand, seatIndex, policy).isEmpty();
  }

  public static boolean withinTravel(Expert expert, Demand demand, Policy policy) {
    return policy.maxTravelKm().isEmpty()
        || Geo.haversineKm(expert.location(), demand.location()) <= policy.maxTravelKm().getAsDouble();
  }

  /** Rule 8: the host unit belongs to the expert's own institution (compared by {@link #institutionKey}). */
  public static boolean hasConflictOfInterest(Expert expert, Demand demand) {
    return demand.hostUnit().institution().map(owner -> owner.equals(institutionKey(expert.institution()))).orElse(false);
  }

  /**
   * How institutions compare for rule 8: without surrounding white space, Unicode's included (the
   * ideographic space U+3000 and the no-break space U+00A0 are common in Chinese data).
   */
  public static String institutionKey(String institution) {
    return CharMatcher.whitespace().trimFrom(institution);
  }
}
