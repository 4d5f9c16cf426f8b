package org.talentmatch.api.model;

import static java.util.Objects.requireNonNull;

import com.google.common.base.CharMatcher;
import java.util.Optional;

/**
 * The grassroots unit that hosts a demand.
 *
 * @param institution the institution that owns the unit, if any; an expert of that institution
 *     has a conflict of interest and never serves it
 */
public record HostUnit(String name, HostUnitType type, Optional<String> institution) {

  public HostUnit {
    Checks.nonBlank(name, "hostUnit.name");
    requireNonNull(type, "hostUnit.type");
    requireNonNull(institution, "hostUnit.institution");
    institution = institution.map(CharMatcher.whitespace()::trimFrom).filter(s -> !s.isEmpty());
  }

  public static HostUnit of(String name, HostUnitType type) {
    return new HostUnit(name, type, Optional.empty());
  }

  public static HostUnit of(String name, HostUnitType type, String institution) {
    return new HostUnit(name, type, Optional.of(institution));
  }
}
