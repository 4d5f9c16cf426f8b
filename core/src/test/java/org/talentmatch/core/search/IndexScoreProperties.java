package org.talentmatch.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.talentmatch.core.search.Fixtures.demand;
import static org.talentmatch.core.search.Fixtures.expert;
import static org.talentmatch.core.search.Fixtures.seat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import org.apache.lucene.search.ScoreDoc;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.Expert;
import org.talentmatch.api.model.Policy;

/**
 * The index's score of an expert for a seat is the relevance {@link SeatMatcher#score} gives, times
 * the number of seat terms, give or take the tie-break (less than {@value #TIE_BREAK_TOLERANCE}): the
 * Lucene clauses of every level find exactly the experts the scorer puts at that level, so the index
 * retrieves in relevance order. Experts and seats are drawn from the thesaurus's vocabulary, the
 * profile naming some terms, so that every level, and every way of reaching it, occurs.
 */
class IndexScoreProperties {
  /** Above what the tie-break adds, below the smallest difference levels make (0.03 / 3 terms). */
  private static final double TIE_BREAK_TOLERANCE = 0.006;
  private static final Thesaurus THESAURUS = Thesaurus.bundled();
  private static final List<String> TERMS = new ArrayList<>(THESAURUS.vocabulary());
  private static final ExpertIndex INDEX = ExpertIndex.inMemory(SearchConfig.defaults());

  @AfterContainer
  static void close() throws Exception {
    INDEX.close();
  }

  @Property(tries = 300)
  void theIndexScoresEachExpertAtTheScorersRelevance(@ForAll("seatsAndExperts") SeatAndExpert drawn) {
    Demand demand = drawn.demand();
    Expert expert = drawn.expert();
    INDEX.put(expert);
    int terms = demand.seats().get(0).skills().size();
    double relevance = INDEX.relevance(expert, demand, 0);

    ScoreDoc[] found = INDEX.windowAndSinglePassWindow(demand, 0, Policy.defaults().withMinRelevance(0), 1)[0];

    if (relevance < MatchLevel.RELATED_TERM_IN_PROFILE.strength() / terms) {
      // No level: at most the text tier, under every level.
      assertThat(found.length == 0 || found[0].score < ExpertIndex.TEXT_TIER_WEIGHT).isTrue();
    } else {
      assertThat(found).hasSize(1);
      assertThat(Math.min(1.0, found[0].score / terms)).as(expert.skills() + " / " + expert.profile())
          .isCloseTo(relevance, within(TIE_BREAK_TOLERANCE));
    }
  }

  record SeatAndExpert(Demand demand, Expert expert) {}

  /**
   * A seat of one to three terms, and an expert whose tags and profile words come mostly from the first
   * term's relatives (synonyms, broader, narrower, related terms, siblings), so that every level occurs;
   * a third of the time the tags are a broader term and a sibling of it.
   */
  @Provide
  Arbitrary<SeatAndExpert> seatsAndExperts() {
    return Arbitraries.of(TERMS).list().ofMinSize(1).ofMaxSize(3).uniqueElements().flatMap(skills -> {
      Arbitrary<String> word = Arbitraries.frequencyOf(
          Tuple.of(3, Arbitraries.of(relatives(skills.get(0)))), Tuple.of(1, Arbitraries.of(TERMS)));
      Arbitrary<List<String>> tags = word.list().ofMinSize(1).ofMaxSize(3).uniqueElements();
      List<String> broader = List.copyOf(THESAURUS.broaderOf(skills.get(0)));
      List<String> siblings = broader.stream().flatMap(b -> THESAURUS.narrowerOf(b).stream())
          .filter(sibling -> !sibling.equals(skills.get(0))).toList();
      if (!siblings.isEmpty()) {
        // A generalist beside a sibling specialist, plus any word: the case that sets the two levels apart.
        Arbitrary<List<String>> generalistBesideSibling = Combinators
            .combine(Arbitraries.of(broader), Arbitraries.of(siblings), word)
            .as((generalist, sibling, other) -> List.copyOf(new LinkedHashSet<>(List.of(generalist, sibling, other))));
        tags = Arbitraries.frequencyOf(Tuple.of(2, tags), Tuple.of(1, generalistBesideSibling));
      }
      Arbitrary<List<String>> mentioned = word.list().ofMaxSize(3);
      return Combinators.combine(tags, mentioned).as((tagList, words) -> new SeatAndExpert(
          demand("D1", seat(skills.toArray(String[]::new))).build(),
          expert("E1", tagList.toArray(String[]::new)).profile("县医院副主任。" + String.join("，", words) + "。").build()));
    });
  }

  private static List<String> relatives(String term) {
    Set<String> relatives = new LinkedHashSet<>(List.of(term));
    relatives.addAll(THESAURUS.synonymsOf(term));
    relatives.addAll(THESAURUS.narrowerOf(term));
    relatives.addAll(THESAURUS.relatedOf(term));
    for (String broader : THESAURUS.broaderOf(term)) {
      relatives.add(broader);
      relatives.addAll(THESAURUS.narrowerOf(broader));
    }
    return List.copyOf(relatives);
  }
}
