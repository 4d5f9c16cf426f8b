package org.talentmatch.core.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A stemmer for Chinese skill terms, in the spirit of an English one: a skill is usually a subject
 * followed by an activity (糖尿病 + 诊治, 肉牛 + 育肥, 小麦 + 栽培), and people write the activity in
 * many ways, so two terms with the same subject (their <em>head</em>) name nearly the same specialty:
 * 糖尿病诊治 ≈ 糖尿病防治 ≈ 糖尿病, 急诊科 ≈ 急诊医学. Search treats a shared head as a weaker claim
 * than a thesaurus synonym.
 *
 * <p>The head is the normalized term without one trailing suffix of a closed list ({@link
 * #SUFFIXES}, the longest that fits), or the term itself when none fits or when fewer than two
 * characters would remain (骨科 stays 骨科: 骨 alone would match anything). A head is only used to
 * match when it has at least two characters and is not {@link #GENERIC_HEADS generic} (农业技术 and
 * 农业服务 share the head 农业 but not a specialty). Stateless and thread-safe.
 */
final class TermStemmer {
  /**
   * Activities and departments that follow a subject without changing it: growing (栽培, 种植),
   * raising (养殖, 饲养, 育肥), treating (诊治, 诊疗, 治疗, 防治, 防控), doing (管理, 技术, 工作,
   * 服务, 生产, 推广, 指导, 教学) and the department or discipline (医学, 科: 急诊科 ≈ 急诊医学).
   * Deliberately absent: 教育 (特殊教育 and 职业教育 are not 特殊 and 职业), 工程 (化学工程 is not 化学
   * 教学), 护理 (重症护理 is nursing, not 重症医学), 外科 and 内科 (神经外科 is not 神经内科).
   */
  static final List<String> SUFFIXES = List.of(
      "栽培", "种植", "养殖", "饲养", "育肥",
      "诊治", "诊疗", "治疗", "防治", "防控",
      "管理", "技术", "工作", "服务", "生产", "推广", "指导", "教学",
      "医学", "科");
  /**
   * Heads that name no specialty: a term that strips to one of these (农业技术, 企业管理, 医疗服务)
   * never matches another by its head.
   */
  static final Set<String> GENERIC_HEADS = Set.of(
      "农业", "技术", "管理", "服务", "工作", "生产", "医疗", "医学", "临床", "卫生", "医院", "教育", "教学",
      "学校", "班级", "社区", "基层", "企业", "质量", "安全", "信息", "项目", "经营", "科技", "工程", "科学",
      "研究", "综合", "产品", "技能", "专业", "行政");

  private static final List<String> LONGEST_FIRST =
      SUFFIXES.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();

  private TermStemmer() {}

  /** The head of a normalized term: without its longest suffix of {@link #SUFFIXES}, if two characters remain. */
  static String head(String normalizedTerm) {
    for (String suffix : LONGEST_FIRST) {
      if (normalizedTerm.endsWith(suffix)) {
        String rest = normalizedTerm.substring(0, normalizedTerm.length() - suffix.length());
        return length(rest) >= 2 ? rest : normalizedTerm;
      }
    }
    return normalizedTerm;
  }

  /** The head of a normalized term when it may be used to match: two characters or more, not generic. */
  static Optional<String> matchingHead(String normalizedTerm) {
    String head = head(normalizedTerm);
    return length(head) >= 2 && !GENERIC_HEADS.contains(head) ? Optional.of(head) : Optional.empty();
  }

  /**
   * Whether a normalized tag has {@code head} as a matching head: it is the head itself (a tag
   * may name the bare subject, 糖尿病) or strips to it.
   */
  static boolean hasHead(String normalizedTag, String head) {
    return normalizedTag.equals(head) || matchingHead(normalizedTag).filter(head::equals).isPresent();
  }

  /**
   * Every term {@link #hasHead} accepts for {@code head}: the head and the head with each suffix
   * that strips back to it. Lets the index find them with exact keyword lookups.
   */
  static List<String> termsWithHead(String head) {
    List<String> terms = new ArrayList<>();
    terms.add(head);
    for (String suffix : SUFFIXES) {
      String term = head + suffix;
      if (hasHead(term, head)) {
        terms.add(term);
      }
    }
    return List.copyOf(terms);
  }

  private static int length(String text) {
    return text.codePointCount(0, text.length());
  }
}
