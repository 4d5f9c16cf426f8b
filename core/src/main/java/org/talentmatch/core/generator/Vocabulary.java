package org.talentmatch.core.generator;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.talentmatch.api.model.Program;

/**
 * The skill vocabulary of the generator: {@link SkillGroup}s per field and program. The bundled one
 * is {@code vocabulary.txt} beside this class; its header documents the format, which the search
 * thesaurus can read as well.
 */
public final class Vocabulary {
  private static final String RESOURCE = "vocabulary.txt";
  private static final Vocabulary BUNDLED = parse(ResourceLines.read(RESOURCE));

  private final List<SkillGroup> groups;
  private final Map<Program, List<SkillGroup>> byProgram;
  private final Map<String, SkillGroup> byTerm;
  private final Map<String, List<SkillGroup>> bySector;

  private Vocabulary(List<SkillGroup> groups) {
    this.groups = List.copyOf(groups);
    Map<Program, List<SkillGroup>> programs = new EnumMap<>(Program.class);
    for (Program program : Program.values()) {
      programs.put(program, groups.stream().filter(g -> g.programs().contains(program)).toList());
    }
    this.byProgram = programs;
    Map<String, SkillGroup> terms = new HashMap<>();
    for (SkillGroup group : groups) {
      for (String term : group.terms()) {
        SkillGroup previous = terms.putIfAbsent(term, group);
        checkArgument(previous == null, "term %s appears in groups %s and %s", term, previous == null ? "" : previous.canonical(), group.canonical());
      }
    }
    this.byTerm = Map.copyOf(terms);
    Map<String, List<SkillGroup>> sectors = new LinkedHashMap<>();
    for (SkillGroup group : groups) {
      sectors.computeIfAbsent(group.sector(), s -> new ArrayList<>()).add(group);
    }
    sectors.replaceAll((s, list) -> List.copyOf(list));
    this.bySector = Map.copyOf(sectors);
  }

  /** The vocabulary bundled with the library. */
  public static Vocabulary bundled() {
    return BUNDLED;
  }

  /**
   * Parses lines in the format of {@code vocabulary.txt}.
   *
   * @throws IllegalArgumentException naming the line of a malformed group, an unknown program or
   *     a term that appears twice
   */
  public static Vocabulary parse(List<String> lines) {
    List<SkillGroup> groups = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (ResourceLines.isSkipped(line)) {
        continue;
      }
      String[] columns = line.split("\\|", -1);
      checkArgument(columns.length == 5, "line %s: expected 5 columns separated by |, got %s", i + 1, columns.length);
      try {
        Set<Program> programs = EnumSet.noneOf(Program.class);
        for (String code : ResourceLines.split(columns[1], ",")) {
          programs.add(Program.valueOf(code));
        }
        groups.add(new SkillGroup(columns[0].strip(), programs, columns[2].strip(),
            ResourceLines.split(columns[3], ","), ResourceLines.split(columns[4], ",")));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("line " + (i + 1) + ": " + e.getMessage(), e);
      }
    }
    return new Vocabulary(groups);
  }

  /** All groups in file order. */
  public List<SkillGroup> groups() {
    return groups;
  }

  /** The groups whose demands the program has, in file order; possibly empty. */
  public List<SkillGroup> groupsFor(Program program) {
    return byProgram.get(program);
  }

  /** The groups of a sector (agri, med, edu, ind, rural) in file order; possibly empty. */
  public List<SkillGroup> groupsInSector(String sector) {
    return bySector.getOrDefault(sector, List.of());
  }

  /** The group a canonical, synonym or related term belongs to. */
  public Optional<SkillGroup> groupOf(String term) {
    return Optional.ofNullable(byTerm.get(term));
  }
}
