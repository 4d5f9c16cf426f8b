package org.talentmatch.core.generator;

import static java.util.Objects.requireNonNull;

import java.util.Set;
import org.talentmatch.core.region.County;

/**
 * Where an expert works.
 *
 * @param serves sectors ({@code agri}) or fields ({@code agri.veg}) whose experts it employs
 */
record Institution(String name, Kind kind, County county, Set<String> serves) {

  enum Kind { UNIVERSITY, INSTITUTE, HOSPITAL, SCHOOL, ENTERPRISE, COUNTY_UNIT }

  Institution {
    requireNonNull(name, "name");
    requireNonNull(kind, "kind");
    requireNonNull(county, "county");
    serves = Set.copyOf(serves);
  }

  boolean employs(SkillGroup group) {
    return serves.contains(group.sector()) || serves.contains(group.field());
  }
}
