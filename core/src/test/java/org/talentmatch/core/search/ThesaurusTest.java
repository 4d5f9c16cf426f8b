package org.talentmatch.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThesaurusTest {

  @Test
  void readsSynonymGroupsRelationsCommentsAndAllSeparators() {
    Thesaurus thesaurus = Thesaurus.parse("t.txt", """
        # comment
        设施蔬菜, 日光温室，大棚蔬菜

          蔬菜栽培 > 设施蔬菜、露地蔬菜
        Ｃｔ诊断, 影像
        """);

    assertThat(thesaurus.groupCount()).isEqualTo(3);
    assertThat(thesaurus.synonymsOf("日光温室")).containsExactly("大棚蔬菜", "设施蔬菜");
    assertThat(thesaurus.synonymsOf(" 设施蔬菜 ")).containsExactly("大棚蔬菜", "日光温室");
    assertThat(thesaurus.narrowerOf("蔬菜栽培")).containsExactly("设施蔬菜", "露地蔬菜");
    assertThat(thesaurus.broaderOf("露地蔬菜")).containsExactly("蔬菜栽培");
    assertThat(thesaurus.synonymsOf("蔬菜栽培")).isEmpty();
    assertThat(thesaurus.synonymsOf("CT诊断")).as("NFKC and lower case").containsExactly("影像");
    assertThat(thesaurus.vocabulary()).contains("ct诊断", "露地蔬菜", "蔬菜栽培");
  }

  @Test
  void aTermInTwoGroupsHasTheUnionOfTheirSynonyms() {
    Thesaurus thesaurus = Thesaurus.parse("t.txt", "农村电商, 电子商务\n农产品电商, 农村电商\n");

    assertThat(thesaurus.synonymsOf("农村电商")).containsExactly("农产品电商", "电子商务");
    assertThat(thesaurus.synonymsOf("电子商务")).containsExactly("农村电商");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "a, , b           | t.txt:3: empty term",
      "孤单             | t.txt:3: a synonym group needs at least two terms",
      "a > b > c        | t.txt:3: more than one '>'",
      "a, b > c         | t.txt:3: exactly one broader term",
      "a > a            | t.txt:3: 'a' is related to itself",
      "a, b, A          | t.txt:3: 'a' appears twice",
      "a >              | t.txt:3: empty term",
      "a ~              | t.txt:3: a term is missing on one side of '~'",
      "~ b              | t.txt:3: a term is missing on one side of '~'",
      "a ~ a            | t.txt:3: 'a' is related to itself",
      "a ~ b, a         | t.txt:3: 'a' is related to itself",
      "a ~ b, , c       | t.txt:3: empty term",
      "a ~ b ~ c        | t.txt:3: more than one '~'",
      "a, b ~ c         | t.txt:3: exactly one term goes before '~'",
      "a > b ~ c        | t.txt:3: both '>' and '~'",
  })
  void badLineIsReportedWithSourceAndLineNumber(String badLine, String message) {
    String text = "# header\n设施蔬菜, 大棚\n" + badLine + "\n果树, 果树栽培\n";

    assertThatThrownBy(() -> Thesaurus.parse("t.txt", text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(message);
  }

  @Test
  void relatedTermsAreSymmetricAndNotTransitive() {
    Thesaurus thesaurus = Thesaurus.parse("t.txt", """
        骨科 ~ 康复医学, 疼痛科
        康复医学 ~ 神经内科
        """);

    assertThat(thesaurus.groupCount()).isEqualTo(2);
    assertThat(thesaurus.relatedOf("骨科")).containsExactly("康复医学", "疼痛科");
    assertThat(thesaurus.relatedOf("疼痛科")).containsExactly("骨科");
    assertThat(thesaurus.relatedOf("康复医学")).containsExactly("神经内科", "骨科");
    assertThat(thesaurus.relatedOf("神经内科")).containsExactly("康复医学");
    assertThat(thesaurus.synonymsOf("骨科")).isEmpty();
    assertThat(thesaurus.broaderOf("康复医学")).isEmpty();
    assertThat(thesaurus.vocabulary()).containsExactly("康复医学", "疼痛科", "神经内科", "骨科");
  }

  @Test
  void aRelatedPairListedAlsoAsSynonymsOrBroaderNarrowerIsAnErrorOnTheRelatedLine() {
    assertThatThrownBy(() -> Thesaurus.parse("t.txt", "# header\n设施蔬菜, 大棚\n大棚 ~ 设施蔬菜\n"))
        .hasMessageStartingWith("t.txt:3: '大棚' and '设施蔬菜' are synonyms");
    // The broader/narrower line comes after the related one: still reported at the related line.
    assertThatThrownBy(() -> Thesaurus.parse("t.txt", "骨科 ~ 创伤骨科\n骨科 > 创伤骨科\n"))
        .hasMessageStartingWith("t.txt:1: '骨科' and '创伤骨科' are broader and narrower");
  }

  @Test
  void withoutRelatedDropsOnlyTheRelatedLines() {
    Thesaurus thesaurus = Thesaurus.parse("t.txt", "骨科 ~ 康复医学\n骨科, 骨外科\n外科 > 骨科\n");
    Thesaurus without = thesaurus.without(Thesaurus.Inference.STEMS).withoutRelated();

    assertThat(without.relatedOf("骨科")).isEmpty();
    assertThat(without.synonymsOf("骨科")).containsExactly("骨外科");
    assertThat(without.broaderOf("骨科")).containsExactly("外科");
    assertThat(without.groupCount()).isEqualTo(2);
    assertThat(without.vocabulary()).doesNotContain("康复医学");
    assertThat(without.inferences()).doesNotContain(Thesaurus.Inference.STEMS);
  }

  @Test
  void loadNamesTheFileInErrors(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("mine.txt");
    Files.writeString(file, "心内科, 心血管内科\n\n心胸外科\n", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> Thesaurus.load(file)).hasMessageStartingWith("mine.txt:3: ");
  }

  @Test
  void loadReadsAFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("mine.txt");
    Files.writeString(file, "心内科, 心血管内科\n", StandardCharsets.UTF_8);

    assertThat(Thesaurus.load(file).synonymsOf("心内科")).containsExactly("心血管内科");
  }

  @Test
  void bundledThesaurusCoversTheProgramsAndKeepsSpecialtiesApart() {
    Thesaurus bundled = Thesaurus.bundled();

    assertThat(bundled.groupCount()).as("groups (lines that define one)").isGreaterThanOrEqualTo(150);
    assertThat(bundled.synonymsOf("设施蔬菜")).contains("日光温室", "大棚");
    assertThat(bundled.narrowerOf("蔬菜栽培")).contains("设施蔬菜");
    assertThat(bundled.synonymsOf("心血管内科")).contains("心内科").doesNotContain("心胸外科");
    assertThat(bundled.synonymsOf("心胸外科")).doesNotContain("心内科", "心血管内科");
    assertThat(bundled.vocabulary()).contains("小学数学", "校长培训", "智能制造", "乡村规划", "水产养殖", "冬枣");
  }

  @Test
  void bundledThesaurusRelatesNeighbouringFieldsButNotAdjacentButWrongOnes() {
    Thesaurus bundled = Thesaurus.bundled();

    assertThat(bundled.groupCount() - bundled.withoutRelated().groupCount()).as("related lines")
        .isGreaterThanOrEqualTo(200);
    assertThat(bundled.relatedOf("骨科")).contains("康复");
    assertThat(bundled.relatedOf("农产品电商")).contains("物流");
    assertThat(bundled.relatedOf("设施蔬菜")).contains("土壤改良");
    assertThat(bundled.relatedOf("内分泌科")).contains("营养科");
    for (String[] pair : new String[][] {{"心血管内科", "心胸外科"}, {"儿科", "小儿外科"}, {"消化内科", "胃肠外科"},
        {"神经内科", "神经外科"}, {"化学教学", "化工"}, {"小学数学", "高中数学"}}) {
      assertThat(bundled.relatedOf(pair[0])).as(pair[0]).doesNotContain(pair[1]);
      assertThat(bundled.relatedOf(pair[1])).as(pair[1]).doesNotContain(pair[0]);
    }
  }

  @Test
  void bundledThesaurusKnowsHowCvsNameASpecialtyAndItsNeighbours() {
    Thesaurus bundled = Thesaurus.bundled();

    assertThat(bundled.synonymsOf("设施蔬菜")).contains("保护地栽培", "温室大棚", "棚室蔬菜");
    assertThat(bundled.narrowerOf("节水灌溉")).contains("喷灌", "滴灌", "微灌", "低压管灌");
    assertThat(bundled.narrowerOf("中学数学")).contains("初中数学", "高中数学");
    assertThat(bundled.synonymsOf("冠心病介入")).contains("冠状动脉介入治疗");
    assertThat(bundled.relatedOf("心血管内科")).contains("全科医学", "老年医学", "急诊", "慢病管理");
    assertThat(bundled.relatedOf("肉牛养殖")).contains("饲草", "牛羊病防治", "动物疫病防控");
    for (String[] pair : new String[][] {{"肾内科", "泌尿外科"}, {"甲状腺疾病诊疗", "甲乳外科"},
        {"消化内镜", "胃肠外科"}, {"心血管内科", "神经内科"}, {"物理教学", "物理治疗"}, {"生猪养殖", "肉牛养殖"},
        {"黄瓜栽培", "番茄栽培"}}) {
      assertThat(bundled.relatedOf(pair[0])).as(pair[0]).doesNotContain(pair[1]);
      assertThat(bundled.synonymsOf(pair[0])).as(pair[0]).doesNotContain(pair[1]);
    }
  }

  @Test
  void noRelatedPairJoinsTheMedicineAndTheSurgeryOfAnOrgan() {
    Thesaurus bundled = Thesaurus.bundled();
    Set<String> surgery = descendants(bundled, "外科");

    for (String medicine : descendants(bundled, "内科")) {
      assertThat(bundled.relatedOf(medicine)).as(medicine).doesNotContainAnyElementsOf(surgery);
    }
    for (String paediatrics : descendants(bundled, "儿科")) {
      assertThat(bundled.relatedOf(paediatrics)).as(paediatrics).doesNotContainAnyElementsOf(surgery);
    }
  }

  /** The term, its narrower terms and theirs, with the synonyms of each. */
  private static Set<String> descendants(Thesaurus thesaurus, String term) {
    Set<String> found = new HashSet<>();
    Deque<String> pending = new ArrayDeque<>(Set.of(term));
    while (!pending.isEmpty()) {
      String next = pending.pop();
      if (found.add(next)) {
        pending.addAll(thesaurus.narrowerOf(next));
        pending.addAll(thesaurus.synonymsOf(next));
      }
    }
    return found;
  }
}
