package org.talentmatch.core.search;

/**
 * How strongly one seat skill term is matched by an expert, strongest first. The strengths are the
 * relevance scale: fixed numbers, so that a relevance means the same for every seat and every index.
 * Every level from {@link #BROADER_SKILL} up is a match the planner may use under the default
 * floor (0.3); {@link #RELATED_TERM_SKILL}, {@link #STEM_IN_PROFILE}, {@link #SIBLING_SKILL} and {@link
 * #RELATED_TERM_IN_PROFILE} are weaker evidence, shown to people searching and not planned on their
 * own by default.
 */
enum MatchLevel {
  /** A skill tag of the expert is the term. */
  EXACT_SKILL(1.0),
  /** A skill tag is a thesaurus synonym of the term. */
  SYNONYM_SKILL(0.9),
  /** A skill tag has the head of the term or of a synonym (糖尿病诊治 ≈ 糖尿病诊疗): see {@link TermStemmer}. */
  STEM_SKILL(0.85),
  /** A skill tag contains the term or a synonym (设施蔬菜栽培 contains 设施蔬菜). */
  IN_SKILLS(0.8),
  /**
   * A skill tag is a narrower term or a synonym of one (黄瓜栽培 for 设施蔬菜 ⊃ 黄瓜栽培): a specialist
   * within the seat's field.
   */
  NARROWER_SKILL(0.6),
  /** A skill tag has the head of a narrower term (糖尿病诊治 for 内分泌科 ⊃ 糖尿病防治). */
  NARROWER_STEM_SKILL(0.55),
  /** Only the profile mentions the term. */
  IN_PROFILE(0.5),
  /** Only the profile mentions a synonym. */
  SYNONYM_IN_PROFILE(0.4),
  /**
   * Only the profile mentions a narrower term or its synonym (创伤骨科 for 骨科). Never a broader one:
   * 内科 inside 消化内科 says nothing about 心血管内科.
   */
  RELATED_IN_PROFILE(0.35),
  /**
   * A skill tag is a broader term, a synonym of one or has the head of one (内科 or 蔬菜栽培 for a
   * 心血管内科 or 设施蔬菜 seat): a generalist of the seat's field, who may or may not know the
   * specialty. Only whole tags: a tag merely containing the broader 内科 is a sibling (消化内科), not a
   * relative of 心血管内科. A generalist tag beside a sibling specialty's tag (内科 and 神经内科) is that
   * specialist, a {@link #SIBLING_SKILL}; a profile naming one is not enough, as a profile restating
   * the tag (妇产科) contains siblings (产科). At the default floor, so plannable, below every
   * specialist match: on the evaluation set's TUNE half, when this level was set, 27 % of the experts
   * found this way were relevant, against 93 % of those with a narrower tag.
   */
  BROADER_SKILL(0.3),
  /**
   * A skill tag is a related term ({@code 骨科 ~ 康复医学}), a synonym of one, has a related term's
   * head or contains one (农村电商运营 for 合作社管理 ~ 农村电商): a neighbouring field, partly useful. A
   * curated link, so above a sibling; below the default floor, which it reaches only with half the
   * demand-text bonus (0.25 + 0.05), that is when the expert also mentions half the thesaurus terms of
   * the demand's own text.
   */
  RELATED_TERM_SKILL(0.25),
  /**
   * Only the profile mentions the head of the term or of a synonym (蔬菜 for 蔬菜栽培): the subject,
   * but maybe not the activity (蔬菜销售), so below the default floor; only together with the whole
   * demand-text bonus does it reach it.
   */
  STEM_IN_PROFILE(0.2),
  /**
   * A skill tag is a sibling: narrower than a broader term of the seat term (玉米栽培 and 小麦栽培
   * under 作物栽培), or has a sibling's head, even beside a broader tag (内科 and 神经内科, for 心血管内科).
   * Related, partly useful, and sometimes wrong (神经内科
   * and 心血管内科 under 内科), so below the default floor even with the whole demand-text bonus
   * (0.15 + 0.1 &lt; 0.3): search shows it, the planner does not seat it on a sibling alone by default.
   */
  SIBLING_SKILL(0.15),
  /**
   * Only the profile mentions a related term or its synonym. Profiles name neighbouring fields in
   * passing (a physician's 康复指导), so this is the weakest level: it only ranks such experts above
   * the text tier ({@link TextTier}, under 0.1) in a long list, never near the floor (0.12 + 0.1 &lt; 0.3).
   */
  RELATED_TERM_IN_PROFILE(0.12);

  private final double strength;

  MatchLevel(double strength) {
    this.strength = strength;
  }

  double strength() {
    return strength;
  }
}
