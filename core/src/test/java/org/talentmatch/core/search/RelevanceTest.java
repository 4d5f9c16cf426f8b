package org.talentmatch.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.talentmatch.core.search.Fixtures.demand;
import static org.talentmatch.core.search.Fixtures.expert;
import static org.talentmatch.core.search.Fixtures.seat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.Expert;
import org.talentmatch.api.model.Policy;
import org.talentmatch.api.search.Candidate;

class RelevanceTest {
  private final ExpertIndex index = ExpertIndex.inMemory(SearchConfig.defaults());

  @AfterEach
  void close() throws Exception {
    index.close();
  }

  @Test
  void greenhouseSeatRanksVegetableGrowerWithGreenhouseProfileAboveFruitGrower() {
    Expert vegetables = expert("E1", "蔬菜栽培").profile("多年从事日光温室黄瓜栽培技术推广").build();
    Expert fruit = expert("E2", "果树栽培").profile("从事苹果、梨等果树栽培和修剪技术研究").build();
    index.putAll(List.of(vegetables, fruit));
    Demand demand = demand("D1", seat("设施蔬菜")).build();

    List<Candidate> found = index.search(demand, 0, Policy.defaults(), 10);

    assertThat(found).extracting(Candidate::expertId).containsExactly("E1");
    // The profile's 日光温室 (a synonym, 0.4) says more than the broader tag 蔬菜栽培 (0.3).
    assertThat(found.get(0).relevance()).isEqualTo(0.4);
    assertThat(found.get(0).reasons()).containsExactly("个人简介提及：日光温室 ≈ 设施蔬菜（同义词）");
    assertThat(index.relevance(fruit, demand, 0)).isLessThan(SearchConfig.DEFAULT_MIN_RELEVANCE);
  }

  @Test
  void cardiologySeatMatchesCardiologistButNotCardiothoracicSurgeon() {
    Expert cardiologist = expert("E1", "心内科").build();
    Expert surgeon = expert("E2", "心胸外科").profile("擅长心脏瓣膜置换和冠脉搭桥手术").build();
    index.putAll(List.of(cardiologist, surgeon));
    Demand demand = demand("D1", seat("心血管内科")).build();

    List<Candidate> found = index.search(demand, 0, Policy.defaults(), 10);

    assertThat(found).extracting(Candidate::expertId).containsExactly("E1");
    assertThat(found.get(0).relevance()).isEqualTo(0.9);
    assertThat(found.get(0).reasons()).containsExactly("技能匹配：心内科 ≈ 心血管内科（同义词）");
    // 心脏 is a piece of the synonym 心脏内科: text similarity at most, never a level.
    assertReachesNoLevel(surgeon, demand);
  }

  @Test
  void eachMatchLevelHasItsStrengthAndReason() {
    Demand demand = demand("D1", seat("设施蔬菜")).build();

    assertLevel(expert("E", "设施蔬菜").build(), demand, 1.0, "技能匹配：设施蔬菜");
    assertLevel(expert("E", "日光温室").build(), demand, 0.9, "技能匹配：日光温室 ≈ 设施蔬菜（同义词）");
    assertLevel(expert("E", "设施蔬菜栽培技术").build(), demand, 0.8, "技能匹配：设施蔬菜栽培技术 包含 设施蔬菜");
    assertLevel(expert("E", "露地蔬菜").build(), demand, 0.15, "相近领域：露地蔬菜 与 设施蔬菜 同属 蔬菜栽培");
    assertLevel(expert("E", "黄瓜栽培").build(), demand, 0.6, "相关领域：设施蔬菜 ⊃ 黄瓜栽培");
    assertLevel(expert("E", "蔬菜栽培").build(), demand, 0.3, "相关领域：蔬菜栽培 ⊃ 设施蔬菜");
    assertLevel(expert("E", "农业").profile("研究设施蔬菜病害").build(), demand, 0.5, "个人简介提及：设施蔬菜");
    assertLevel(expert("E", "农业").profile("研究大棚蔬菜病害").build(), demand, 0.4,
        "个人简介提及：大棚蔬菜 ≈ 设施蔬菜（同义词）");
  }

