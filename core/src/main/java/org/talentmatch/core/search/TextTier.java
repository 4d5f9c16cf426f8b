package org.talentmatch.core.search;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.util.automaton.ByteRunAutomaton;
import org.talentmatch.api.model.Expert;
import org.talentmatch.api.model.Seat;

/**
 * The text tier of {@link RetrievalMode#FULL}: experts who reach no {@link MatchLevel} for any seat
 * term but whose skills or profile share smartcn words or CJK bigrams with the seat's skills or
 * their thesaurus expansions (a variant the thesaurus lacks: 蔬菜病害 for 植物保护's 病害防治).
 *
 * <p>Their similarity is the WORDS/BIGRAMS normalisation applied to both analyses at once: the BM25
 * score of one query over the word and bigram fields of skills and profile, divided by the score the
 * same query gets against the seat's own skill text, capped at 1. That ratio does not depend on the
 * seat's length or the words' rarity, so it is comparable across the seats of one index.
 *
 * <p>Relevance is that similarity times {@code 0.1 / n} for a seat of {@code n} skill terms: a
 * text-only match counts at most as one term matched at 0.1, under the lowest level (a related term
 * in the profile, 0.12), so it is below every level match of the same seat (at least {@code 0.12 / n})
 * and below {@link SearchConfig#DEFAULT_MIN_RELEVANCE}: by default the planner never seats one, while
 * search and push with a lower floor show them, last.
 */
final class TextTier {
  /**
   * The most a text-only match can count for one seat term: below the lowest level, {@link
   * MatchLevel#RELATED_TERM_IN_PROFILE}.
   */
  static final double TERM_CEILING = 0.1;
  /** Smallest relevance step: relevance has four decimals. */
  private static final double STEP = 1e-4;
  /** A reason names at most this many shared words. */
  private static final int MAX_SHARED_SHOWN = 5;

  private final TextQueries textQueries;

  TextTier(TextQueries textQueries) {
    this.textQueries = requireNonNull(textQueries, "textQueries");
  }

  /** The highest relevance a text-only match can have for a seat of {@code seatTerms} skills. */
  static double maxRelevance(int seatTerms) {
    return relevance(1.0, seatTerms);
  }

  /**
   * The relevance of a text-only match of {@code similarity} (clamped to [0, 1]), rounded down to
   * four decimals and strictly below {@code 0.1 / seatTerms}.
   */
  static double relevance(double similarity, int seatTerms) {
    double band = TERM_CEILING / seatTerms;
    // Rounding down keeps it under the band, except where the band itself has four decimals.
    double rounded = Math.floor(band * Math.max(0, Math.min(1, similarity)) * 10_000 + 1e-9) / 10_000;
    return rounded < band ? rounded : Math.round((band - STEP) * 10_000) / 10_000.0;
  }

  /**
   * Any word or bigram of any seat skill, in skills or profile, by BM25: once through the thesaurus
   * expansions and once plain, because the expansion turns a thesaurus term into phrases (蔬菜栽培
   * must then match whole) and the tier exists for the texts that share only part of it (蔬菜病害);
   * and, at half weight, any bigram of a term the thesaurus relates to the skill, for the texts that
   * share only part of a relative (颅脑创伤手术 with 颅脑损伤, narrower than 神经外科).
   *
   * <p>A seat of several hub terms (农业技术推广 alone has over a hundred relative bigrams) would outgrow
   * Lucene's clause limit: it keeps the plain words and bigrams of its skills only, which still find
   * the texts sharing part of a skill, and skills that no longer fit are left out of the tier.
   */
  Query query(Seat seat) {
    List<List<Query>> expanded = seat.skills().stream().map(skill -> parts(skill, true)).toList();
    boolean fits = expanded.stream().flatMap(List::stream).mapToInt(TextTier::clauses).sum()
        <= IndexSearcher.getMaxClauseCount();
    return anyOfFitting(fits ? expanded : seat.skills().stream().map(skill -> parts(skill, false)).toList());
  }

