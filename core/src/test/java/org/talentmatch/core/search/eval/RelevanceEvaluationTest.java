package org.talentmatch.core.search.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.talentmatch.api.model.Expert;
import org.talentmatch.api.model.Degree;
import org.talentmatch.api.model.Program;
import org.talentmatch.api.model.Title;
import org.talentmatch.core.search.RetrievalMode;

/** The metric functions on hand-computed cases, and the integrity of the committed evaluation set. */
class RelevanceEvaluationTest {
  private static final Map<String, Integer> GRADES = Map.of("a", 3, "b", 1, "c", 2, "z", 0);

  private static EvalSet set;
  private static Map<String, Expert> experts;
  private static Map<String, Concept> concepts;

  @BeforeAll
  static void load() {
    set = EvalSet.load();
    experts = set.experts().stream().collect(Collectors.toMap(Expert::id, Function.identity()));
    concepts = Concept.parse(EvalSet.resource("concepts.txt").lines().toList()).stream()
        .collect(Collectors.toMap(Concept::id, Function.identity()));
  }

  // ---- metrics ----

  @Test
  void ndcgOfTheIdealOrderIsOne() {
    assertThat(RelevanceMetrics.ndcgAt(List.of("a", "c", "b", "z"), GRADES, 10)).isEqualTo(1.0);
  }

  @Test
  void ndcgOfAnImperfectRankingIsItsHandComputedValue() {
    // DCG = 0 + 7/log2(3) + 1/log2(4) = 4.9165; ideal (3, 2, 1) = 7 + 3/log2(3) + 1/2 = 9.3928.
    assertThat(RelevanceMetrics.ndcgAt(List.of("x", "a", "b"), GRADES, 10)).isCloseTo(0.5234343, within(1e-6));
  }

  @Test
  void ndcgCountsOnlyTheFirstKRanks() {
    // At k = 1 only "x" (unjudged) counts, the ideal is 7.
    assertThat(RelevanceMetrics.ndcgAt(List.of("x", "a"), GRADES, 1)).isEqualTo(0.0);
    assertThat(RelevanceMetrics.ndcgAt(List.of("a", "x"), GRADES, 1)).isEqualTo(1.0);
  }

  @Test
  void ndcgIsZeroWhenNothingIsRelevant() {
    assertThat(RelevanceMetrics.ndcgAt(List.of("z"), Map.of("z", 0), 10)).isEqualTo(0.0);
  }

  @Test
  void recallCountsGradeOneAndAboveWithinK() {
    // Relevant: a, b, c. "z" is judged not relevant, "x" is unjudged.
    assertThat(RelevanceMetrics.recallAt(List.of("z", "a", "x", "b", "c"), GRADES, 4)).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(RelevanceMetrics.recallAt(List.of("z", "a", "x", "b", "c"), GRADES, 5)).isEqualTo(1.0);
    assertThat(RelevanceMetrics.recallAt(List.of(), GRADES, 50)).isEqualTo(0.0);
  }

  @Test
  void aQueryResultListsTheRelevantExpertsMissedInTheFirst50BestGradeFirst() {
    EvalQuery query = new EvalQuery("Q", "c", Program.EXPERT_SERVICE, "t", "", List.of("s"), Optional.empty());
    RelevanceEval.QueryResult result = RelevanceEval.measure(query, GRADES, List.of("b", "z"));
    assertThat(result.relevant()).isEqualTo(3);
    assertThat(result.missedAt50()).containsExactly("a", "c");
    assertThat(result.recallAt50()).isCloseTo(1.0 / 3, within(1e-12));
  }

  @Test
  void theRunnerSearchesEachQueryAndAveragesItsFigures() {
    Expert exact = expert("E1", "设施蔬菜");
    Expert noise = expert("E2", "档案管理");
    EvalQuery query = new EvalQuery("Q1", "veg_protected", Program.EXPERT_SERVICE, "蔬菜技术指导", "",
        List.of("设施蔬菜"), Optional.empty());
    EvalSet tiny = new EvalSet(List.of(exact, noise), List.of(query), Map.of("Q1", Map.of("E1", 3, "E2", 0)));

    RelevanceEval.Report report = RelevanceEval.run(tiny, RetrievalMode.FULL);

    assertThat(report.queries()).singleElement().satisfies(result -> assertThat(result.missedAt50()).isEmpty());
    assertThat(report.recallAt50()).isEqualTo(1.0);
    assertThat(report.ndcgAt10()).isEqualTo(1.0);
  }

