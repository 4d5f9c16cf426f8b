package org.talentmatch.api.plan;

import java.util.List;

/** The supply check made before solving: seats nobody can fill, and shortfalls by program and city. */
public record SupplyReport(List<SeatShortage> shortages, List<SupplyShortfall> shortfalls) {

  public SupplyReport {
    shortages = List.copyOf(shortages);
    shortfalls = List.copyOf(shortfalls);
  }

  public int slotsWithoutCandidate() {
    return shortages.stream().mapToInt(SeatShortage::slots).sum();
  }
}
