package org.talentmatch.core.solver;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.talentmatch.core.solver.domain.ConstraintIds;

/** The constraints of {@link MatchingConstraints} in explanation order, with their names for people. */
enum MatchingRule {
  DATE_OVERLAP(ConstraintIds.DATE_OVERLAP, "同一专家任务日期重叠", "assignments of one expert overlap"),
  ONE_SLOT_PER_DEMAND(ConstraintIds.ONE_SLOT_PER_DEMAND, "同一专家占同一需求多个席位", "one expert in two slots of a demand"),
  ASSIGNMENT_CAP(ConstraintIds.ASSIGNMENT_CAP, "超过个人任务上限", "assignments over the expert's cap"),
  UNFILLED_SLOT(ConstraintIds.UNFILLED_SLOT, "席位空缺（覆盖成本）", "empty slots (coverage cost)"),
  SKILL_RELEVANCE(ConstraintIds.SKILL_RELEVANCE, "技能匹配度", "skill relevance"),
  DEMAND_FAIRNESS(ConstraintIds.DEMAND_FAIRNESS, "需求间匹配公平（托底匹配最差的需求）", "fairness toward demands (lift the worst-off)"),
  TRAVEL_DISTANCE(ConstraintIds.TRAVEL_DISTANCE, "出行距离", "travel distance"),
  LOAD_BALANCE(ConstraintIds.LOAD_BALANCE, "负载均衡", "load balance"),
  COOLDOWN_WITHIN_PLAN(ConstraintIds.COOLDOWN_WITHIN_PLAN, "本期任务间休整期不足", "cool-down between assignments of the plan"),
  COOLDOWN_AGAINST_HISTORY(ConstraintIds.COOLDOWN_AGAINST_HISTORY, "距往期服务休整期不足", "cool-down after past services"),
  CONTINUITY(ConstraintIds.CONTINUITY, "科技特派员连续服务", "commissioner continuity"),
  HUICAI_CARD(ConstraintIds.HUICAI_CARD, "惠才卡持有人服务重点地区", "惠才卡 holders on priority areas"),
  COUNTY_COVERAGE(ConstraintIds.COUNTY_COVERAGE, "县区覆盖", "county coverage"),
  KEEP_PREVIOUS_ASSIGNMENT(ConstraintIds.KEEP_PREVIOUS_ASSIGNMENT, "保持原方案安排（少调整）",
      "keep the previous plan's assignments (minimal disruption)");

  private static final Map<String, MatchingRule> BY_ID =
      Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(MatchingRule::id, Function.identity()));

  private final String id;
  private final String chinese;
  private final String english;

  MatchingRule(String id, String chinese, String english) {
    this.id = id;
    this.chinese = chinese;
    this.english = english;
  }

  /** The constraint name, which is also the rule id of its totals. */
  String id() {
    return id;
  }

  String chinese() {
    return chinese;
  }

  String english() {
    return english;
  }

  static MatchingRule byId(String id) {
    MatchingRule rule = BY_ID.get(id);
    if (rule == null) {
      throw new IllegalArgumentException("unknown constraint: " + id);
    }
    return rule;
  }
}