  /** One skill's clauses: its plain words and bigrams, and with {@code expanded} its thesaurus expansions. */
  private List<Query> parts(String skill, boolean expanded) {
    List<Query> parts = new ArrayList<>();
    for (String field : List.of(ExpertDocuments.SKILLS_TEXT, ExpertDocuments.PROFILE_TEXT)) {
      if (expanded) {
        textQueries.words(field, skill).ifPresent(parts::add);
      }
      textQueries.plainWords(field, skill).ifPresent(parts::add);
    }
    for (String field : List.of(ExpertDocuments.SKILLS_BIGRAMS, ExpertDocuments.PROFILE_BIGRAMS)) {
      if (expanded) {
        textQueries.bigrams(field, skill).ifPresent(parts::add);
        textQueries.relativeBigrams(field, skill)
            .ifPresent(q -> parts.add(new BoostQuery(q, TextQueries.RELATED_WEIGHT)));
      }
      textQueries.plainBigrams(field, skill).ifPresent(parts::add);
    }
    return parts;
  }

  /** Every skill's clauses, in order, leaving out a skill whose clauses would pass the limit. */
  private static Query anyOfFitting(List<List<Query>> partsBySkill) {
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    int budget = IndexSearcher.getMaxClauseCount();
    for (List<Query> parts : partsBySkill) {
      int cost = parts.stream().mapToInt(TextTier::clauses).sum();
      if (cost <= budget) {
        budget -= cost;
        parts.forEach(q -> any.add(q, Occur.SHOULD));
      }
    }
    return any.build();
  }

  /** At least the number of clauses Lucene counts against its limit: every term of every leaf query. */
  private static int clauses(Query query) {
    int[] count = {0};
    query.visit(new QueryVisitor() {
      @Override
      public QueryVisitor getSubVisitor(Occur occur, Query parent) {
        return this;
      }

      @Override
      public void consumeTerms(Query leaf, Term... terms) {
        count[0] += terms.length;
      }

      @Override
      public void consumeTermsMatching(Query leaf, String field, Supplier<ByteRunAutomaton> automaton) {
        count[0]++;
      }

      @Override
      public void visitLeaf(Query leaf) {
        count[0]++;
      }
    });
    return count[0];
  }

  /**
   * {@code 文本相近：蔬菜、病害}: the words of the seat's skills (or their synonyms) that the expert's
   * skills or profile also use; two-character pieces where no whole word is shared.
   */
  String reason(Expert expert, Seat seat) {
    String expertText = String.join("\n", expert.skills()) + "\n" + expert.profile();
    List<String> shared = shared(
        seat, skill -> textQueries.expandedWordsOf(ExpertDocuments.SKILLS_TEXT, skill),
        textQueries.wordsOf(ExpertDocuments.PROFILE_TEXT, Terms.normalize(expertText)));
    if (shared.isEmpty()) {
      Set<String> expertBigrams = textQueries.bigramsOf(ExpertDocuments.PROFILE_BIGRAMS, Terms.normalize(expertText));
      shared = shared(seat, skill -> textQueries.expandedBigramsOf(ExpertDocuments.SKILLS_BIGRAMS, skill),
          expertBigrams);
      if (shared.isEmpty()) {
        shared = sharedWithRelatives(seat, expertBigrams);
      }
    }
    return "文本相近：" + String.join("、", shared.subList(0, Math.min(shared.size(), MAX_SHARED_SHOWN)));
  }

  /** {@code 颅脑（颅脑损伤）}: bigrams of the skills' thesaurus relatives found among the expert's, with the relative. */
  private List<String> sharedWithRelatives(Seat seat, Set<String> expertBigrams) {
    Map<String, String> found = new LinkedHashMap<>();
    for (String skill : seat.skills()) {
      for (String relative : textQueries.relativesAndBroaderOf(Terms.normalize(skill))) {
        for (String bigram : textQueries.plainBigramsOf(relative)) {
          if (expertBigrams.contains(bigram)) {
            found.putIfAbsent(bigram, relative);
          }
        }
      }
    }
    List<String> shown = new ArrayList<>();
    found.forEach((bigram, relative) -> shown.add(bigram + "（" + relative + "）"));
    return shown;
  }

  /** Tokens of the seat's skills found among the expert's, longer first where both kinds exist. */
  private static List<String> shared(Seat seat, Function<String, Set<String>> seatTokens,
      Set<String> expertTokens) {
    Set<String> found = new LinkedHashSet<>();
    for (String skill : seat.skills()) {
      for (String token : seatTokens.apply(skill)) {
        if (expertTokens.contains(token)) {
          found.add(token);
        }
      }
    }
    List<String> words = new ArrayList<>(found.stream().filter(Terms::mayMatchInside).toList());
    return words.isEmpty() ? List.copyOf(found) : words;
  }
}
