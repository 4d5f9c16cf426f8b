package org.talentmatch.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
  })
  void badLineIsReportedWithSourceAndLineNumber(String badLine, String message) {
    String text = "# header\n设施蔬菜, 大棚\n" + badLine + "\n果树, 果树栽培\n";

    assertThatThrownBy(() -> Thesaurus.parse("t.txt", text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(message);
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
}
