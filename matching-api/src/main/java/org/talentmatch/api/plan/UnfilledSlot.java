package org.talentmatch.api.plan;

import static java.util.Objects.requireNonNull;

/**
 * An empty slot of a plan and why it is empty, in words a programme officer can act on.
 *
 * @param reason in Chinese, e.g. {@code 400公里内没有职称达到正高级的候选人}
 * @param reasonEn the same in English, e.g. {@code no candidate with minTitle SENIOR within 400 km}
 */
public record UnfilledSlot(String demandId, int seat, int slot, String reason, String reasonEn) {

  public UnfilledSlot {
    requireNonNull(demandId, "demandId");
    requireNonNull(reason, "reason");
    requireNonNull(reasonEn, "reasonEn");
  }

  public SlotRef slotRef() {
    return new SlotRef(demandId, seat, slot);
  }
}
