package org.talentmatch.core.generator;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.talentmatch.api.model.GeoLocation;
import org.talentmatch.core.region.County;
import org.talentmatch.core.region.ShandongRegions;

/**
 * Where demands and county-level units are: Shandong's counties weighted by how rural they are, the
 * priority areas, and the names people write for a county.
 *
 * <p>Priority areas ({@code Demand.priorityArea}). The notice singles out poverty-relief key
 * townships, weak townships and the western economic belt (西部经济隆起带: the cities of 枣庄, 济宁,
 * 临沂, 德州, 聊城 and 菏泽 plus 宁阳县 and 东平县 of 泰安 and 平阴县 and 商河县 of 济南). Priority is
 * really a township attribute, so the generator decides it per demand: a rural county (县 or
 * county-level 市) of the belt always, an urban district (区) of the belt half the time, and a
 * rural 县 elsewhere with probability 0.15 (a weak township); development zones never.
 */
final class Geography {
  /** City code prefixes (first four digits) of the western economic belt. */
  private static final Set<String> WESTERN_BELT_CITIES = Set.of("3704", "3708", "3713", "3714", "3715", "3717");
  /** Counties of other cities that belong to the western economic belt. */
  private static final Set<String> WESTERN_BELT_COUNTIES = Set.of("370921", "370923", "370124", "370126");
  private static final double WEAK_TOWNSHIP_SHARE = 0.15;
  // After the constants above, which the constructor reads.
  private static final Geography BUNDLED = new Geography(ShandongRegions.get());

  private final ShandongRegions regions;
  private final List<County> counties;
  private final WeightedTable<County> ruralHosts;
  private final WeightedTable<County> enterpriseHosts;
  private final Map<String, GeoLocation> locations;

  private Geography(ShandongRegions regions) {
    this.regions = regions;
    this.counties = regions.counties();
    // Grassroots demands come mostly from rural counties, and more from the poorer ones.
    this.ruralHosts = WeightedTable.of(counties, c -> ruralWeight(c) * (isWesternBelt(c) ? 1.5 : 1.0));
    this.enterpriseHosts = WeightedTable.of(counties, Geography::enterpriseWeight);
    Map<String, GeoLocation> locations = new HashMap<>();
    for (County county : counties) {
      locations.put(county.code(), county.location());
    }
    this.locations = Map.copyOf(locations);
  }

  static Geography bundled() {
    return BUNDLED;
  }

  List<County> counties() {
    return counties;
  }

  County county(String code) {
    return regions.county(code).orElseThrow(() -> new IllegalArgumentException("unknown county " + code));
  }

  /** The county's location, one shared instance per county (100,000 experts share 151). */
  GeoLocation location(County county) {
    return locations.get(county.code());
  }

  /** A county for a village, township, school or clinic demand, or a county-level unit. */
  County ruralCounty(SplittableRandom rng) {
    return ruralHosts.draw(rng);
  }

  /** A county for an enterprise: development zones and districts first. */
  County enterpriseCounty(SplittableRandom rng) {
    return enterpriseHosts.draw(rng);
  }

  boolean isWesternBelt(County county) {
    return WESTERN_BELT_CITIES.contains(county.code().substring(0, 4)) || WESTERN_BELT_COUNTIES.contains(county.code());
  }

  /** Decides {@code priorityArea} of a demand in {@code county}; see the class comment. */
  boolean drawPriorityArea(County county, SplittableRandom rng) {
    return switch (kind(county)) {
      case ZONE -> false;
      case DISTRICT -> isWesternBelt(county) && Draw.chance(0.5, rng);
      case COUNTY_CITY -> isWesternBelt(county);
      case RURAL_COUNTY -> isWesternBelt(county) || Draw.chance(WEAK_TOWNSHIP_SHARE, rng);
    };
  }

  /** The name a clerk writes: 寿光市, 曹县, 济南市市中区 (districts carry their city). */
  String label(County county) {
    return kind(county) == Kind.DISTRICT ? county.city() + county.name() : county.name();
  }

  /** The short name used in demand titles: 寿光, 曹县, 东昌府区. */
  String shortLabel(County county) {
    String name = county.name();
    Kind kind = kind(county);
    boolean strip = (kind == Kind.RURAL_COUNTY || kind == Kind.COUNTY_CITY) && name.length() >= 3;
    return strip ? name.substring(0, name.length() - 1) : name;
  }

  /** The city without its 市 suffix: 潍坊. */
  String cityShort(County county) {
    String city = county.city();
    return city.endsWith("市") ? city.substring(0, city.length() - 1) : city;
  }

  private enum Kind { RURAL_COUNTY, COUNTY_CITY, DISTRICT, ZONE }

  private static Kind kind(County county) {
    if (county.zone()) {
      return Kind.ZONE;
    }
    if (county.name().endsWith("区")) {
      return Kind.DISTRICT;
    }
    return county.name().endsWith("市") ? Kind.COUNTY_CITY : Kind.RURAL_COUNTY;
  }

  private static double ruralWeight(County county) {
    return switch (kind(county)) {
      case RURAL_COUNTY -> 3;
      case COUNTY_CITY -> 2;
      case DISTRICT -> 1;
      case ZONE -> 0;
    };
  }

  private static double enterpriseWeight(County county) {
    return switch (kind(county)) {
      case ZONE -> 3;
      case DISTRICT, COUNTY_CITY -> 2;
      case RURAL_COUNTY -> 1;
    };
  }
}
