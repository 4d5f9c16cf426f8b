package org.talentmatch.core.validate;

/**
 * The sizes the engine accepts, so that one bad value cannot exhaust memory or break the index.
 * Province scale (DESIGN.md) is 100,000 experts and about 15,000 slots; the limits leave room above.
 */
public final class Limits {
  /** Slots of one seat entry ({@code seats[i].count}). */
  public static final int MAX_SLOTS_PER_SEAT = 1_000;
  /** Skill terms of one seat: each becomes query clauses, and Lucene caps a query at 1,024. */
  public static final int MAX_SKILLS_PER_SEAT = 20;
  /** Slots of a whole problem. */
  public static final int MAX_SLOTS = 200_000;
  /**
   * Characters of a term the index keeps whole: ids, institutions, skill terms. Lucene refuses single
   * terms over 32,766 UTF-8 bytes; real ones are far shorter.
   */
  public static final int MAX_TERM_CHARS = 200;

  private Limits() {}
}
