package org.talentmatch.core.solver;

import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.talentmatch.api.plan.SlotRef;
import org.talentmatch.core.region.ShandongRegions;
import org.talentmatch.core.rules.HardRule;

/** The justifications of {@link MatchingConstraints}, one per rule, each able to word itself. */
final class Justifications {
  private Justifications() {}

  /** Rule 4: two slots of one expert whose dates overlap. */
  record DateOverlap(String expertId, SlotRef first, SlotRef second) implements RuleJustification {
    @Override
    public String rule() {
      return HardRule.DATE_OVERLAP.id();
    }

    @Override
    public String text() {
      return "专家 " + expertId + " 的任务 " + first + " 与 " + second + " 日期重叠";
    }

    @Override
    public String textEn() {
      return "expert " + expertId + " has overlapping assignments " + first + " and " + second;
    }
  }

  /** Rule 6: one expert in two slots of one demand. */
  record OneSlotPerDemand(String expertId, SlotRef first, SlotRef second) implements RuleJustification {
    @Override
    public String rule() {
      return HardRule.ONE_SLOT_PER_DEMAND.id();
    }

    @Override
    public String text() {
      return "专家 " + expertId + " 在同一需求中占两个席位：" + first + "、" + second;
    }

    @Override
    public String textEn() {
      return "expert " + expertId + " holds two slots of one demand: " + first + ", " + second;
    }
  }

  /** Rule 5: more assignments than the expert's cap. */
  record OverCap(String expertId, int assignments, int cap) implements RuleJustification {
    @Override
    public String rule() {
      return HardRule.CAP.id();
    }

    @Override
    public String text() {
      return "专家 " + expertId + " 本期 " + assignments + " 项任务，超过上限 " + cap;
    }

    @Override
    public String textEn() {
      return "expert " + expertId + " has " + assignments + " assignments, over the cap of " + cap;
    }
  }

  /** Coverage: an empty slot and what leaving it empty costs. */
  record Unfilled(SlotRef slot, int cost) implements RuleJustification {
    @Override
    public String rule() {
      return "unfilled";
    }

    @Override
    public String text() {
      return "席位空缺，覆盖成本 " + cost;
    }

    @Override
    public String textEn() {
      return "slot left empty, coverage cost " + cost;
    }
  }

  /** The expert's relevance to the seat and what search matched. */
  record SkillRelevance(String expertId, OptionalDouble relevance, List<String> matched) implements RuleJustification {
    SkillRelevance {
      matched = List.copyOf(matched);
    }

    @Override
    public String rule() {
      return "skill-relevance";
    }

    @Override
    public String text() {
      String head = relevance.isPresent() ? "技能匹配度 " + twoDecimals(relevance.getAsDouble()) : "技能匹配度未知（已确认的安排）";
      return matched.isEmpty() ? head : head + "：" + String.join("；", matched);
    }

    @Override
    public String textEn() {
      String head = relevance.isPresent()
          ? "skill relevance " + twoDecimals(relevance.getAsDouble())
          : "skill relevance unknown (confirmed arrangement)";
      return matched.isEmpty() ? head : head + ": " + String.join("; ", matched);
    }
  }

  /**
   * A demand whose filled slots are matched less well than perfectly, charged by the square of the
   * shortfall so that the worst-off demands weigh most; shared by the demand's filled slots.
   */
  record DemandShortfall(String demandId, int filledSlots, double meanRelevance) implements RuleJustification {
    @Override
    public String rule() {
      return "demand-fairness";
    }

    @Override
    public String text() {
      return "需求 " + demandId + " 已安排 " + filledSlots + " 个席位，平均匹配度 " + twoDecimals(meanRelevance)
          + "（优先提升匹配最差的需求）";
    }

    @Override
    public String textEn() {
      return "demand " + demandId + " has " + filledSlots + " filled slot(s) of mean relevance "
          + twoDecimals(meanRelevance) + " (the worst-off demands are lifted first)";
    }
  }

  /** Great-circle distance the expert travels. */
  record Travel(String expertId, double distanceKm) implements RuleJustification {
    @Override
    public String rule() {
      return "travel-distance";
    }

    @Override
    public String text() {
      return "出行距离 " + oneDecimal(distanceKm) + " 公里";
    }

    @Override
    public String textEn() {
      return "travel distance " + oneDecimal(distanceKm) + " km";
    }
  }

  /** The expert's workload: assignments in this plan and services in history. */
  record Load(String expertId, int assignments, int pastServices) implements RuleJustification {
    @Override
    public String rule() {
      return "load-balance";
    }

    @Override
    public String text() {
      return "负载均衡：本期 " + assignments + " 项任务，往期服务 " + pastServices + " 次（避免频繁组织同一位人才）";
    }

    @Override
    public String textEn() {
      return "load balance: " + assignments + " assignment(s) in this plan, " + pastServices
          + " past service(s) (no one called on too often)";
    }
  }

  /**
   * A service starting too soon after another one of the expert.
   *
   * @param gapDays days between the end of the earlier service and the start of this one
   * @param previous the earlier service: a slot of the plan or a past host unit
   */
  record Cooldown(String expertId, long gapDays, int cooldownDays, String previous) implements RuleJustification {
    @Override
    public String rule() {
      return "cooldown";
    }

    @Override
    public String text() {
      return "距上次服务（" + previous + "）间隔 " + gapDays + " 天，少于 " + cooldownDays + " 天的休整期";
    }

    @Override
    public String textEn() {
      return gapDays + " day(s) after the previous service (" + previous + "), less than the " + cooldownDays
          + "-day cool-down";
    }
  }

  /** A 科技特派员 keeps serving a unit it served before. */
  record Continuity(String expertId, String hostUnit) implements RuleJustification {
    @Override
    public String rule() {
      return "continuity";
    }

    @Override
    public String text() {
      return "连续服务同一单位（科技特派员利益共同体）：" + hostUnit;
    }

    @Override
    public String textEn() {
      return "keeps serving the same unit (commissioner partnership): " + hostUnit;
    }
  }

  /** A 惠才卡 holder on a priority-area demand. */
  record HuicaiCard(String expertId) implements RuleJustification {
    @Override
    public String rule() {
      return "huicai-card";
    }

    @Override
    public String text() {
      return "惠才卡持有人服务重点地区";
    }

    @Override
    public String textEn() {
      return "惠才卡 (Huicai card) holder serving a priority area";
    }
  }

  /** Re-planning: the slot no longer holds the expert the previous plan gave it. */
  record Moved(String previousExpertId) implements RuleJustification {
    @Override
    public String rule() {
      return "keep-previous-assignment";
    }

    @Override
    public String text() {
      return "调整了原方案：原由专家 " + previousExpertId + " 承担";
    }

    @Override
    public String textEn() {
      return "changed from the previous plan, where expert " + previousExpertId + " held it";
    }
  }

  /** A county that gets at least one filled slot; shared by the slots filled there. */
  record CountyCoverage(String region, int filledSlots) implements RuleJustification {
    @Override
    public String rule() {
      return "county-coverage";
    }

    @Override
    public String text() {
      return "覆盖县区 " + countyName() + "（" + region + "，本县共 " + filledSlots + " 个席位有人）";
    }

    @Override
    public String textEn() {
      return "county " + region + " served (" + filledSlots + " filled slot(s) there)";
    }

    private String countyName() {
      return ShandongRegions.get().county(region).map(county -> county.name()).orElse(region);
    }
  }

  private static String twoDecimals(double value) {
    return String.format(Locale.ROOT, "%.2f", value);
  }

  private static String oneDecimal(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
