package org.talentmatch.api.plan;

import static java.util.Objects.requireNonNull;

import org.talentmatch.api.model.Program;

/**
 * Supply against demand for one program in one city: how many slots are asked and how many of them
 * have no eligible candidate before solving.
 *
 * @param cityCode six-digit city code, e.g. {@code 370700}
 */
public record SupplyShortfall(Program program, String cityCode, String cityName, int slotsDemanded, int slotsWithoutCandidate) {

  public SupplyShortfall {
    requireNonNull(program, "program");
    requireNonNull(cityCode, "cityCode");
    requireNonNull(cityName, "cityName");
  }
}
