package org.talentmatch.core.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentmatch.api.model.Program;

class VocabularyTest {
  private final Vocabulary vocabulary = Vocabulary.bundled();

  @Test
  void everyProgramHasSkills() {
    for (Program program : Program.values()) {
      assertThat(vocabulary.groupsFor(program)).as("%s", program).isNotEmpty();
    }
  }

  @Test
  void bundledGroupsCoverTheFieldsClerksName() {
    assertThat(vocabulary.groups()).extracting(SkillGroup::canonical).contains(
        "设施蔬菜", "果树栽培", "植物保护", "土壤改良", "畜牧兽医", "水产养殖", "农业机械", "农产品加工", "农村电商",
        "心血管内科", "全科医学", "儿科", "中医", "护理", "医学影像",
        "小学语文", "小学数学", "小学英语", "学校管理", "特殊教育",
        "机械制造", "化学工程", "新材料", "软件开发", "食品工程", "乡村规划", "乡村旅游", "合作社管理");
    assertThat(vocabulary.groupOf("日光温室")).map(SkillGroup::canonical).contains("设施蔬菜");
    assertThat(vocabulary.groupOf("大棚蔬菜")).map(SkillGroup::canonical).contains("设施蔬菜");
    assertThat(vocabulary.groupOf("温室黄瓜")).map(SkillGroup::canonical).contains("设施蔬菜");
    assertThat(vocabulary.groupOf("心内科")).map(SkillGroup::canonical).contains("心血管内科");
    assertThat(vocabulary.groupOf("冠心病介入")).map(SkillGroup::canonical).contains("心血管内科");
    assertThat(vocabulary.groupOf("胸痛中心建设").orElseThrow().related()).contains("胸痛中心建设");
  }

  @Test
  void everyGroupHasVariantsAndKnownSector() {
    assertThat(vocabulary.groups()).allSatisfy(g -> {
      assertThat(g.synonyms()).isNotEmpty();
      assertThat(g.sector()).isIn("agri", "med", "edu", "ind", "rural");
    });
  }

  @Test
  void parsesTheDocumentedFormat() {
    Vocabulary parsed = Vocabulary.parse(List.of(
        "# comment", "", "agri.veg | EXPERT_SERVICE,SANZHI_YIFU | 设施蔬菜 | 日光温室, 大棚蔬菜 | 连作障碍"));
    SkillGroup group = parsed.groups().get(0);
    assertThat(group.field()).isEqualTo("agri.veg");
    assertThat(group.programs()).containsExactlyInAnyOrder(Program.EXPERT_SERVICE, Program.SANZHI_YIFU);
    assertThat(group.synonyms()).containsExactly("日光温室", "大棚蔬菜");
    assertThat(group.related()).containsExactly("连作障碍");
    assertThat(group.terms()).containsExactly("设施蔬菜", "日光温室", "大棚蔬菜", "连作障碍");
    assertThat(parsed.groupsFor(Program.MEDICAL_PAIRING)).isEmpty();
  }

  @Test
  void rejectsATermThatAppearsTwice() {
    assertThatThrownBy(() -> Vocabulary.parse(List.of(
        "agri.veg | EXPERT_SERVICE | 设施蔬菜 | 大棚 | ",
        "agri.veg | EXPERT_SERVICE | 露地蔬菜 | 大棚 | ")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("大棚");
  }

  @Test
  void rejectsMalformedLinesNamingThem() {
    assertThatThrownBy(() -> Vocabulary.parse(List.of("", "agri.veg | EXPERT_SERVICE | 设施蔬菜")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 2");
    assertThatThrownBy(() -> Vocabulary.parse(List.of("agri.veg | NO_SUCH_PROGRAM | 设施蔬菜 | a | b")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 1");
    assertThatThrownBy(() -> Vocabulary.parse(List.of("vegetables | EXPERT_SERVICE | 设施蔬菜 | a | b")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("sector.name");
  }
}
