package org.talentmatch.core.rules;

/** FORMAT.md's hard rules, numbered as there, with the ids and words used in reasons. */
public enum HardRule {
  PROGRAM(1, "program", "未参加该项目", "does not take part in the program"),
  TITLE_DEGREE(2, "title-degree", "职称或学历低于席位要求", "title or degree below the seat's minimum"),
  AVAILABILITY(3, "availability", "服务期间不可用", "unavailable on the demand's dates"),
  DATE_OVERLAP(4, "date-overlap", "与本人其他任务日期重叠", "overlaps another assignment of the expert"),
  CAP(5, "assignment-cap", "超过个人任务上限", "exceeds the expert's assignment cap"),
  ONE_SLOT_PER_DEMAND(6, "one-slot-per-demand", "同一需求占多个席位", "holds more than one slot of a demand"),
  DISTANCE(7, "max-travel", "超出最远服务距离", "farther than the policy's maximum travel distance"),
  CONFLICT_OF_INTEREST(8, "conflict-of-interest", "服务本单位所属单位（利益冲突）", "serves a unit of the expert's own institution"),
  PIN(9, "pinned", "已确认的安排被改变", "a confirmed arrangement is missing or changed"),
  RELEVANCE(10, "min-relevance", "技能匹配度低于下限", "skill relevance below the policy's floor");

  private final int number;
  private final String id;
  private final String chinese;
  private final String english;

  HardRule(int number, String id, String chinese, String english) {
    this.number = number;
    this.id = id;
    this.chinese = chinese;
    this.english = english;
  }

  /** The rule's number in FORMAT.md. */
  public int number() {
    return number;
  }

  public String id() {
    return id;
  }

  public String chinese() {
    return chinese;
  }

  public String english() {
    return english;
  }
}
