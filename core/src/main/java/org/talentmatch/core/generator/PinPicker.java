package org.talentmatch.core.generator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.talentmatch.api.model.DateRange;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.Expert;
import org.talentmatch.api.model.Pin;
import org.talentmatch.api.model.Policy;
import org.talentmatch.api.model.Seat;
import org.talentmatch.core.search.SeatKey;
import org.talentmatch.core.rules.Eligibility;

/**
 * Chooses confirmed arrangements that a valid problem may contain: the expert has a skill of the
 * seat's group, passes every static hard rule ({@link Eligibility}), and the pins together respect
 * the dynamic ones (no two pins of one expert overlap, at most the expert's cap, one slot of a
 * demand per expert, no more pins on a seat than it has slots). Where no such expert turns up after
 * a few tries, a demand gets no pin, so a problem may have fewer pins than asked for.
 */
final class PinPicker {
  private static final int TRIES = 30;

  private final Vocabulary vocabulary;
  private final Policy policy;

  PinPicker(Vocabulary vocabulary, Policy policy) {
    this.vocabulary = vocabulary;
    this.policy = policy;
  }

  List<Pin> pick(int target, List<Expert> experts, List<Demand> demands, ExpertsBySkill index, SplittableRandom rng) {
    Integer[] order = new Integer[demands.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Apportion.shuffle(order, rng);
    Map<Integer, List<DateRange>> pinnedDates = new HashMap<>();
    Map<SeatKey, Integer> seatUse = new HashMap<>();
    Set<String> expertOnDemand = new HashSet<>();
    List<Pin> pins = new ArrayList<>(target);
    for (int d = 0; d < order.length && pins.size() < target; d++) {
      Demand demand = demands.get(order[d]);
      int seatIndex = rng.nextInt(demand.seats().size());
      Seat seat = demand.seats().get(seatIndex);
      SeatKey key = new SeatKey(demand.id(), seatIndex);
      if (seatUse.getOrDefault(key, 0) >= seat.count()) {
        continue;
      }
      Optional<SkillGroup> group = vocabulary.groupOf(seat.skills().get(0));
      int[] candidates = group.map(g -> index.experts(demand.program(), g)).orElse(new int[0]);
      for (int t = 0; t < TRIES && candidates.length > 0; t++) {
        int e = candidates[rng.nextInt(candidates.length)];
        Expert expert = experts.get(e);
        List<DateRange> taken = pinnedDates.getOrDefault(e, List.of());
        boolean fits = !expertOnDemand.contains(expert.id() + "\u0000" + demand.id())
            && taken.size() < expert.capUnder(policy)
            && taken.stream().noneMatch(demand.dates()::overlaps)
            && Eligibility.isEligible(expert, demand, seatIndex, policy);
        if (fits) {
          pins.add(new Pin(demand.id(), seatIndex, expert.id()));
          pinnedDates.computeIfAbsent(e, k -> new ArrayList<>()).add(demand.dates());
          seatUse.merge(key, 1, Integer::sum);
          expertOnDemand.add(expert.id() + "\u0000" + demand.id());
          break;
        }
      }
    }
    pins.sort(Comparator.comparing(Pin::demandId).thenComparingInt(Pin::seat).thenComparing(Pin::expertId));
    return pins;
  }
}
