package org.talentmatch.core.ledger;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import org.talentmatch.api.model.HostUnitType;
import org.talentmatch.api.model.Program;

/**
 * One host unit's year: the completed services it received. Units are told apart by name.
 *
 * @param type and {@code region}: as in the unit's latest record of the year
 * @param servicesByProgram completed services per program, only programs with at least one
 * @param score the unit commendation score of {@link StatisticsOptions}
 */
public record UnitYear(
    String name,
    HostUnitType type,
    String region,
    int services,
    int daysReceived,
    int priorityAreaDays,
    Map<Program, Integer> servicesByProgram,
    double score) {

  public UnitYear {
    requireNonNull(name, "name");
    requireNonNull(type, "type");
    requireNonNull(region, "region");
    servicesByProgram = Map.copyOf(servicesByProgram);
  }
}
