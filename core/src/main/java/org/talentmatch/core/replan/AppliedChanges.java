package org.talentmatch.core.replan;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Set;
import org.talentmatch.api.change.Exclusion;
import org.talentmatch.api.change.ReleasedPin;
import org.talentmatch.api.model.Problem;
import org.talentmatch.api.plan.Assignment;

/**
 * A problem and its plan after a list of changes.
 *
 * @param problem the changed problem: its pins are the kept and the newly confirmed arrangements
 * @param standing the previous plan's assignments the changes left in place (the re-plan's starting
 *     point and hint); declined ones and those of cancelled demands are gone
 * @param declined the previous plan's assignments their experts declined (not counted as moved)
 * @param exclusions expert–demand pairs never to be proposed again
 * @param releasedPins confirmed arrangements the changes invalidated
 */
public record AppliedChanges(
    Problem problem,
    List<Assignment> standing,
    List<Assignment> declined,
    Set<Exclusion> exclusions,
    List<ReleasedPin> releasedPins) {

  public AppliedChanges {
    requireNonNull(problem, "problem");
    standing = List.copyOf(standing);
    declined = List.copyOf(declined);
    exclusions = Set.copyOf(exclusions);
    releasedPins = List.copyOf(releasedPins);
  }
}
