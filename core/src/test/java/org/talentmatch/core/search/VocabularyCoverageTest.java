package org.talentmatch.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.talentmatch.core.search.Fixtures.demand;
import static org.talentmatch.core.search.Fixtures.expert;
import static org.talentmatch.core.search.Fixtures.seat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.talentmatch.api.model.Demand;
import org.talentmatch.core.generator.SkillGroup;
import org.talentmatch.core.generator.Vocabulary;

/**
 * The generator writes experts' skills with the variants people use; the bundled thesaurus must
 * know them all, or generated problems would measure the thesaurus's gaps instead of the engine.
 */
class VocabularyCoverageTest {
  private static final ExpertIndex INDEX = ExpertIndex.inMemory(SearchConfig.defaults());

  @AfterAll
  static void close() throws Exception {
    INDEX.close();
  }

  @Test
  void everyVariantOfTheGeneratorsVocabularyMatchesItsCanonicalSeatTerm() {
    List<String> misses = new ArrayList<>();
    for (SkillGroup group : Vocabulary.bundled().groups()) {
      Demand demand = demand("D", seat(group.canonical())).build();
      for (String synonym : group.synonyms()) {
        double relevance = INDEX.relevance(expert("E", synonym).build(), demand, 0);
        if (relevance < SearchConfig.DEFAULT_MIN_RELEVANCE) {
          misses.add(synonym + " → " + group.canonical() + " = " + relevance);
        }
      }
    }
    assertThat(misses).isEmpty();
  }
}
