package org.talentmatch.core.solver;

import org.optaplanner.core.api.score.stream.ConstraintJustification;

/**
 * Why a constraint matched, carrying what the reason text needs. Its score impact comes from
 * OptaPlanner's constraint match, never from here.
 */
interface RuleJustification extends ConstraintJustification {

  /** The stable rule id shown in reasons, e.g. {@code skill-relevance}. */
  String rule();

  /** The reason in Chinese, for clerks. */
  String text();

  /** The reason in English. */
  String textEn();
}
