package org.talentmatch.core.search;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one normalization every comparison of terms goes through (thesaurus entries, skill tags, seat
 * skills, profile text): NFKC folds full-width letters and digits as {@code CJKWidthFilter} does on
 * the Lucene side, lower case makes {@code CT} equal {@code ct}.
 */
final class Terms {
  private Terms() {}

  static String normalize(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).trim();
  }

  /**
   * Whether a term may match inside longer text. Single characters (枣, 猪) would match almost any
   * profile, so they only ever match a skill tag exactly; the bigram index makes the same cut.
   */
  static boolean mayMatchInside(String normalizedTerm) {
    return normalizedTerm.codePointCount(0, normalizedTerm.length()) >= 2;
  }
}
