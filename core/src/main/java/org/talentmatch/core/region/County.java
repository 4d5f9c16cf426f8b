package org.talentmatch.core.region;

import static java.util.Objects.requireNonNull;

import org.talentmatch.api.model.GeoLocation;

/**
 * A county-level division of Shandong.
 *
 * @param zone a development zone, which takes its city's centre as coordinate
 */
public record County(String code, String city, String name, boolean zone, double lat, double lon) {

  public County {
    requireNonNull(code, "code");
    requireNonNull(city, "city");
    requireNonNull(name, "name");
  }

  public String cityCode() {
    return code.substring(0, 4) + "00";
  }

  public GeoLocation location() {
    return new GeoLocation(code, lat, lon);
  }
}
