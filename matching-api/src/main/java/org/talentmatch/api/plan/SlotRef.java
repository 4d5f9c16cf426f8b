package org.talentmatch.api.plan;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Comparator;

/** Names one slot: a demand, the index of its seat entry and the position within that seat. */
public record SlotRef(String demandId, int seat, int slot) implements Comparable<SlotRef> {

  private static final Comparator<SlotRef> ORDER = Comparator.comparing(SlotRef::demandId)
      .thenComparingInt(SlotRef::seat)
      .thenComparingInt(SlotRef::slot);

  public SlotRef {
    requireNonNull(demandId, "demandId");
    checkArgument(seat >= 0 && slot >= 0, "seat and slot must be >= 0: %s/%s", seat, slot);
  }

  @Override
  public int compareTo(SlotRef other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return demandId + "/" + seat + "/" + slot;
  }
}
