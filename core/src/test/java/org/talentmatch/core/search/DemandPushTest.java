package org.talentmatch.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.talentmatch.core.search.Fixtures.JINAN_LAT;
import static org.talentmatch.core.search.Fixtures.JINAN_LON;
import static org.talentmatch.core.search.Fixtures.demand;
import static org.talentmatch.core.search.Fixtures.expert;
import static org.talentmatch.core.search.Fixtures.seat;

import java.io.IOException;
import java.util.List;
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
import org.talentmatch.api.model.Seat;
import org.talentmatch.api.model.SeatRole;
import org.talentmatch.api.model.Title;
import org.talentmatch.api.search.DemandMatch;

class DemandPushTest {
  private final DemandIndex index = DemandIndex.inMemory(SearchConfig.defaults());
  private final DemandRecommender recommender = new DemandRecommender(index);
  private final Expert expert = expert("E1", "蔬菜栽培", "土壤改良").title(Title.ASSOCIATE).degree(Degree.MASTER).build();

  @AfterEach
  void close() throws IOException {
    index.close();
  }

  private List<String> pushedIds(Expert who, Policy policy) {
    return recommender.recommend(who, policy, 50).stream().map(DemandMatch::demandId).toList();
  }

  /** A demand that fits {@code expert} on every rule, except what the caller changes. */
  private static Demand.Builder fitting(String id) {
    return demand(id, seat("土壤改良"));
  }

  /** Indexes a fitting demand and one that breaks a rule; only the first is pushed, by the index filters. */
  private void assertFilteredOut(Demand breaking, Expert who, Policy policy) {
    index.putAll(List.of(fitting("OK").build(), breaking));
    assertThat(index.idsPassingIndexFilters(who, policy)).containsExactly("OK");
    assertThat(pushedIds(who, policy)).containsExactly("OK");
  }

  @Test
  void pushesADemandWhoseSeatTermIsRelatedToATermInsideATag() {
    index.put(demand("D1", seat("农村电商")).build());
    Expert logistics = expert("E2", "城乡物流管理").build();

    List<DemandMatch> matches = recommender.recommend(logistics, Policy.defaults().withMinRelevance(0.25), 10);

    assertThat(matches).singleElement().satisfies(m ->
        assertThat(m.reasons()).containsExactly("相关领域：城乡物流管理 包含 物流管理（与 农村电商 相关）"));
  }

  @Test
  void recommendsTheBestEligibleSeatOfEachFittingDemandBestFirstWithReasons() {
    index.putAll(List.of(
        demand("D1", Seat.of(SeatRole.LEAD, 1, "土壤改良").withMinTitle(Title.SENIOR), seat("设施蔬菜")).build(),
        demand("D2", seat("土壤改良")).build(),
        demand("D3", seat("果树栽培")).build()));

    List<DemandMatch> matches = recommender.recommend(expert, Policy.defaults(), 10);

    assertThat(matches).extracting(DemandMatch::demandId).containsExactly("D2", "D1");
    assertThat(matches.get(0).relevance()).isEqualTo(1.0);
    assertThat(matches.get(0).reasons()).containsExactly("技能匹配：土壤改良");
    assertThat(matches.get(1).seat()).as("the lead seat needs a higher title").isEqualTo(1);
    assertThat(matches.get(1).relevance()).as("a broader tag: a generalist of the seat's field").isEqualTo(0.3);
    assertThat(matches.get(1).reasons()).containsExactly("相关领域：蔬菜栽培 ⊃ 设施蔬菜");
    assertThat(matches.get(0).distanceKm()).isGreaterThan(100).isLessThan(200);
  }

  @Test
  void synonymsAndProfileMentionsArePushedAtTheirLevel() {
    Expert greenhouse = expert("E2", "日光温室", "水产养殖").profile("长期从事植物保护和病虫害防治。").build();
    index.putAll(List.of(demand("SYN", seat("设施蔬菜")).build(), demand("PROFILE", seat("植物保护")).build(),
        demand("NONE", seat("心血管内科")).build()));

    List<DemandMatch> matches = recommender.recommend(greenhouse, Policy.defaults(), 10);

    assertThat(matches).extracting(DemandMatch::demandId).containsExactly("SYN", "PROFILE");
    assertThat(matches.get(0).relevance()).isEqualTo(0.9);
    assertThat(matches.get(0).reasons()).containsExactly("技能匹配：日光温室 ≈ 设施蔬菜（同义词）");
    assertThat(matches.get(1).relevance()).isEqualTo(0.5);
    assertThat(matches.get(1).reasons()).containsExactly("个人简介提及：植物保护");
  }

