package org.talentmatch.api.model;

import static com.google.common.base.Preconditions.checkArgument;

/** A confirmed arrangement: the expert holds a slot of that seat; the engine picks the slot. */
public record Pin(String demandId, int seat, String expertId) {

  public Pin {
    Checks.nonBlank(demandId, "demandId");
    checkArgument(seat >= 0, "seat must be >= 0: %s", seat);
    Checks.nonBlank(expertId, "expertId");
  }
}
