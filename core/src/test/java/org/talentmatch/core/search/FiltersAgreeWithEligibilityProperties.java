package org.talentmatch.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.talentmatch.api.model.DateRange;
import org.talentmatch.api.model.Degree;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.Expert;
import org.talentmatch.api.model.HostUnit;
import org.talentmatch.api.model.HostUnitType;
import org.talentmatch.api.model.Policy;
import org.talentmatch.api.model.Program;
import org.talentmatch.api.model.Seat;
import org.talentmatch.api.model.SeatRole;
import org.talentmatch.api.model.Title;
import org.talentmatch.core.region.County;
import org.talentmatch.core.region.ShandongRegions;
import org.talentmatch.core.rules.Eligibility;
import org.talentmatch.core.rules.Geo;

/** The Lucene filters alone select exactly the experts Eligibility admits (among those that match). */
class FiltersAgreeWithEligibilityProperties {
  private static final List<String> INSTITUTIONS = List.of("山东农业大学", "山东大学", "寿光蔬菜研究院");
  private static final LocalDate YEAR_START = LocalDate.of(2027, 1, 1);

  @Property(tries = 60)
  void indexFiltersEqualEligibility(@ForAll Random random) throws Exception {
    List<County> counties = ShandongRegions.get().counties();
    List<Expert> experts = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      experts.add(randomExpert("E" + i, random, counties));
    }
    Demand demand = randomDemand(random, counties);
    Policy policy = random.nextBoolean() ? Policy.defaults() : Policy.defaults().withMaxTravelKm(50 + random.nextInt(300));

    try (ExpertIndex index = ExpertIndex.inMemory(SearchConfig.defaults())) {
      index.putAll(experts);
      Set<String> filtered = Set.copyOf(index.idsPassingIndexFilters(demand, 0, policy));
      Set<String> eligible = experts.stream()
          .filter(e -> Eligibility.isEligible(e, demand, 0, policy))
          .map(Expert::id).collect(Collectors.toSet());
      Set<String> nearTheTravelLimit = experts.stream()
          .filter(e -> policy.maxTravelKm().isPresent() && Math.abs(Geo.haversineKm(e.location(), demand.location())
              - policy.maxTravelKm().getAsDouble()) <= ExpertIndex.DISTANCE_SLACK_KM)
          .map(Expert::id).collect(Collectors.toSet());

      assertThat(difference(filtered, nearTheTravelLimit)).isEqualTo(difference(eligible, nearTheTravelLimit));
      assertThat(filtered).containsAll(eligible);
    }
  }

  private static Set<String> difference(Set<String> a, Set<String> b) {
    return a.stream().filter(x -> !b.contains(x)).collect(Collectors.toSet());
  }

  private static Expert randomExpert(String id, Random random, List<County> counties) {
    Set<Program> programs = EnumSet.noneOf(Program.class);
    programs.add(pick(random, Program.values()));
    if (random.nextBoolean()) {
      programs.add(pick(random, Program.values()));
    }
    County county = counties.get(random.nextInt(counties.size()));
    Expert.Builder expert = Expert.builder(id)
        .institution(INSTITUTIONS.get(random.nextInt(INSTITUTIONS.size())) + (random.nextBoolean() ? " " : ""))
        .title(pick(random, Title.values()))
        .degree(pick(random, Degree.values()))
        .programs(programs)
        .skills(random.nextBoolean() ? "设施蔬菜" : "日光温室")
        .location(county.code(), county.lat(), county.lon());
    for (int r = random.nextInt(3); r > 0; r--) {
      expert.addUnavailable(randomRange(random, 20));
    }
    return expert.build();
  }

  private static Demand randomDemand(Random random, List<County> counties) {
    Seat seat = new Seat(SeatRole.LEAD, 1, List.of("设施蔬菜"),
        random.nextBoolean() ? Optional.of(pick(random, Title.values())) : Optional.empty(),
        random.nextBoolean() ? Optional.of(pick(random, Degree.values())) : Optional.empty());
    County county = counties.get(random.nextInt(counties.size()));
    HostUnit host = random.nextBoolean()
        ? HostUnit.of("基地", HostUnitType.OTHER, INSTITUTIONS.get(random.nextInt(INSTITUTIONS.size())))
        : HostUnit.of("合作社", HostUnitType.COOPERATIVE);
    return Demand.builder("D")
        .program(pick(random, Program.values()))
        .title("服务")
        .hostUnit(host)
        .location(county.code(), county.lat(), county.lon())
        .dates(randomRange(random, 10))
        .addSeat(seat)
        .build();
  }

  private static DateRange randomRange(Random random, int maxDays) {
    LocalDate start = YEAR_START.plusDays(random.nextInt(120));
    return DateRange.of(start, start.plusDays(random.nextInt(maxDays)));
  }

  private static <T> T pick(Random random, T[] values) {
    return values[random.nextInt(values.length)];
  }
}