  @Test
  void termsSharingAHeadMatchJustBelowASynonym() {
    Demand diabetes = demand("D1", seat("糖尿病防治")).build();
    assertLevel(expert("E", "糖尿病诊治").build(), diabetes, 0.85, "技能匹配：糖尿病诊治 ≈ 糖尿病防治（同为 糖尿病）");
    // 内分泌科 ⊃ 糖尿病防治 in the thesaurus; 糖尿病诊治 shares that narrower term's head.
    assertLevel(expert("E", "糖尿病诊治").build(), demand("D2", seat("内分泌科")).build(), 0.55,
        "相关领域：内分泌科 ⊃ 糖尿病防治（糖尿病诊治 ≈ 糖尿病防治）");
    assertLevel(expert("E", "临床医学").profile("长期从事糖尿病足溃疡研究").build(), diabetes, 0.2,
        "个人简介提及：糖尿病（糖尿病防治 的主题）");
  }

  @Test
  void aGenericHeadMatchesNothing() {
    Demand demand = demand("D1", seat("农业技术")).build();
    assertThat(index.relevance(expert("E", "农业服务").build(), demand, 0)).isLessThan(MatchLevel.SIBLING_SKILL.strength());
  }

  @Test
  void aProfileNamingANarrowerTermIsAPlannableMatch() {
    assertLevel(expert("E", "农学").profile("多年从事苹果矮化密植研究").build(), demand("D1", seat("果树栽培")).build(),
        0.35, "个人简介提及：苹果（属于 果树栽培）");
  }

  @Test
  void siblingsAreBelowTheDefaultFloorAndAdjacentDepartmentsAreNoSiblings() {
    Demand cardiology = demand("D1", seat("心血管内科")).build();
    assertLevel(expert("E", "神经内科").build(), cardiology, 0.15, "相近领域：神经内科 与 心血管内科 同属 内科");
    assertThat(MatchLevel.SIBLING_SKILL.strength() + SeatMatcher.MAX_BONUS).isLessThan(SearchConfig.DEFAULT_MIN_RELEVANCE);
    assertReachesNoLevel(expert("E", "心胸外科").build(), cardiology);
    assertReachesNoLevel(expert("E", "小儿外科").build(), demand("D2", seat("儿科")).build());
  }

  @Test
  void aNarrowerTagIsASpecialistAndABroaderTagAGeneralistAtTheFloor() {
    Demand greenhouse = demand("D1", seat("设施蔬菜")).build();
    assertLevel(expert("E", "蔬菜栽培", "黄瓜栽培").build(), greenhouse, 0.6, "相关领域：设施蔬菜 ⊃ 黄瓜栽培");
    assertLevel(expert("E", "外科").build(), demand("D2", seat("骨科")).build(), 0.3, "相关领域：外科 ⊃ 骨科");
    assertThat(MatchLevel.BROADER_SKILL.strength()).isEqualTo(SearchConfig.DEFAULT_MIN_RELEVANCE)
        .isLessThan(MatchLevel.RELATED_IN_PROFILE.strength());
  }

  @Test
  void aGeneralistTagBesideASiblingSpecialtysTagIsASibling() {
    Demand cardiology = demand("D1", seat("心血管内科")).build();
    assertLevel(expert("E", "内科").build(), cardiology, 0.3, "相关领域：内科 ⊃ 心血管内科");
    assertLevel(expert("E", "内科", "神经内科").build(), cardiology, 0.15, "相近领域：神经内科 与 心血管内科 同属 内科");
    // A profile's words are no such evidence: 妇产科 contains the sibling 产科 of a 两癌筛查 seat.
    assertLevel(expert("E", "内科").profile("县医院内科主治医师，专业方向为神经内科。").build(), cardiology, 0.3,
        "相关领域：内科 ⊃ 心血管内科");
  }

