package org.talentmatch.core.generator;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The real institutions of {@code institutions.txt} (its header documents the format). */
final class Institutions {
  private static final Institutions BUNDLED = parse(ResourceLines.read("institutions.txt"), Geography.bundled());

  private final List<Institution> all;

  private Institutions(List<Institution> all) {
    this.all = List.copyOf(all);
  }

  static Institutions bundled() {
    return BUNDLED;
  }

  static Institutions parse(List<String> lines, Geography geography) {
    List<Institution> all = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (ResourceLines.isSkipped(line)) {
        continue;
      }
      String[] columns = line.split("\\|", -1);
      checkArgument(columns.length == 4, "line %s: expected 4 columns separated by |", i + 1);
      all.add(new Institution(columns[0].strip(), Institution.Kind.valueOf(columns[1].strip()),
          geography.county(columns[2].strip()), Set.copyOf(ResourceLines.split(columns[3], ","))));
    }
    return new Institutions(all);
  }

  List<Institution> all() {
    return all;
  }

  /** Institutions of one of {@code kinds} that employ experts of {@code group}, in file order. */
  List<Institution> employing(SkillGroup group, Set<Institution.Kind> kinds) {
    return all.stream().filter(inst -> kinds.contains(inst.kind()) && inst.employs(group)).toList();
  }

  /** Hospitals whose county lies in the city {@code cityCode} (e.g. 371300). */
  List<Institution> hospitalsInCity(String cityCode) {
    return all.stream()
        .filter(inst -> inst.kind() == Institution.Kind.HOSPITAL && inst.county().cityCode().equals(cityCode))
        .toList();
  }
}
