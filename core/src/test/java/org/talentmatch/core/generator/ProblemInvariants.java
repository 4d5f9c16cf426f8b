package org.talentmatch.core.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.talentmatch.api.model.DateRange;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.Expert;
import org.talentmatch.api.model.HistoryEntry;
import org.talentmatch.api.model.Pin;
import org.talentmatch.api.model.Problem;
import org.talentmatch.core.region.ShandongRegions;
import org.talentmatch.core.rules.Eligibility;

/** What every generated problem must satisfy, whatever the spec. */
final class ProblemInvariants {
  private ProblemInvariants() {}

  static void assertValid(Problem problem, GeneratorSpec spec) {
    assertThat(problem.period()).isEqualTo(spec.period());
    assertThat(problem.policy()).isEqualTo(spec.policy());
    assertThat(problem.experts()).hasSize(spec.experts());
    assertThat(problem.demands()).hasSize(spec.demands());
    Map<String, Expert> experts = byId(problem.experts(), Expert::id);
    Map<String, Demand> demands = byId(problem.demands(), Demand::id);
    ShandongRegions regions = ShandongRegions.get();

    for (Expert expert : problem.experts()) {
      assertThat(regions.county(expert.location().region())).as("region of %s", expert.id()).isPresent();
      assertThat(expert.name()).isNotBlank();
      assertThat(expert.programs()).hasSizeBetween(1, 2);
      assertThat(expert.unavailable()).allSatisfy(r -> assertThat(spec.period().overlaps(r)).isTrue());
    }
    for (Demand demand : problem.demands()) {
      assertThat(spec.period().contains(demand.dates().start())).as("start of %s", demand.id()).isTrue();
      assertThat(regions.county(demand.location().region())).as("region of %s", demand.id()).isPresent();
      assertThat(demand.description()).isNotBlank();
      assertThat(demand.seats()).allSatisfy(seat -> assertThat(seat.skills())
          .allSatisfy(skill -> assertThat(Vocabulary.bundled().groupOf(skill).map(SkillGroup::canonical)).contains(skill)));
    }

    Map<String, List<DateRange>> historyByExpert = new HashMap<>();
    for (HistoryEntry entry : problem.history()) {
      assertThat(experts).containsKey(entry.expertId());
      assertThat(entry.dates().end()).as("history ends before the period").isBefore(spec.period().start());
      assertThat(regions.county(entry.region())).isPresent();
      List<DateRange> earlier = historyByExpert.computeIfAbsent(entry.expertId(), k -> new ArrayList<>());
      assertThat(earlier).as("services of %s do not overlap", entry.expertId()).noneMatch(entry.dates()::overlaps);
      earlier.add(entry.dates());
    }

    Map<String, List<DateRange>> pinnedDates = new HashMap<>();
    Map<String, Integer> seatUse = new HashMap<>();
    Set<String> expertOnDemand = new HashSet<>();
    for (Pin pin : problem.pinned()) {
      Expert expert = experts.get(pin.expertId());
      Demand demand = demands.get(pin.demandId());
      assertThat(expert).as("pinned expert %s", pin.expertId()).isNotNull();
      assertThat(demand).as("pinned demand %s", pin.demandId()).isNotNull();
      assertThat(pin.seat()).isLessThan(demand.seats().size());
      assertThat(Eligibility.violations(expert, demand, pin.seat(), problem.policy())).as("%s", pin).isEmpty();
      assertThat(expertOnDemand.add(pin.expertId() + "/" + pin.demandId())).as("one slot per demand: %s", pin).isTrue();
      int used = seatUse.merge(pin.demandId() + "/" + pin.seat(), 1, Integer::sum);
      assertThat(used).isLessThanOrEqualTo(demand.seats().get(pin.seat()).count());
      List<DateRange> taken = pinnedDates.computeIfAbsent(pin.expertId(), k -> new ArrayList<>());
      assertThat(taken).as("pins of %s do not overlap", pin.expertId()).noneMatch(demand.dates()::overlaps);
      taken.add(demand.dates());
      assertThat(taken.size()).isLessThanOrEqualTo(expert.capUnder(problem.policy()));
    }
  }

  private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
    Map<String, T> map = new HashMap<>();
    for (T item : items) {
      assertThat(map.put(id.apply(item), item)).as("duplicate id %s", id.apply(item)).isNull();
    }
    return map;
  }
}
