package org.talentmatch.api.model;

/** Academic degree, ordered from lowest to highest. */
public enum Degree {
  OTHER("其他"),
  BACHELOR("学士"),
  MASTER("硕士"),
  DOCTORATE("博士");

  private final String chinese;

  Degree(String chinese) {
    this.chinese = chinese;
  }

  public String chinese() {
    return chinese;
  }

  public boolean isAtLeast(Degree minimum) {
    return compareTo(minimum) >= 0;
  }
}