  private static Expert expert(String id, String skill) {
    return Expert.builder(id).institution("山东农业大学").title(Title.SENIOR).degree(Degree.DOCTORATE)
        .programs(Program.values()).skills(skill).location("370102", 36.67, 117.07).build();
  }

  // ---- the committed set ----

  @Test
  void theSetHasAtLeast2000ExpertsAnd60Queries() {
    assertThat(set.experts()).hasSizeGreaterThanOrEqualTo(2_000);
    assertThat(experts).hasSameSizeAs(set.experts());
    assertThat(set.queries()).hasSizeGreaterThanOrEqualTo(60);
    assertThat(set.queries().stream().map(EvalQuery::id).distinct()).hasSameSizeAs(set.queries());
  }

  @Test
  void everyJudgmentNamesAQueryAndAnExpertOfTheSet() {
    Set<String> queryIds = set.queries().stream().map(EvalQuery::id).collect(Collectors.toSet());
    assertThat(queryIds).containsAll(set.grades().keySet());
    set.grades().values().forEach(judged -> assertThat(experts).containsKeys(judged.keySet().toArray(String[]::new)));
  }

  @Test
  void everyQueryHasSeveralRelevantExpertsWithBothExactAndDifferentlyWrittenOnes() {
    for (EvalQuery query : set.queries()) {
      Map<String, Integer> judged = set.judgments(query.id());
      assertThat(judged.values().stream().filter(grade -> grade >= 1).count()).as(query.id()).isBetween(3L, 60L);
      assertThat(judged).as(query.id()).containsValue(3).containsValue(2);
    }
  }

  @Test
  void theSetMeasuresRelevanceNotFilters() {
    for (Expert expert : set.experts()) {
      assertThat(expert.programs()).containsExactlyInAnyOrder(Program.values());
      assertThat(expert.unavailable()).isEmpty();
      assertThat(expert.maxAssignments()).isEmpty();
    }
    assertThat(set.queries()).allSatisfy(query -> assertThat(query.minTitle()).isEmpty());
  }

  @Test
  void everyQueryHasAProfileOnlyAndASynonymOnlyMatch() {
    for (EvalQuery query : set.queries()) {
      Concept concept = concepts.get(query.concept());
      List<Expert> ownSpecialty = set.judgments(query.id()).entrySet().stream()
          .filter(e -> e.getValue() >= 2).map(e -> experts.get(e.getKey())).toList();
      assertThat(ownSpecialty).as("%s: profile-only", query.id())
          .anyMatch(e -> e.skills().stream().noneMatch(concept.forms()::contains)
              && concept.forms().stream().anyMatch(e.profile()::contains));
      assertThat(ownSpecialty).as("%s: synonym-only", query.id())
          .anyMatch(e -> query.skills().stream().noneMatch(skill -> text(e).contains(skill)));
    }
  }

  @Test
  void theAdjacentButWrongSpecialtiesOfTheBriefAreJudgedNotRelevant() {
    Map<String, String> traps = Map.of(
        "cardio", "cardiac_surgery",
        "pediatrics", "ped_surgery",
        "aquaculture", "pig",
        "chem_teach", "chem_eng",
        "veg_protected", "fruit_tree");
    traps.forEach((asked, wrong) -> {
      assertThat(concepts.get(asked).adjacent()).contains(wrong);
      EvalQuery query = set.queries().stream().filter(q -> q.concept().equals(asked)).findFirst().orElseThrow();
      assertThat(set.judgments(query.id())).as(asked).containsValue(0);
    });
  }

  @Test
  void someExpertsMatchNoQueryAtAll() {
    Set<String> judgedRelevant = set.grades().values().stream()
        .flatMap(judged -> judged.entrySet().stream().filter(e -> e.getValue() >= 1).map(Map.Entry::getKey))
        .collect(Collectors.toSet());
    assertThat(set.experts().size() - judgedRelevant.size()).isGreaterThan(set.experts().size() / 4);
  }

  private static String text(Expert expert) {
    return String.join(" ", expert.skills()) + " " + expert.profile();
  }
}
