package org.talentmatch.api.plan;

import static java.util.Objects.requireNonNull;

/**
 * A seat entry with no eligible candidate at all, found before solving.
 *
 * @param slots how many slots of that seat cannot be filled
 * @param reason the first hard filter that leaves nobody, in Chinese
 * @param reasonEn the same in English
 */
public record SeatShortage(String demandId, int seat, int slots, String reason, String reasonEn) {

  public SeatShortage {
    requireNonNull(demandId, "demandId");
    requireNonNull(reason, "reason");
    requireNonNull(reasonEn, "reasonEn");
  }
}
