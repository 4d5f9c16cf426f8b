package org.talentmatch.core.supply;

import static java.util.Objects.requireNonNull;

/** A reason in Chinese, for clerks, and in English. */
record Words(String zh, String en) {

  Words {
    requireNonNull(zh, "zh");
    requireNonNull(en, "en");
  }
}
