package org.talentmatch.core.solver.domain;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import org.talentmatch.api.model.Program;

/**
 * What the rules need of a demand, shared by all its slots; dates are inclusive epoch days.
 *
 * @param order the demand's index in the problem, which orders plan output
 * @param region the county's six-digit code
 */
public record DemandFacts(
    String id,
    int order,
    Program program,
    long startDay,
    long endDay,
    int priority,
    boolean priorityArea,
    String region,
    String hostUnit) {

  public DemandFacts {
    requireNonNull(id, "id");
    requireNonNull(program, "program");
    checkArgument(endDay >= startDay, "endDay %s is before startDay %s", endDay, startDay);
    requireNonNull(region, "region");
    requireNonNull(hostUnit, "hostUnit");
  }

  /** A 科技特派员 pairing, where keeping an expert with the same unit is worth something. */
  public boolean isCommissionerPairing() {
    return program == Program.SCI_TECH_COMMISSIONER;
  }
}
