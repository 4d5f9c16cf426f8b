package org.talentmatch.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.talentmatch.core.search.Fixtures.demand;
import static org.talentmatch.core.search.Fixtures.expert;
import static org.talentmatch.core.search.Fixtures.seat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.talentmatch.api.model.DateRange;
import org.talentmatch.api.model.Degree;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.Expert;
import org.talentmatch.api.model.HostUnit;
import org.talentmatch.api.model.HostUnitType;
import org.talentmatch.api.model.Policy;
import org.talentmatch.api.model.Program;
import org.talentmatch.api.model.Title;
import org.talentmatch.api.search.Candidate;
import org.talentmatch.core.rules.Eligibility;
import org.talentmatch.core.rules.Geo;
import org.talentmatch.core.rules.HardRule;

/**
 * Each static hard rule excludes exactly the expert that breaks it, by the Lucene filters alone
 * (before the Eligibility safety net) and in search results.
 */
class HardFiltersTest {
  private final ExpertIndex index = ExpertIndex.inMemory(SearchConfig.defaults());
  private final Expert eligible = expert("E0", "设施蔬菜").build();

  @AfterEach
  void close() throws Exception {
    index.close();
  }

  @Test
  void program() {
    assertExcluded(expert("E1", "设施蔬菜").programs(Program.MEDICAL_PAIRING).build(),
        demand("D", seat("设施蔬菜")).build(), Policy.defaults(), HardRule.PROGRAM);
  }

  @Test
  void title() {
    assertExcluded(expert("E1", "设施蔬菜").title(Title.ASSOCIATE).build(),
        demand("D", seat("设施蔬菜").withMinTitle(Title.SENIOR)).build(), Policy.defaults(), HardRule.TITLE_DEGREE);
  }

  @Test
  void degree() {
    assertExcluded(expert("E1", "设施蔬菜").degree(Degree.MASTER).title(Title.NONE).build(),
        demand("D", seat("设施蔬菜").withMinDegree(Degree.DOCTORATE).withMinTitle(Title.NONE)).build(),
        Policy.defaults(), HardRule.TITLE_DEGREE);
  }

  @Test
  void unavailableOnTheLastDay() {
    Expert busy = expert("E1", "设施蔬菜").addUnavailable(DateRange.of("2027-04-12", "2027-04-20")).build();
    Expert freeFromTheNextDay = expert("E2", "设施蔬菜")
        .addUnavailable(DateRange.of("2027-04-13", "2027-04-20"))
        .addUnavailable(DateRange.of("2027-01-01", "2027-04-09")).build();

    assertExcluded(busy, demand("D", seat("设施蔬菜")).build(), Policy.defaults(), HardRule.AVAILABILITY,
        eligible, freeFromTheNextDay);
  }

  @Test
  void distance() {
    Expert jinan = expert("E1", "设施蔬菜").build();
    Expert local = expert("E0", "设施蔬菜").location("370783", 36.9, 118.7).build();

    assertExcluded(jinan, demand("D", seat("设施蔬菜")).build(), Policy.defaults().withMaxTravelKm(100),
        HardRule.DISTANCE, local);
  }

  /**
   * The index widens its distance filter a little (Lucene measures on another sphere); experts in that
   * band are let through and only then rejected. A county's experts often share one point, so the band
   * can hold more of them than the search reads beyond its limit: it must read on and still find the best.
   */
  @Test
  void expertsJustBeyondTheDistanceDoNotCrowdOutTheEligible() {
    Demand demand = demand("D", seat("设施蔬菜")).build();
    double kmPerDegree = Geo.EARTH_RADIUS_KM * Math.PI / 180;
    List<Expert> experts = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      experts.add(expert("FAR" + i, "设施蔬菜")
          .location("370783", demand.location().lat() + 100.5 / kmPerDegree, demand.location().lon()).build());
    }
    for (int i = 0; i < 5; i++) {
      experts.add(expert("NEAR" + i, "日光温室").location("370783", demand.location().lat(), demand.location().lon())
          .build());
    }
    index.putAll(experts);

    List<Candidate> found = index.search(demand, 0, Policy.defaults().withMaxTravelKm(100), 3);

    assertThat(found).extracting(Candidate::expertId).hasSize(3).allMatch(id -> id.startsWith("NEAR"));
  }

  @Test
  void conflictOfInterestComparesTrimmedInstitutions() {
    Expert sameInstitution = expert("E1", "设施蔬菜").institution("寿光蔬菜研究院 ").build();
    Demand demand = demand("D", seat("设施蔬菜"))
        .hostUnit(HostUnit.of("研究院试验基地", HostUnitType.OTHER, " 寿光蔬菜研究院")).build();

    assertExcluded(sameInstitution, demand, Policy.defaults(), HardRule.CONFLICT_OF_INTEREST);
  }

  private void assertExcluded(Expert breaker, Demand demand, Policy policy, HardRule rule) {
    assertExcluded(breaker, demand, policy, rule, eligible);
  }

  private void assertExcluded(Expert breaker, Demand demand, Policy policy, HardRule rule, Expert... others) {
    List<Expert> all = new ArrayList<>(List.of(others));
    all.add(breaker);
    index.putAll(all);
    List<String> expected = Stream.of(others).map(Expert::id).sorted().toList();

    assertThat(Eligibility.violations(breaker, demand, 0, policy)).containsExactly(rule);
    assertThat(index.idsPassingIndexFilters(demand, 0, policy)).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(index.search(demand, 0, policy, 10)).extracting(Candidate::expertId)
        .containsExactlyInAnyOrderElementsOf(expected);
  }
}
