package org.talentmatch.core.region;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Shandong's 151 county-level divisions (GB/T 2260 codes, 2023) with approximate coordinates, read
 * from the bundled {@code shandong-counties.csv}; its sources and licences are in {@code
 * shandong-counties.README.md} beside it.
 */
public final class ShandongRegions {
  private static final String RESOURCE = "shandong-counties.csv";
  private static final ShandongRegions INSTANCE = load();

  private final List<County> counties;
  private final Map<String, County> byCode;
  private final Map<String, String> cityNames;

  private ShandongRegions(List<County> counties) {
    this.counties = List.copyOf(counties);
    Map<String, County> codes = new LinkedHashMap<>();
    Map<String, String> cities = new LinkedHashMap<>();
    for (County county : counties) {
      codes.put(county.code(), county);
      cities.putIfAbsent(county.cityCode(), county.city());
    }
    this.byCode = Map.copyOf(codes);
    this.cityNames = Map.copyOf(cities);
  }

  public static ShandongRegions get() {
    return INSTANCE;
  }

  /** All counties in file order (grouped by city). */
  public List<County> counties() {
    return counties;
  }

  public Optional<County> county(String code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /** City codes (six digits, ending in 00) mapped to their Chinese names, e.g. 370700 → 潍坊市. */
  public Map<String, String> cities() {
    return cityNames;
  }

  /** The city name of a county or city code, or the code itself outside Shandong. */
  public String cityName(String regionCode) {
    if (regionCode.length() != 6) {
      return regionCode;
    }
    return cityNames.getOrDefault(regionCode.substring(0, 4) + "00", regionCode.substring(0, 4) + "00");
  }

  private static ShandongRegions load() {
    try (InputStream in = ShandongRegions.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<County> counties = new ArrayList<>();
      String line = reader.readLine(); // header: code,city,name,kind,lat,lon,coord_source
      while ((line = reader.readLine()) != null) {
        if (line.isBlank()) {
          continue;
        }
        String[] f = line.split(",", -1);
        counties.add(new County(f[0], f[1], f[2], "zone".equals(f[3]), Double.parseDouble(f[4]), Double.parseDouble(f[5])));
      }
      return new ShandongRegions(counties);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
