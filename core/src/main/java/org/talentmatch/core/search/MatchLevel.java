package org.talentmatch.core.search;

/**
 * How strongly one seat skill term is matched by an expert, strongest first. The strengths are the
 * relevance scale: fixed numbers, so that a relevance means the same for every seat and every index.
 */
enum MatchLevel {
  /** A skill tag of the expert is the term. */
  EXACT_SKILL(1.0),
  /** A skill tag is a thesaurus synonym of the term. */
  SYNONYM_SKILL(0.9),
  /** A skill tag contains the term or a synonym (设施蔬菜栽培 contains 设施蔬菜). */
  IN_SKILLS(0.8),
  /**
   * A skill tag is a broader or narrower term (蔬菜栽培 ⊃ 设施蔬菜). Only whole tags: a tag merely
   * containing the broader 内科 is a sibling (消化内科), not a relative of 心血管内科.
   */
  RELATED_SKILL(0.6),
  /** Only the profile mentions the term. */
  IN_PROFILE(0.5),
  /** Only the profile mentions a synonym. */
  SYNONYM_IN_PROFILE(0.4);

  private final double strength;

  MatchLevel(double strength) {
    this.strength = strength;
  }

  double strength() {
    return strength;
  }
}
