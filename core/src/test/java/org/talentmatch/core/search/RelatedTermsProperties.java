package org.talentmatch.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.talentmatch.core.search.Fixtures.demand;
import static org.talentmatch.core.search.Fixtures.expert;
import static org.talentmatch.core.search.Fixtures.seat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.talentmatch.api.model.Demand;

/**
 * The bundled related terms against the other relations: a curated neighbour always counts, never
 * as much as a synonym or a broader/narrower term of the same seat term, and never by itself enough
 * for the planner's default floor.
 */
class RelatedTermsProperties {
  private static final Thesaurus THESAURUS = Thesaurus.bundled();
  private static final ExpertIndex INDEX = ExpertIndex.inMemory(SearchConfig.defaults());

  @AfterContainer
  static void close() throws Exception {
    INDEX.close();
  }

  @Property(tries = 5000, generation = GenerationMode.EXHAUSTIVE)
  void aRelatedTagCountsAtTheRelatedLevelUnlessAStrongerRelationHolds(@ForAll("relatedPairs") List<String> pair) {
    String seatTerm = pair.get(0);
    String related = pair.get(1);
    Demand demand = demand("D", seat(seatTerm)).build();

    double relevance = INDEX.relevance(expert("E", related).build(), demand, 0);

    if (strongerRelation(seatTerm, related)) {
      assertThat(relevance).isGreaterThan(MatchLevel.RELATED_TERM_SKILL.strength());
    } else {
      assertThat(relevance).isEqualTo(MatchLevel.RELATED_TERM_SKILL.strength());
    }
  }

  @Property(tries = 5000, generation = GenerationMode.EXHAUSTIVE)
  void synonymsAndBroaderOrNarrowerTermsOutrankEveryRelatedTerm(@ForAll("relatedPairs") List<String> pair) {
    String seatTerm = pair.get(0);
    Demand demand = demand("D", seat(seatTerm)).build();
    List<String> stronger = new ArrayList<>(THESAURUS.synonymsOf(seatTerm));
    stronger.addAll(THESAURUS.broaderOf(seatTerm));
    stronger.addAll(THESAURUS.narrowerOf(seatTerm));

    for (String tag : stronger) {
      assertThat(INDEX.relevance(expert("E", tag).build(), demand, 0)).as(tag + " for " + seatTerm)
          .isGreaterThan(MatchLevel.RELATED_TERM_SKILL.strength());
    }
  }

  /**
   * The pair is also related through a synonym or broader/narrower hop, the related tag contains the
   * seat term or a synonym (葡萄酒酿造 contains 葡萄), or the two share a head.
   */
  private static boolean strongerRelation(String seatTerm, String related) {
    List<String> meanings = new ArrayList<>(THESAURUS.synonymsOf(seatTerm));
    meanings.add(seatTerm);
    for (String meaning : meanings) {
      if (meaning.equals(related) || Terms.mayMatchInside(meaning) && related.contains(meaning)
          || THESAURUS.broaderOf(meaning).contains(related)
          || THESAURUS.narrowerOf(meaning).contains(related)
          || THESAURUS.broaderOf(meaning).stream().anyMatch(b -> THESAURUS.synonymsOf(b).contains(related))
          || THESAURUS.narrowerOf(meaning).stream().anyMatch(n -> THESAURUS.synonymsOf(n).contains(related))) {
        return true;
      }
    }
    return TermStemmer.matchingHead(Terms.normalize(related))
        .filter(head -> meanings.stream().anyMatch(m -> TermStemmer.hasHead(Terms.normalize(m), head)))
        .isPresent();
  }

  @Provide
  Arbitrary<List<String>> relatedPairs() {
    List<List<String>> pairs = new ArrayList<>();
    for (String term : THESAURUS.vocabulary()) {
      THESAURUS.relatedOf(term).forEach(related -> pairs.add(List.of(term, related)));
    }
    return Arbitraries.of(pairs);
  }
}
