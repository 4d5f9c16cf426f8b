package org.talentmatch.api.plan;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.OptionalDouble;

/**
 * One filled slot of a plan.
 *
 * @param relevance the engine's 0–1 relevance; empty only for a pinned assignment the engine would
 *     not have proposed
 * @param alternates ranked backups (best first) a clerk can call on if the expert declines; empty
 *     when none was computed or none exists
 */
public record Assignment(
    String demandId,
    int seat,
    int slot,
    String expertId,
    OptionalDouble relevance,
    double distanceKm,
    boolean pinned,
    List<Reason> reasons,
    List<Alternate> alternates) {

  public Assignment {
    requireNonNull(demandId, "demandId");
    checkArgument(seat >= 0 && slot >= 0, "seat and slot must be >= 0: %s/%s", seat, slot);
    requireNonNull(expertId, "expertId");
    requireNonNull(relevance, "relevance");
    relevance.ifPresent(r -> checkArgument(r >= 0 && r <= 1, "relevance must be in [0, 1]: %s", r));
    checkArgument(distanceKm >= 0, "distanceKm must be >= 0: %s", distanceKm);
    reasons = List.copyOf(reasons);
    alternates = List.copyOf(alternates);
  }

  /** An assignment without alternates. */
  public Assignment(String demandId, int seat, int slot, String expertId, OptionalDouble relevance,
      double distanceKm, boolean pinned, List<Reason> reasons) {
    this(demandId, seat, slot, expertId, relevance, distanceKm, pinned, reasons, List.of());
  }

  /** This assignment with {@code alternates} in place of its own. */
  public Assignment withAlternates(List<Alternate> alternates) {
    return new Assignment(demandId, seat, slot, expertId, relevance, distanceKm, pinned, reasons, alternates);
  }

  public SlotRef slotRef() {
    return new SlotRef(demandId, seat, slot);
  }
}
