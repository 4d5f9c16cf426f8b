package org.talentmatch.api.plan;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * A ranked backup for an assignment: an expert who could take the slot by hand if the assigned one
 * declines (eligible, free on the demand's dates given the rest of the plan, under their cap).
 *
 * @param relevance the engine's 0–1 relevance of the backup to the seat
 * @param distanceKm from the backup's location to the demand's
 */
public record Alternate(String expertId, double relevance, double distanceKm) {

  public Alternate {
    requireNonNull(expertId, "expertId");
    checkArgument(relevance >= 0 && relevance <= 1, "relevance must be in [0, 1]: %s", relevance);
    checkArgument(distanceKm >= 0, "distanceKm must be >= 0: %s", distanceKm);
  }
}
