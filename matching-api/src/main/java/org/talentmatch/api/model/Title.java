package org.talentmatch.api.model;

/** Professional title, ordered from lowest to highest: {@code a.isAtLeast(b)} compares ranks. */
public enum Title {
  NONE("无"),
  JUNIOR("初级"),
  INTERMEDIATE("中级"),
  ASSOCIATE("副高级"),
  SENIOR("正高级");

  private final String chinese;

  Title(String chinese) {
    this.chinese = chinese;
  }

  /** The Chinese name used in reasons shown to clerks. */
  public String chinese() {
    return chinese;
  }

  public boolean isAtLeast(Title minimum) {
    return compareTo(minimum) >= 0;
  }
}
