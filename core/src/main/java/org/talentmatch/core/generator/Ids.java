package org.talentmatch.core.generator;

/** Zero-padded ids such as E00017 and D04999, at least five digits wide, all of one width per problem. */
final class Ids {
  private Ids() {}

  static int width(int count) {
    return Math.max(5, Integer.toString(count).length());
  }

  /** {@code prefix} and {@code number} padded to {@code width} digits; faster than String.format at 100,000 ids. */
  static String of(String prefix, int number, int width) {
    String digits = Integer.toString(number);
    StringBuilder id = new StringBuilder(prefix.length() + width).append(prefix);
    for (int i = digits.length(); i < width; i++) {
      id.append('0');
    }
    return id.append(digits).toString();
  }
}
