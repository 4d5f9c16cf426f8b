package org.talentmatch.api.plan;

import static java.util.Objects.requireNonNull;

/** The total effect of one rule on a plan's score, with how many times it fired. */
public record ConstraintTotal(String rule, String name, String nameEn, int matchCount, PlanScore impact) {

  public ConstraintTotal {
    requireNonNull(rule, "rule");
    requireNonNull(name, "name");
    requireNonNull(nameEn, "nameEn");
    requireNonNull(impact, "impact");
  }
}
