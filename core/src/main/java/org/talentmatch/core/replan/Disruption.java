package org.talentmatch.core.replan;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.talentmatch.api.plan.Assignment;

/**
 * FORMAT.md's {@code metrics.moved}: assignments of the previous plan that changed expert or were
 * dropped, declines excluded. An assignment counts as kept when the new plan has the same expert on
 * the same seat of the same demand: the slots of a seat are identical positions, so a change of slot
 * index alone (a newly pinned colleague taking slot 0) moves nobody.
 */
public final class Disruption {
  private Disruption() {}

  public static int moved(List<Assignment> previous, List<Assignment> declined, List<Assignment> next) {
    Set<String> kept = new HashSet<>();
    next.forEach(a -> kept.add(key(a)));
    Set<String> excluded = new HashSet<>();
    declined.forEach(a -> excluded.add(key(a)));
    return (int) previous.stream().filter(a -> !excluded.contains(key(a)) && !kept.contains(key(a))).count();
  }

  private static String key(Assignment a) {
    return a.demandId() + '\u0000' + a.seat() + '\u0000' + a.expertId();
  }
}
