package org.talentmatch.core.ledger;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import org.talentmatch.api.model.Program;

/**
 * One county's year: the completed services its host units received.
 *
 * @param name the county's name, empty for a code outside Shandong's list
 * @param city the city's name (or code outside Shandong)
 * @param priorityArea whether the county counts as a priority area (see {@link StatisticsOptions})
 * @param servicesByProgram completed services per program, only programs with at least one
 */
public record CountyYear(
    String code,
    String name,
    String city,
    boolean priorityArea,
    int services,
    int daysReceived,
    Map<Program, Integer> servicesByProgram) {

  public CountyYear {
    requireNonNull(code, "code");
    requireNonNull(name, "name");
    requireNonNull(city, "city");
    servicesByProgram = Map.copyOf(servicesByProgram);
  }
}