  @Test
  void programMustBeOneOfTheExperts() {
    assertFilteredOut(fitting("X").program(Program.MEDICAL_PAIRING).build(), expert, Policy.defaults());
  }

  @Test
  void datesMustNotTouchAnUnavailableRangeBoundaryDaysIncluded() {
    Expert away = expert.toBuilder().unavailable(List.of(DateRange.of("2027-04-14", "2027-04-20"))).build();
    assertFilteredOut(fitting("X").dates("2027-04-13", "2027-04-14").build(), away, Policy.defaults());
    index.put(fitting("INSIDE").dates("2027-04-15", "2027-04-16").build());
    index.put(fitting("SPANS").dates("2027-04-01", "2027-05-01").build());
    index.put(fitting("AFTER").dates("2027-04-21", "2027-04-22").build());
    assertThat(index.idsPassingIndexFilters(away, Policy.defaults())).containsExactlyInAnyOrder("OK", "AFTER");
    assertThat(pushedIds(away, Policy.defaults())).containsExactlyInAnyOrder("OK", "AFTER");
  }

  @Test
  void demandsBeyondTheTravelLimitAreNotPushed() {
    Demand near = fitting("NEAR").location("370102", JINAN_LAT + 0.1, JINAN_LON).build();
    index.put(near);

    index.putAll(List.of(fitting("FAR").build()));
    Policy policy = Policy.defaults().withMaxTravelKm(100);
    assertThat(index.idsPassingIndexFilters(expert, policy)).containsExactly("NEAR");
    assertThat(pushedIds(expert, policy)).containsExactly("NEAR");
    assertThat(pushedIds(expert, Policy.defaults())).containsExactly("NEAR", "FAR");
  }

  @Test
  void hostUnitsOfTheExpertsOwnInstitutionAreNotPushed() {
    assertFilteredOut(fitting("X").hostUnit(HostUnit.of("山东农业大学试验站", HostUnitType.OTHER, "\u3000山东农业大学 "))
        .build(), expert, Policy.defaults());
  }

  @Test
  void demandsWhoseEverySeatNeedsAHigherTitleOrDegreeAreNotPushed() {
    assertFilteredOut(demand("T", seat("土壤改良").withMinTitle(Title.SENIOR)).build(), expert, Policy.defaults());
    index.put(demand("DEG", seat("土壤改良").withMinDegree(Degree.DOCTORATE)).build());
    assertThat(index.idsPassingIndexFilters(expert, Policy.defaults())).containsExactly("OK");
    index.put(demand("MET", seat("土壤改良").withMinTitle(Title.ASSOCIATE).withMinDegree(Degree.MASTER)).build());
    assertThat(pushedIds(expert, Policy.defaults())).containsExactlyInAnyOrder("OK", "MET");
  }

  @Test
  void floorAndLimitApply() {
    index.putAll(List.of(demand("EXACT", seat("土壤改良")).build(), demand("RELATED", seat("设施蔬菜")).build()));

    assertThat(pushedIds(expert, Policy.defaults().withMinRelevance(0.7))).containsExactly("EXACT");
    assertThat(recommender.recommend(expert, Policy.defaults(), 1)).extracting(DemandMatch::demandId)
        .containsExactly("EXACT");
  }

  @Test
  void equalRelevanceGoesToTheNearerDemandThenTheSmallerId() {
    index.putAll(List.of(fitting("B-FAR").build(), fitting("C-NEAR").location("370102", JINAN_LAT, JINAN_LON).build(),
        fitting("A-FAR").build()));

    assertThat(pushedIds(expert, Policy.defaults())).containsExactly("C-NEAR", "A-FAR", "B-FAR");
  }
}
