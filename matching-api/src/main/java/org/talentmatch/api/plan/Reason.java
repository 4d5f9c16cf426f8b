package org.talentmatch.api.plan;

import static java.util.Objects.requireNonNull;

/**
 * Why an assignment is in a plan: one rule that rewarded or penalized it.
 *
 * @param rule the rule's stable id, e.g. {@code skill-relevance}
 * @param impact its signed effect on the score, e.g. {@code +91} (soft) or {@code -4medium}
 * @param text the explanation in Chinese, for clerks
 * @param textEn the same in English
 */
public record Reason(String rule, String impact, String text, String textEn) {

  public Reason {
    requireNonNull(rule, "rule");
    requireNonNull(impact, "impact");
    requireNonNull(text, "text");
    requireNonNull(textEn, "textEn");
  }
}