  @Test
  void aRelatedFieldIsAboveASiblingAndBelowTheDefaultFloor() {
    Demand orthopaedics = demand("D1", seat("骨科")).build();
    assertLevel(expert("E", "康复医学").build(), orthopaedics, 0.25, "相关领域：康复医学 与 骨科 相关");
    assertLevel(expert("E", "康复技术").build(), orthopaedics, 0.25, "相关领域：康复 与 骨科 相关（康复技术 ≈ 康复）");
    assertLevel(expert("E", "物流管理").build(), demand("D2", seat("农村电商")).build(), 0.25,
        "相关领域：物流管理 与 农村电商 相关");
    assertLevel(expert("E", "城乡物流管理").build(), demand("D3", seat("农村电商")).build(), 0.25,
        "相关领域：城乡物流管理 包含 物流管理（与 农村电商 相关）");
    assertThat(MatchLevel.RELATED_TERM_SKILL.strength()).isGreaterThan(MatchLevel.SIBLING_SKILL.strength())
        .isLessThan(SearchConfig.DEFAULT_MIN_RELEVANCE);
  }

  @Test
  void aProfileNamingARelatedFieldIsTheWeakestLevel() {
    assertLevel(expert("E", "临床医学").profile("擅长术后康复治疗").build(), demand("D1", seat("骨科")).build(), 0.12,
        "个人简介提及：康复治疗（与 骨科 相关）");
    assertThat(MatchLevel.RELATED_TERM_IN_PROFILE.strength()).isLessThan(MatchLevel.SIBLING_SKILL.strength())
        .isGreaterThan(TextTier.TERM_CEILING);
    assertThat(MatchLevel.RELATED_TERM_IN_PROFILE.strength() + SeatMatcher.MAX_BONUS)
        .isLessThan(SearchConfig.DEFAULT_MIN_RELEVANCE);
  }

  @Test
  void withoutRelatedTermsANeighbouringFieldReachesNoLevel() throws Exception {
    Thesaurus without = Thesaurus.bundled().withoutRelated();
    try (ExpertIndex plain = ExpertIndex.inMemory(SearchConfig.builder().thesaurus(without).build())) {
      Expert rehabilitation = expert("E1", "康复医学").build();
      plain.put(rehabilitation);
      Demand orthopaedics = demand("D1", seat("骨科")).build();
      // Only the text tier: 医学 is a piece of 运动医学, narrower than 骨科.
      assertThat(plain.relevance(rehabilitation, orthopaedics, 0)).isLessThan(TextTier.maxRelevance(1));
      assertThat(plain.search(orthopaedics, 0, Policy.defaults().withMinRelevance(0.0), 5)).singleElement()
          .satisfies(c -> assertThat(c.reasons()).containsExactly("文本相近：医学（运动医学）"));
    }
  }

  @Test
  void pushReachesASeatThroughARelatedTerm() {
    DemandTermLevels levels = new DemandTermLevels(Thesaurus.bundled());
    Expert rehabilitation = expert("E1", "康复治疗").build();

    assertThat(levels.level(rehabilitation, "骨科")).isEqualTo(MatchLevel.RELATED_TERM_SKILL.strength());
    assertThat(levels.reach(rehabilitation).mayMatch("骨科")).isTrue();
  }

  @Test
  void eachInferenceCanBeSwitchedOff() throws Exception {
    Thesaurus none = Thesaurus.bundled().withInferences(java.util.Set.of());
    try (ExpertIndex plain = ExpertIndex.inMemory(SearchConfig.builder().thesaurus(none).build())) {
      assertThat(plain.relevance(expert("E", "糖尿病诊治").build(), demand("D1", seat("糖尿病防治")).build(), 0))
          .isLessThan(MatchLevel.SIBLING_SKILL.strength());
      assertThat(plain.relevance(expert("E", "露地蔬菜").build(), demand("D1", seat("设施蔬菜")).build(), 0))
          .isLessThan(MatchLevel.SIBLING_SKILL.strength());
    }
    assertThat(Thesaurus.bundled().without(Thesaurus.Inference.STEMS).inferences())
        .containsExactlyInAnyOrder(Thesaurus.Inference.SYNONYM_HOPS, Thesaurus.Inference.SIBLINGS);
  }

  /** At most the text tier: no level of {@link MatchLevel}, whatever bigrams the expert shares with the seat. */
  private void assertReachesNoLevel(Expert expert, Demand demand) {
    Candidate assessed = index.assess(expert, demand, 0);
    assertThat(assessed.relevance()).as(expert.skills() + " / " + expert.profile())
        .isLessThan(TextTier.maxRelevance(demand.seats().get(0).skills().size()));
    assertThat(assessed.reasons()).allSatisfy(reason -> assertThat(reason).matches("文本相近：.+"));
  }

