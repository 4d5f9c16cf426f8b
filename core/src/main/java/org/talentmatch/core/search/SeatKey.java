package org.talentmatch.core.search;

import static java.util.Objects.requireNonNull;

/** Names one seat entry of a demand; all slots of a seat share its candidate list. */
public record SeatKey(String demandId, int seat) {

  public SeatKey {
    requireNonNull(demandId, "demandId");
  }
}
