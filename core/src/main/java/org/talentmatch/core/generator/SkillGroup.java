package org.talentmatch.core.generator;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.talentmatch.api.model.Program;

/**
 * One line of {@code vocabulary.txt}: a skill as demand seats name it ({@code canonical}), the
 * variants people write for it ({@code synonyms}) and neighbouring topics ({@code related}).
 *
 * @param field {@code sector.name}, e.g. {@code agri.veg}; several groups may share a field
 * @param programs the programs whose demands ask for this skill
 */
public record SkillGroup(
    String field, Set<Program> programs, String canonical, List<String> synonyms, List<String> related) {

  public SkillGroup {
    requireNonNull(field, "field");
    checkArgument(field.matches("[a-z]+\\.[a-z]+"), "field must look like sector.name: %s", field);
    requireNonNull(programs, "programs");
    checkArgument(!programs.isEmpty(), "programs of %s must not be empty", canonical);
    programs = Set.copyOf(EnumSet.copyOf(programs));
    requireNonNull(canonical, "canonical");
    checkArgument(!canonical.isBlank(), "canonical must not be blank");
    synonyms = List.copyOf(synonyms);
    related = List.copyOf(related);
  }

  /** The part of {@code field} before the dot: agri, med, edu, ind or rural. */
  public String sector() {
    return field.substring(0, field.indexOf('.'));
  }

  /** The canonical term, then the synonyms, then the related terms. */
  public List<String> terms() {
    List<String> terms = new ArrayList<>(1 + synonyms.size() + related.size());
    terms.add(canonical);
    terms.addAll(synonyms);
    terms.addAll(related);
    return terms;
  }
}
