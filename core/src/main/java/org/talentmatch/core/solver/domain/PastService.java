package org.talentmatch.core.solver.domain;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/** A service an expert gave before the period (FORMAT.md {@code history}), in epoch days. */
public record PastService(String hostUnit, long startDay, long endDay) {

  public PastService {
    requireNonNull(hostUnit, "hostUnit");
    checkArgument(endDay >= startDay, "endDay %s is before startDay %s", endDay, startDay);
  }
}
