package org.talentmatch.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** Heads of skill terms: one suffix of the closed list, never a one-character or generic head. */
class TermStemmerTest {

  @Test
  void theHeadIsTheTermWithoutItsActivitySuffix() {
    assertThat(TermStemmer.head("糖尿病诊治")).isEqualTo("糖尿病");
    assertThat(TermStemmer.head("糖尿病防治")).isEqualTo("糖尿病");
    assertThat(TermStemmer.head("甲状腺疾病诊疗")).isEqualTo("甲状腺疾病");
    assertThat(TermStemmer.head("肉牛育肥")).isEqualTo("肉牛");
    assertThat(TermStemmer.head("急诊科")).isEqualTo("急诊");
    assertThat(TermStemmer.head("急诊医学")).isEqualTo("急诊");
    assertThat(TermStemmer.head("设施蔬菜")).as("no suffix").isEqualTo("设施蔬菜");
  }

  @Test
  void onlyOneSuffixIsStripped() {
    assertThat(TermStemmer.head("病虫害防治技术")).isEqualTo("病虫害防治");
  }

  @Test
  void aHeadOfOneCharacterIsNeverMade() {
    assertThat(TermStemmer.head("骨科")).isEqualTo("骨科");
    assertThat(TermStemmer.head("儿科")).isEqualTo("儿科");
    assertThat(TermStemmer.matchingHead("骨科")).contains("骨科");
  }

  @Test
  void genericHeadsNeverMatch() {
    assertThat(TermStemmer.matchingHead("农业技术")).isEmpty();
    assertThat(TermStemmer.matchingHead("企业管理")).isEmpty();
    assertThat(TermStemmer.matchingHead("技术服务")).isEmpty();
    assertThat(TermStemmer.matchingHead("管理")).isEmpty();
    assertThat(TermStemmer.matchingHead("信息技术")).as("信息技术 and 信息管理 are different fields").isEmpty();
  }

  @Test
  void lookAlikeDepartmentsKeepDifferentHeads() {
    assertThat(TermStemmer.head("神经内科")).isNotEqualTo(TermStemmer.head("神经外科"));
    assertThat(TermStemmer.head("心胸外科")).isNotEqualTo(TermStemmer.head("心血管内科"));
    assertThat(TermStemmer.head("小儿外科")).isNotEqualTo(TermStemmer.head("儿科"));
    assertThat(TermStemmer.head("重症护理")).as("护理 is not an activity suffix").isNotEqualTo(TermStemmer.head("重症医学"));
  }

  @Test
  void aTagHasAHeadWhenItIsTheHeadOrStripsToIt() {
    assertThat(TermStemmer.hasHead("糖尿病", "糖尿病")).isTrue();
    assertThat(TermStemmer.hasHead("糖尿病管理", "糖尿病")).isTrue();
    assertThat(TermStemmer.hasHead("糖尿病足护理", "糖尿病")).isFalse();
    assertThat(TermStemmer.termsWithHead("肉牛")).contains("肉牛", "肉牛养殖", "肉牛育肥", "肉牛饲养");
  }

  /** The index finds tags by a head with exact lookups of {@code termsWithHead}: it must agree with {@code hasHead}. */
  @Property
  void termsWithHeadAreExactlyTheTagsThatHaveIt(
      @ForAll @StringLength(min = 2, max = 4) @Chars({'小', '麦', '肉', '牛', '科', '医', '学', '管', '理'}) String head,
      @ForAll @StringLength(min = 0, max = 3) @Chars({'栽', '培', '科', '医', '学', '管', '理', '牛'}) String tail) {
    String tag = head + tail;
    if (TermStemmer.matchingHead(head).filter(head::equals).isEmpty()) {
      return;
    }
    assertThat(TermStemmer.termsWithHead(head).contains(tag)).as(tag).isEqualTo(TermStemmer.hasHead(tag, head));
  }
}
