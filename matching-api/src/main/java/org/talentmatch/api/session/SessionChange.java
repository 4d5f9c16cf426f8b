package org.talentmatch.api.session;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;
import org.talentmatch.api.change.PlanChange;
import org.talentmatch.api.change.ReleasedPin;

/**
 * A change a planning session took in.
 *
 * @param index the change's place among the session's changes, from 0 (as in {@code $.changes[i]})
 * @param releasedPins confirmed arrangements the change invalidated (each names {@code index})
 */
public record SessionChange(int index, PlanChange change, List<ReleasedPin> releasedPins) {

  public SessionChange {
    checkArgument(index >= 0, "index must be >= 0: %s", index);
    requireNonNull(change, "change");
    releasedPins = List.copyOf(releasedPins);
  }
}
