package org.talentmatch.core.generator;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.talentmatch.api.model.Expert;
import org.talentmatch.api.model.Program;

/**
 * Positions of experts by program and skill group, so that history and pins find plausible experts
 * for a seat without scanning 100,000 people.
 */
final class ExpertsBySkill {
  private static final int[] NONE = new int[0];

  private final Map<Program, Map<SkillGroup, int[]>> positions;

  private ExpertsBySkill(Map<Program, Map<SkillGroup, int[]>> positions) {
    this.positions = positions;
  }

  static ExpertsBySkill of(List<Expert> experts, Vocabulary vocabulary) {
    Map<Program, Map<SkillGroup, List<Integer>>> lists = new EnumMap<>(Program.class);
    for (int i = 0; i < experts.size(); i++) {
      Expert expert = experts.get(i);
      Set<SkillGroup> groups = new LinkedHashSet<>();
      for (String skill : expert.skills()) {
        vocabulary.groupOf(skill).ifPresent(groups::add);
      }
      for (Program program : expert.programs()) {
        Map<SkillGroup, List<Integer>> byGroup = lists.computeIfAbsent(program, p -> new HashMap<>());
        for (SkillGroup group : groups) {
          byGroup.computeIfAbsent(group, g -> new ArrayList<>()).add(i);
        }
      }
    }
    Map<Program, Map<SkillGroup, int[]>> positions = new EnumMap<>(Program.class);
    lists.forEach((program, byGroup) -> {
      Map<SkillGroup, int[]> arrays = new HashMap<>();
      byGroup.forEach((group, list) -> arrays.put(group, list.stream().mapToInt(Integer::intValue).toArray()));
      positions.put(program, arrays);
    });
    return new ExpertsBySkill(positions);
  }

  /** Positions, ascending, of the experts in {@code program} with a skill of {@code group}. */
  int[] experts(Program program, SkillGroup group) {
    return positions.getOrDefault(program, Map.of()).getOrDefault(group, NONE);
  }
}
