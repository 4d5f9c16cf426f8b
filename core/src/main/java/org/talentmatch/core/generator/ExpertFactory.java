package org.talentmatch.core.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.talentmatch.api.model.DateRange;
import org.talentmatch.api.model.Degree;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.Expert;
import org.talentmatch.api.model.Program;
import org.talentmatch.api.model.Seat;
import org.talentmatch.api.model.Title;
import org.talentmatch.core.region.County;

/**
 * Makes the experts of a problem. Supply follows demand: each expert's main program and skill group
 * are drawn in proportion to the slots the demands ask for (long placements need one person per
 * slot, short events about half a person, since one expert serves several), with a little weight
 * for every group so that no skill is absent. Titles, degrees and institutions follow the main
 * program: doctors for 千名博士, young graduates for 三支一扶, senior people for expert service.
 */
final class ExpertFactory {
  /** People per slot by program, in {@link Program} order. */
  private static final double[] PEOPLE_PER_SLOT = {0.5, 1.0, 1.0, 1.0, 0.5, 0.7, 0.5};
  /** Title weights (NONE, JUNIOR, INTERMEDIATE, ASSOCIATE, SENIOR) by main program. */
  private static final int[][] TITLE_WEIGHTS = {
      {0, 0, 5, 40, 55}, {0, 10, 50, 35, 5}, {80, 20, 0, 0, 0}, {0, 10, 35, 35, 20},
      {0, 0, 20, 55, 25}, {0, 0, 30, 45, 25}, {0, 20, 40, 30, 10}};
  /** Degree weights (OTHER, BACHELOR, MASTER, DOCTORATE) by main program. */
  private static final int[][] DEGREE_WEIGHTS = {
      {0, 10, 25, 65}, {0, 0, 0, 100}, {0, 75, 25, 0}, {0, 35, 35, 30},
      {0, 65, 30, 5}, {0, 25, 45, 30}, {5, 60, 25, 10}};
  /** Share of experts from a county-level unit (农技推广中心, 县医院, 县实验小学) by main program. */
  private static final double[] COUNTY_UNIT_SHARE = {0.05, 0, 0, 0.35, 0.40, 0.25, 0.70};
  private static final double SECOND_PROGRAM_SHARE = 0.3;
  private static final Map<Program, Set<Institution.Kind>> INSTITUTION_KINDS = institutionKinds();

  private final Catalog catalog;
  private final GeneratorSpec spec;
  private final Map<String, List<Institution>> employers = new HashMap<>();

  ExpertFactory(Catalog catalog, GeneratorSpec spec) {
    this.catalog = catalog;
    this.spec = spec;
  }

