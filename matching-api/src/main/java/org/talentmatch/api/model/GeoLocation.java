package org.talentmatch.api.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * A county-level location: the six-digit GB/T 2260 division code and a WGS84 coordinate.
 *
 * @param region six-digit administrative division code of the county, e.g. {@code 370783}
 */
public record GeoLocation(String region, double lat, double lon) {

  public GeoLocation {
    requireNonNull(region, "region");
    checkArgument(region.matches("\\d{6}"), "region must be a six-digit division code: %s", region);
    checkArgument(Double.isFinite(lat) && lat >= -90 && lat <= 90, "lat out of range: %s", lat);
    checkArgument(Double.isFinite(lon) && lon >= -180 && lon <= 180, "lon out of range: %s", lon);
  }

  /** The two-digit province and two-digit city prefix padded to six digits, e.g. 370700. */
  public String cityCode() {
    return region.substring(0, 4) + "00";
  }
}
