package org.talentmatch.core.check;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.talentmatch.api.plan.SlotRef;
import org.talentmatch.core.rules.HardRule;

/**
 * One broken hard rule in a plan.
 *
 * @param demandId the demand concerned; empty for a rule about the expert as a whole (the cap)
 * @param slot the slot concerned; empty for the cap and for a pin that is missing from the plan
 * @param message what is wrong, with the ids and values involved (English)
 */
public record Violation(HardRule rule, Optional<String> demandId, Optional<SlotRef> slot, String expertId, String message) {

  public Violation {
    requireNonNull(rule, "rule");
    requireNonNull(demandId, "demandId");
    requireNonNull(slot, "slot");
    requireNonNull(expertId, "expertId");
    requireNonNull(message, "message");
    checkArgument(slot.isEmpty() || slot.get().demandId().equals(demandId.orElse(null)),
        "slot %s must belong to demand %s", slot, demandId);
  }

  static Violation atSlot(HardRule rule, SlotRef slot, String expertId, String message) {
    return new Violation(rule, Optional.of(slot.demandId()), Optional.of(slot), expertId, message);
  }

  static Violation atDemand(HardRule rule, String demandId, String expertId, String message) {
    return new Violation(rule, Optional.of(demandId), Optional.empty(), expertId, message);
  }

  static Violation ofExpert(HardRule rule, String expertId, String message) {
    return new Violation(rule, Optional.empty(), Optional.empty(), expertId, message);
  }

  @Override
  public String toString() {
    String where = slot.map(SlotRef::toString).or(() -> demandId).orElse("-");
    return "rule " + rule.number() + " (" + rule.id() + ") at " + where + ", expert " + expertId + ": " + message;
  }
}
