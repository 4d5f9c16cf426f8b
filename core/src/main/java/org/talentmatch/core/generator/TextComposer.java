package org.talentmatch.core.generator;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Fills the templates of {@link Phrases}: person names, profiles, demand titles and descriptions.
 * Templates draw synonyms and related terms of a {@link SkillGroup}, so the texts use the words
 * people write, not only the canonical terms seats ask for.
 */
final class TextComposer {
  private final Phrases phrases;

  TextComposer(Phrases phrases) {
    this.phrases = phrases;
  }

  /**
   * The values a template's placeholders refer to.
   *
   * @param unit host unit name, or {@code null} where the template has none
   * @param county county label, or {@code null}
   * @param institution expert's institution, or {@code null}
   */
  record Context(SkillGroup group, String unit, String county, String institution) {}

  /** 王建国, 李静; {@code young} draws from the given names of recent graduates. */
  String personName(boolean young, SplittableRandom rng) {
    List<String> given = phrases.list(young ? "given.young" : "given");
    StringBuilder name = new StringBuilder(Draw.skewed(phrases.list("surname"), rng));
    name.append(Draw.one(given, rng));
    if (Draw.chance(0.7, rng)) {
      name.append(Draw.one(given, rng));
    }
    return name.toString();
  }

  /** A township name such as 孙集镇 or 柳林乡. */
  String township(SplittableRandom rng) {
    return Draw.one(phrases.list("town.prefix"), rng) + Draw.one(phrases.list("town.suffix"), rng)
        + (Draw.chance(0.85, rng) ? "镇" : "乡");
  }

  /** A village name such as 王家庄村. */
  String village(SplittableRandom rng) {
    return Draw.one(phrases.list("town.prefix"), rng) + Draw.one(phrases.list("village.suffix"), rng) + "村";
  }

  /** A two-character trade name such as 丰源. */
  String brand(SplittableRandom rng) {
    return Draw.one(phrases.list("brand"), rng);
  }

  /** A word of the most specific list {@code prefix.field}, {@code prefix.sector} or {@code prefix}. */
  String word(String prefix, SkillGroup group, SplittableRandom rng) {
    return Draw.one(phrases.mostSpecific(prefix, group), rng);
  }

  /** Two or three sentences: the first two always, the third half the time. */
  String profile(String kind, Context context, SplittableRandom rng) {
    StringBuilder text = new StringBuilder();
    text.append(fill(Draw.one(phrases.list("profile." + kind + ".1"), rng), context, rng));
    text.append(fill(Draw.one(phrases.list("profile." + kind + ".2"), rng), context, rng));
    if (Draw.chance(0.5, rng)) {
      text.append(fill(Draw.one(phrases.list("profile." + kind + ".3"), rng), context, rng));
    }
    return text.toString();
  }

  /** A random template of list {@code key}, filled. */
  String compose(String key, Context context, SplittableRandom rng) {
    return fill(Draw.one(phrases.list(key), rng), context, rng);
  }

  /** A random template of the most specific {@code prefix.field}/{@code prefix.sector}/{@code prefix}. */
  String composeSpecific(String prefix, Context context, SplittableRandom rng) {
    return fill(Draw.one(phrases.mostSpecific(prefix, context.group()), rng), context, rng);
  }

  /** Replaces each {@code {key}} of {@code template}; see the header of phrases.txt. */
  String fill(String template, Context context, SplittableRandom rng) {
    StringBuilder out = new StringBuilder(template.length() + 32);
    String firstSynonym = null;
    String firstRelated = null;
    int i = 0;
    while (i < template.length()) {
      char ch = template.charAt(i);
      if (ch != '{') {
        out.append(ch);
        i++;
        continue;
      }
      int close = template.indexOf('}', i);
      checkArgument(close > i, "unclosed placeholder in %s", template);
      String key = template.substring(i + 1, close);
      String value;
      switch (key) {
        case "c" -> value = context.group().canonical();
        case "v" -> value = firstSynonym = variant(context.group().synonyms(), null, context, rng);
        case "v2" -> value = variant(context.group().synonyms(), firstSynonym, context, rng);
        case "r" -> value = firstRelated = variant(context.group().related(), null, context, rng);
        case "r2" -> value = variant(context.group().related(), firstRelated, context, rng);
        case "n" -> value = Integer.toString(Draw.between(2, 9, rng));
        case "y" -> value = Integer.toString(Draw.between(8, 30, rng));
        case "unit" -> value = required(context.unit(), key, template);
        case "county" -> value = required(context.county(), key, template);
        case "inst" -> value = required(context.institution(), key, template);
        default -> value = Draw.one(phrases.list(key), rng);
      }
      out.append(value);
      i = close + 1;
    }
    return out.toString();
  }

  /** A term of {@code terms} other than {@code avoid} where there is one; the canonical if none. */
  private static String variant(List<String> terms, String avoid, Context context, SplittableRandom rng) {
    if (terms.isEmpty()) {
      return context.group().canonical();
    }
    String term = Draw.one(terms, rng);
    if (term.equals(avoid) && terms.size() > 1) {
      term = terms.get((terms.indexOf(term) + 1) % terms.size());
    }
    return term;
  }

  private static String required(String value, String key, String template) {
    checkArgument(value != null, "template %s needs {%s}, which this context lacks", template, key);
    return value;
  }
}
