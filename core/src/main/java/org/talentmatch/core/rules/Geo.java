package org.talentmatch.core.rules;

import org.talentmatch.api.model.GeoLocation;

/** Great-circle distance as FORMAT.md defines it (haversine, Earth radius 6371.0 km). */
public final class Geo {
  public static final double EARTH_RADIUS_KM = 6371.0;

  private Geo() {}

  public static double haversineKm(GeoLocation a, GeoLocation b) {
    return haversineKm(a.lat(), a.lon(), b.lat(), b.lon());
  }

  public static double haversineKm(double lat1, double lon1, double lat2, double lon2) {
    double dLat = Math.toRadians(lat2 - lat1);
    double dLon = Math.toRadians(lon2 - lon1);
    double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
        + Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1.0, Math.sqrt(h)));
  }
}
