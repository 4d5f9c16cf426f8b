package org.talentmatch.core.robustness.child;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import org.talentmatch.api.model.Expert;
import org.talentmatch.api.model.Problem;
import org.talentmatch.api.plan.Assignment;
import org.talentmatch.api.plan.Plan;
import org.talentmatch.api.plan.PlanMetrics;
import org.talentmatch.api.plan.PlanScore;
import org.talentmatch.api.plan.Reason;
import org.talentmatch.api.plan.UnfilledSlot;
import org.talentmatch.core.generator.GeneratorSpec;
import org.talentmatch.core.generator.ProblemGenerator;

/**
 * What the crash child writes and the parent checks, derived from constants only, so that both JVMs
 * build the same experts and plans.
 */
public final class CrashFixtures {
  /** Experts per {@code putExperts}: a batch is committed whole or not at all. */
  public static final int BATCH = 50;
  /** Assignments per plan: large enough (about 0.5 MB) that a kill often lands inside a write. */
  private static final int PLAN_ASSIGNMENTS = 2_000;
  private static final Problem TEMPLATES = ProblemGenerator.generate(GeneratorSpec.of(300, 10, 11));

  private CrashFixtures() {}

  /** The {@code n}-th expert ever indexed: a generated expert under a sequential id. */
  public static Expert expert(int n) {
    Expert template = TEMPLATES.experts().get(n % TEMPLATES.experts().size());
    return new Expert(expertId(n), template.name(), template.institution(), template.title(), template.degree(),
        template.programs(), template.skills(), template.profile(), template.location(), template.huicaiCard(),
        template.unavailable(), template.maxAssignments());
  }

  public static String expertId(int n) {
    return String.format("K%06d", n);
  }

  /** Experts {@code from} to {@code from + BATCH - 1}. */
  public static List<Expert> batch(int from) {
    return IntStream.range(from, from + BATCH).mapToObj(CrashFixtures::expert).toList();
  }

  /** One of two different plans ({@code variant} 0 or 1) the child writes in turn. */
  public static Plan plan(int variant) {
    List<Assignment> assignments = IntStream.range(0, PLAN_ASSIGNMENTS)
        .mapToObj(i -> new Assignment(String.format("D%05d", i / 3), 0, i % 3, expertId(i * 7 + variant),
            OptionalDouble.of((i % 100) / 100.0), (i + variant) % 400, false,
            List.of(new Reason("skill-relevance", "+" + (i % 100), "技能匹配：设施蔬菜", "skill match: 设施蔬菜"))))
        .toList();
    return new Plan(new PlanScore(0, -variant, 1_000 + variant), assignments,
        List.of(new UnfilledSlot("D99999", 0, variant, "无候选人", "no candidate")),
        new PlanMetrics(PLAN_ASSIGNMENTS + 1, PLAN_ASSIGNMENTS, 0.5, 0.5, 0.1 * variant, 100.0, OptionalInt.empty()));
  }
}