  List<Expert> create(List<Demand> demands, SplittableRandom rng) {
    int count = spec.experts();
    Map<Program, Map<SkillGroup, Double>> slots = slotsByGroup(demands);
    double[] programWeights = new double[Program.values().length];
    Map<Program, WeightedTable<SkillGroup>> groupTables = new EnumMap<>(Program.class);
    for (Program program : Program.values()) {
      Map<SkillGroup, Double> bySkill = slots.get(program);
      double total = bySkill.values().stream().mapToDouble(Double::doubleValue).sum();
      programWeights[program.ordinal()] = total * PEOPLE_PER_SLOT[program.ordinal()] + 0.5;
      groupTables.put(program, WeightedTable.of(catalog.vocabulary().groupsFor(program), g -> bySkill.get(g) + 0.3));
    }
    int[] counts = Apportion.largestRemainder(count, programWeights);
    Program[] mainPrograms = new Program[count];
    int next = 0;
    for (Program program : Program.values()) {
      for (int k = 0; k < counts[program.ordinal()]; k++) {
        mainPrograms[next++] = program;
      }
    }
    Apportion.shuffle(mainPrograms, rng);
    int idWidth = Ids.width(count);
    List<Expert> experts = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Program program = mainPrograms[i];
      experts.add(expert(Ids.of("E", i + 1, idWidth), program, groupTables.get(program).draw(rng), rng));
    }
    return experts;
  }

  /** Slots asked for per program and skill group (the group of each seat's first skill). */
  private Map<Program, Map<SkillGroup, Double>> slotsByGroup(List<Demand> demands) {
    Map<Program, Map<SkillGroup, Double>> slots = new EnumMap<>(Program.class);
    for (Program program : Program.values()) {
      Map<SkillGroup, Double> bySkill = new HashMap<>();
      catalog.vocabulary().groupsFor(program).forEach(g -> bySkill.put(g, 0.0));
      slots.put(program, bySkill);
    }
    for (Demand demand : demands) {
      for (Seat seat : demand.seats()) {
        catalog.vocabulary().groupOf(seat.skills().get(0))
            .ifPresent(g -> slots.get(demand.program()).merge(g, (double) seat.count(), Double::sum));
      }
    }
    return slots;
  }

  private Expert expert(String id, Program program, SkillGroup group, SplittableRandom rng) {
    boolean graduate = program == Program.SANZHI_YIFU;
    Title title = Title.values()[Draw.weighted(TITLE_WEIGHTS[program.ordinal()], rng)];
    Degree degree = Degree.values()[Draw.weighted(DEGREE_WEIGHTS[program.ordinal()], rng)];
    Institution institution = institution(program, group, rng);
    // A graduate's institution is the university they graduated from; they live in their home county.
    County home = graduate ? catalog.geography().ruralCounty(rng) : institution.county();
    TextComposer.Context context = new TextComposer.Context(group, null, null, institution.name());
    Expert.Builder expert = Expert.builder(id)
        .name(catalog.text().personName(graduate, rng))
        .institution(institution.name())
        .title(title)
        .degree(degree)
        .programs(programs(program, group, title, degree, rng))
        .skills(skills(group, rng))
        .profile(catalog.text().profile(graduate ? "graduate" : group.sector(), context, rng))
        .location(catalog.geography().location(home))
        .huicaiCard(!graduate && title.isAtLeast(Title.INTERMEDIATE) && Draw.chance(spec.huicaiShare(), rng))
        .unavailable(unavailable(rng));
    if (institution.kind() == Institution.Kind.COUNTY_UNIT && program == Program.SCI_TECH_TO_COUNTRYSIDE && Draw.chance(0.5, rng)) {
      expert.maxAssignments(5); // full-time extension technicians make more visits
    } else if (Draw.chance(spec.capOverrideShare(), rng)) {
      expert.maxAssignments(Draw.between(1, 2, rng));
    }
    return expert.build();
  }

  /** The main program and, for some, a second one the skill group also serves. */
  private static Set<Program> programs(Program main, SkillGroup group, Title title, Degree degree, SplittableRandom rng) {
    Set<Program> programs = EnumSet.of(main);
    if (main == Program.SANZHI_YIFU || !Draw.chance(SECOND_PROGRAM_SHARE, rng)) {
      return programs;
    }
    boolean youngDoctor = degree == Degree.DOCTORATE && !title.isAtLeast(Title.SENIOR);
    List<Program> seconds = group.programs().stream()
        .filter(p -> p != main && p != Program.SANZHI_YIFU && (p != Program.PHD_TO_ENTERPRISE || youngDoctor))
        .sorted()
        .toList();
    if (!seconds.isEmpty()) {
      programs.add(Draw.one(seconds, rng));
    }
    return programs;
  }

  /** Canonical terms and the variants people write, and sometimes a neighbouring skill. */
  private List<String> skills(SkillGroup group, SplittableRandom rng) {
    Set<String> skills = new LinkedHashSet<>();
    if (Draw.chance(0.55, rng)) {
      skills.add(group.canonical());
      if (Draw.chance(0.5, rng)) {
        skills.add(Draw.one(group.synonyms(), rng));
      }
    } else {
      skills.add(Draw.one(group.synonyms(), rng));
      if (Draw.chance(0.4, rng)) {
        skills.add(Draw.one(group.synonyms(), rng));
      }
    }
    if (!group.related().isEmpty() && Draw.chance(0.6, rng)) {
      skills.add(Draw.one(group.related(), rng));
    }
    if (Draw.chance(0.3, rng)) {
      SkillGroup other = Draw.one(catalog.vocabulary().groupsInSector(group.sector()), rng);
      skills.add(Draw.chance(0.5, rng) ? other.canonical() : Draw.one(other.synonyms(), rng));
    }
    return List.copyOf(skills);
  }

  private Institution institution(Program program, SkillGroup group, SplittableRandom rng) {
    if (Draw.chance(COUNTY_UNIT_SHARE[program.ordinal()], rng)) {
      return countyUnit(group, rng);
    }
    List<Institution> options = employers.computeIfAbsent(program + "/" + group.canonical(),
        k -> catalog.institutions().employing(group, INSTITUTION_KINDS.get(program)));
    return options.isEmpty() ? countyUnit(group, rng) : Draw.one(options, rng);
  }

  private Institution countyUnit(SkillGroup group, SplittableRandom rng) {
    County county = catalog.geography().ruralCounty(rng);
    String name = catalog.geography().label(county) + catalog.text().word("agency", group, rng);
    return new Institution(name, Institution.Kind.COUNTY_UNIT, county, Set.of(group.field()));
  }

  /** One or two ranges of 7–60 days (a trip abroad, an exam season), within the period. */
  private List<DateRange> unavailable(SplittableRandom rng) {
    if (!Draw.chance(spec.unavailableShare(), rng)) {
      return List.of();
    }
    int ranges = Draw.chance(0.8, rng) ? 1 : 2;
    List<DateRange> unavailable = new ArrayList<>(ranges);
    DateRange period = spec.period();
    for (int k = 0; k < ranges; k++) {
      LocalDate start = Dates.uniform(period, rng);
      LocalDate end = start.plusDays(Draw.between(7, 60, rng) - 1L);
      unavailable.add(DateRange.of(start, end.isAfter(period.end()) ? period.end() : end));
    }
    return unavailable;
  }

  private static Map<Program, Set<Institution.Kind>> institutionKinds() {
    Map<Program, Set<Institution.Kind>> kinds = new EnumMap<>(Program.class);
    kinds.put(Program.EXPERT_SERVICE, EnumSet.of(Institution.Kind.UNIVERSITY, Institution.Kind.INSTITUTE,
        Institution.Kind.HOSPITAL, Institution.Kind.ENTERPRISE));
    kinds.put(Program.PHD_TO_ENTERPRISE, EnumSet.of(Institution.Kind.UNIVERSITY, Institution.Kind.INSTITUTE));
    kinds.put(Program.SANZHI_YIFU, EnumSet.of(Institution.Kind.UNIVERSITY));
    kinds.put(Program.SCI_TECH_COMMISSIONER, EnumSet.of(Institution.Kind.UNIVERSITY, Institution.Kind.INSTITUTE,
        Institution.Kind.ENTERPRISE));
    kinds.put(Program.TEACHING_TO_COUNTRYSIDE, EnumSet.of(Institution.Kind.SCHOOL, Institution.Kind.UNIVERSITY));
    kinds.put(Program.MEDICAL_PAIRING, EnumSet.of(Institution.Kind.HOSPITAL));
    kinds.put(Program.SCI_TECH_TO_COUNTRYSIDE, EnumSet.of(Institution.Kind.INSTITUTE, Institution.Kind.UNIVERSITY));
    return Map.copyOf(kinds);
  }
}