  private void assertLevel(Expert expert, Demand demand, double relevance, String reason) {
    assertThat(index.relevance(expert, demand, 0)).as(expert.skills() + " / " + expert.profile())
        .isEqualTo(relevance);
    index.put(expert);
    // The level as floor leaves the text tier out of the query: the level's own clauses must find the expert.
    List<Candidate> found = index.search(demand, 0, Policy.defaults().withMinRelevance(relevance), 1);
    if (reason == null) {
      assertThat(found).isEmpty();
    } else {
      assertThat(found).singleElement().satisfies(c -> {
        assertThat(c.relevance()).isEqualTo(relevance);
        assertThat(c.reasons()).containsExactly(reason);
      });
    }
  }

  @Test
  void relevanceIsTheMeanOverSeatTermsPlusABonusFromTheDemandText() {
    Expert expert = expert("E1", "设施蔬菜").profile("擅长土壤改良").build();
    Demand plain = demand("D1", seat("设施蔬菜", "植物保护")).build();
    Demand described = plain.toBuilder().description("大棚黄瓜连年减产，需要土壤改良指导").build();

    assertThat(index.relevance(expert, plain, 0)).isEqualTo(0.5);
    // The description names two thesaurus terms (大棚, 土壤改良); the expert covers both.
    assertThat(index.relevance(expert, described, 0)).isCloseTo(0.6, within(1e-9));
  }

  @Test
  void equalRelevanceGoesToTheNearerExpertThenTheSeatsTieOrder() {
    Expert far = expert("E1", "设施蔬菜").location("371702", 35.23, 115.47).build();
    Expert nearB = expert("E3", "设施蔬菜").location("370783", 36.88, 118.79).build();
    Expert nearA = expert("E2", "设施蔬菜").location("370783", 36.88, 118.79).build();
    index.putAll(List.of(far, nearB, nearA));

    List<Candidate> found = index.search(demand("D1", seat("设施蔬菜")).build(), 0, Policy.defaults(), 10);

    List<String> near = Stream.of("E2", "E3").sorted(SeatTieOrder.of("D1", 0)).toList();
    assertThat(found).extracting(Candidate::expertId).containsExactly(near.get(0), near.get(1), "E1");
    assertThat(found.get(0).distanceKm()).isLessThan(1.0);
  }

  @Test
  void limitKeepsTheBest() {
    index.putAll(List.of(expert("E1", "蔬菜栽培").build(), expert("E2", "设施蔬菜").build(),
        expert("E3", "大棚").build()));

    List<Candidate> found = index.search(demand("D1", seat("设施蔬菜")).build(), 0, Policy.defaults(), 2);

    assertThat(found).extracting(Candidate::expertId).containsExactly("E2", "E3");
  }

  @Test
  void policyFloorOverridesTheConfiguredDefault() {
    index.put(expert("E1", "黄瓜栽培").build());
    Demand demand = demand("D1", seat("设施蔬菜")).build();

    assertThat(index.search(demand, 0, Policy.defaults().withMinRelevance(0.7), 5)).isEmpty();
    assertThat(index.search(demand, 0, Policy.defaults().withMinRelevance(0.6), 5)).hasSize(1);
  }

  @Test
  void freeTextLookupUsesSmartcnWordsAndBigrams() {
    index.putAll(List.of(expert("E1", "果树栽培").profile("苹果矮砧密植").build(),
        expert("E2", "心内科").profile("冠心病介入治疗").build()));

    assertThat(index.searchText("苹果种植", 5)).containsExactly("E1");
    assertThat(index.searchText("冠心病", 5)).containsExactly("E2");
  }

  @Test
  void freeTextLookupFindsEveryExpertOfAnInstitutionByItsWords() {
    index.putAll(List.of(expert("E1", "果树栽培").institution("山东省果树研究所").build(),
        expert("E2", "苹果栽培").institution("山东省果树研究所").build(),
        expert("E3", "心内科").institution("山东省立医院").build()));

    // One analysis of the institution serves both of its experts (IndexWords): each must be found by it.
    assertThat(index.searchText("研究所", 5)).containsExactlyInAnyOrder("E1", "E2");
    assertThat(index.searchText("医院", 5)).containsExactly("E3");
  }
}
