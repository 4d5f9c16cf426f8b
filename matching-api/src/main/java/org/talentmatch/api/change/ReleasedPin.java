package org.talentmatch.api.change;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import org.talentmatch.api.model.Pin;

/**
 * A confirmed arrangement that a change invalidated, so that re-planning no longer keeps it.
 *
 * @param changeIndex the index of that change in the list of changes
 * @param reason why, in Chinese
 * @param reasonEn why, in English
 */
public record ReleasedPin(Pin pin, int changeIndex, String reason, String reasonEn) {

  public ReleasedPin {
    requireNonNull(pin, "pin");
    checkArgument(changeIndex >= 0, "changeIndex must be >= 0: %s", changeIndex);
    requireNonNull(reason, "reason");
    requireNonNull(reasonEn, "reasonEn");
  }
}
