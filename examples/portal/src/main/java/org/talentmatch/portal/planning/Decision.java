package org.talentmatch.portal.planning;

import static java.util.Objects.requireNonNull;

import com.google.common.base.Preconditions;
import org.talentmatch.api.change.PlanChange;
import org.talentmatch.api.plan.SlotRef;

/**
 * A clerk's answer about one slot of a plan: the expert confirmed the arrangement, or declined it.
 *
 * @param confirmed true for a confirmation, false for a decline
 */
public record Decision(String demandId, int seat, int slot, String expertId, boolean confirmed) {

  public Decision {
    requireNonNull(demandId, "demandId");
    requireNonNull(expertId, "expertId");
    Preconditions.checkArgument(seat >= 0, "seat must be >= 0: %s", seat);
    Preconditions.checkArgument(slot >= 0, "slot must be >= 0: %s", slot);
  }

  /** The change the planning session takes for it. */
  public PlanChange toChange() {
    SlotRef ref = new SlotRef(demandId, seat, slot);
    return confirmed ? new PlanChange.Confirm(ref, expertId) : new PlanChange.Decline(ref, expertId);
  }
}
