package org.talentmatch.core.search.eval;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.talentmatch.api.model.Program;

/**
 * One specialty of the hand-written concept list ({@code concepts.txt}, format in its header): the
 * ways people write it and how it relates to other specialties. The evaluation's ground truth is
 * graded from these relations alone, never from the engine's thesaurus.
 *
 * @param exact ways of writing exactly this specialty (grade 3)
 * @param variants the same specialty written differently: synonyms, colloquial, narrower (grade 2)
 * @param generic vague skill tags that a profile-only expert of this specialty lists instead
 * @param related ids of concepts whose experts are partly useful for this one's query (grade 1)
 * @param adjacent ids of look-alike concepts whose experts are wrong for this one's query (judged 0)
 */
record Concept(
    String id,
    String domain,
    List<String> exact,
    List<String> variants,
    List<String> generic,
    List<String> related,
    List<String> adjacent,
    Optional<QuerySpec> query) {

  static final Set<String> DOMAINS = Set.of("agri", "med", "edu", "ind", "rural");

  /** The demand a concept's query stands for; its seat asks for {@code skills}. */
  record QuerySpec(Program program, String title, String description, List<String> skills) {}

  Concept {
    checkArgument(DOMAINS.contains(domain), "concept %s: unknown domain %s", id, domain);
    checkArgument(!exact.isEmpty() && !variants.isEmpty() && !generic.isEmpty(),
        "concept %s needs exact terms, variants and generic tags", id);
  }

  /** Parses the concept list; every relation must name a concept of the list. */
  static List<Concept> parse(List<String> lines) {
    List<Concept> concepts = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split(" \\| ", -1);
      checkArgument(fields.length == 8, "concepts.txt line %s: 8 fields expected, found %s", i + 1, fields.length);
      concepts.add(new Concept(fields[0].strip(), fields[1].strip(), list(fields[2]), list(fields[3]),
          list(fields[4]), list(fields[5]), list(fields[6]), querySpec(fields[7], list(fields[2]).get(0))));
    }
    Set<String> ids = new HashSet<>();
    concepts.forEach(c -> checkArgument(ids.add(c.id()), "duplicate concept %s", c.id()));
    for (Concept concept : concepts) {
      for (String other : concat(concept.related(), concept.adjacent())) {
        checkArgument(ids.contains(other), "concept %s refers to unknown concept %s", concept.id(), other);
        checkArgument(!other.equals(concept.id()), "concept %s refers to itself", concept.id());
      }
    }
    return List.copyOf(concepts);
  }

  /** Every way of writing the specialty, exact terms first. */
  List<String> forms() {
    return concat(exact, variants);
  }

  private static Optional<QuerySpec> querySpec(String field, String defaultSkill) {
    if (field.strip().equals("-")) {
      return Optional.empty();
    }
    String[] parts = field.split(" ; ", -1);
    checkArgument(parts.length == 3 || parts.length == 4, "query needs 3 or 4 parts: %s", field);
    List<String> skills = parts.length == 4 ? list(parts[3]) : List.of(defaultSkill);
    return Optional.of(new QuerySpec(Program.valueOf(parts[0].strip()), parts[1].strip(), parts[2].strip(), skills));
  }

  private static List<String> list(String field) {
    String value = field.strip();
    return value.equals("-") ? List.of() : Arrays.stream(value.split(",")).map(String::strip).toList();
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }
}
