package org.talentmatch.core.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import org.talentmatch.api.model.DateRange;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.Expert;
import org.talentmatch.api.model.HistoryEntry;
import org.talentmatch.api.model.HostUnit;
import org.talentmatch.api.model.Program;
import org.talentmatch.core.region.County;
import org.talentmatch.core.rules.Eligibility;

/**
 * Services experts gave in the two years before the period. Some commissioner demands continue a
 * pairing: an expert eligible for the demand served the same host unit the year before, which the
 * continuity rule rewards. Recent graduates have no history.
 */
final class HistoryFactory {
  private static final double CONTINUED_PAIRING_SHARE = 0.35;
  private static final int TRIES = 20;

  private final Catalog catalog;
  private final GeneratorSpec spec;
  private int earlierDemands;

  /** One factory per generation: it numbers the earlier demands it makes up. */
  HistoryFactory(Catalog catalog, GeneratorSpec spec) {
    this.catalog = catalog;
    this.spec = spec;
  }

  List<HistoryEntry> create(List<Expert> experts, List<Demand> demands, ExpertsBySkill index, SplittableRandom rng) {
    boolean[] hasHistory = new boolean[experts.size()];
    for (int i = 0; i < experts.size(); i++) {
      hasHistory[i] = !isGraduate(experts.get(i)) && Draw.chance(spec.historyShare(), rng);
    }
    Map<Integer, Demand> pairings = continuedPairings(experts, demands, index, hasHistory, rng);
    List<HistoryEntry> history = new ArrayList<>();
    List<HistoryEntry> ofExpert = new ArrayList<>();
    for (int i = 0; i < experts.size(); i++) {
      if (!hasHistory[i]) {
        continue;
      }
      Expert expert = experts.get(i);
      ofExpert.clear();
      Demand paired = pairings.get(i);
      if (paired != null) {
        ofExpert.add(previousTerm(expert, paired));
      }
      int others = paired != null ? Draw.between(0, 2, rng) : Draw.between(1, 3, rng);
      // Services one after another, walking back from the period (or from the paired term).
      LocalDate before = ofExpert.isEmpty() ? spec.period().start() : ofExpert.get(0).dates().start();
      for (int k = 0; k < others; k++) {
        HistoryEntry entry = pastService(expert, before, rng);
        ofExpert.add(entry);
        before = entry.dates().start();
      }
      ofExpert.sort(Comparator.comparing(entry -> entry.dates().start()));
      history.addAll(ofExpert);
    }
    return history;
  }

  /** Expert position → the commissioner demand whose host unit they served the year before. */
  private Map<Integer, Demand> continuedPairings(List<Expert> experts, List<Demand> demands, ExpertsBySkill index,
      boolean[] hasHistory, SplittableRandom rng) {
    Map<Integer, Demand> pairings = new HashMap<>();
    for (Demand demand : demands) {
      if (demand.program() != Program.SCI_TECH_COMMISSIONER || !Draw.chance(CONTINUED_PAIRING_SHARE, rng)) {
        continue;
      }
      Optional<SkillGroup> group = catalog.vocabulary().groupOf(demand.seats().get(0).skills().get(0));
      int[] candidates = group.map(g -> index.experts(demand.program(), g)).orElse(new int[0]);
      for (int t = 0; t < TRIES && candidates.length > 0; t++) {
        int i = candidates[rng.nextInt(candidates.length)];
        if (hasHistory[i] && !pairings.containsKey(i)
            && Eligibility.isEligible(experts.get(i), demand, 0, spec.policy())) {
          pairings.put(i, demand);
          break;
        }
      }
    }
    return pairings;
  }

  /** The same pairing one year earlier, ending before the period. */
  private HistoryEntry previousTerm(Expert expert, Demand demand) {
    LocalDate periodStart = spec.period().start();
    LocalDate start = demand.dates().start().minusYears(1);
    if (!start.isBefore(periodStart)) {
      start = periodStart.minusYears(1);
    }
    LocalDate end = start.plusYears(1).minusDays(1);
    DateRange dates = DateRange.of(start, end.isBefore(periodStart) ? end : periodStart.minusDays(1));
    return new HistoryEntry(expert.id(), Optional.of(earlierDemandId(start)), demand.hostUnit().name(),
        demand.location().region(), dates);
  }

  /**
   * A service of one of the expert's programs at a made-up unit, ending 1–240 days before {@code
   * before}: some end just before the period, within the cool-down.
   */
  private HistoryEntry pastService(Expert expert, LocalDate before, SplittableRandom rng) {
    SkillGroup group = catalog.vocabulary().groupOf(expert.skills().get(0)).orElseThrow();
    List<Program> programs = expert.programs().stream().filter(group.programs()::contains).sorted().toList();
    Program program = programs.isEmpty() ? Program.SCI_TECH_TO_COUNTRYSIDE : Draw.one(programs, rng);
    County county = program == Program.PHD_TO_ENTERPRISE
        ? catalog.geography().enterpriseCounty(rng)
        : catalog.geography().ruralCounty(rng);
    HostUnit host = catalog.hostUnits().create(program, group, county, rng);
    int days = switch (program) {
      case PHD_TO_ENTERPRISE, SCI_TECH_COMMISSIONER -> 365;
      case MEDICAL_PAIRING -> Draw.between(3, 7, rng);
      default -> Draw.between(1, 5, rng);
    };
    LocalDate end = before.minusDays(Draw.between(1, 240, rng));
    LocalDate start = end.minusDays(days - 1L);
    Optional<String> demandId = Draw.chance(0.5, rng) ? Optional.of(earlierDemandId(start)) : Optional.empty();
    return new HistoryEntry(expert.id(), demandId, host.name(), county.code(), Dates.ofDays(start, days));
  }

  /** A fresh id of a demand of an earlier file, such as D2026-00017. */
  private String earlierDemandId(LocalDate start) {
    return String.format("D%d-%05d", start.getYear(), ++earlierDemands);
  }

  private static boolean isGraduate(Expert expert) {
    return expert.programs().equals(Set.of(Program.SANZHI_YIFU));
  }
}
