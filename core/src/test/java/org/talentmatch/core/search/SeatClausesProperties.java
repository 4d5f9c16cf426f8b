package org.talentmatch.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.talentmatch.core.search.Fixtures.demand;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.util.QueryBuilder;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.Seat;
import org.talentmatch.api.model.SeatRole;

/**
 * Clauses served from the shared per-index cache are the ones a fresh build gives for that seat,
 * whatever other terms (other spellings of the same term among them) the cache served before.
 */
class SeatClausesProperties {
  private static final Thesaurus THESAURUS = Thesaurus.bundled();
  private static final List<String> TERMS = new ArrayList<>(THESAURUS.vocabulary());
  private static final Analyzer BIGRAMS = Analysis.bigrams();
  private static final ProfileTerms PROFILE_TERMS = ProfileTerms.of(THESAURUS);
  /** One index's cache of matches: its cached queries compare equal when their clauses do. */
  private static final SegmentCache SEGMENT_CACHE = new SegmentCache();
  private static final SeatMatcher.Clauses SHARED = clauses();

  @AfterContainer
  static void close() {
    BIGRAMS.close();
  }

  @Property(tries = 300)
  void cachedClausesEqualFreshOnes(@ForAll("seats") Demand demand) {
    assertThat(SeatMatcher.of(SHARED, demand, 0).toQuery()).isEqualTo(SeatMatcher.of(clauses(), demand, 0).toQuery());
  }

  @Example
  void aScoringOnlyMatcherHasNoQuery() {
    SeatMatcher scoring = SeatMatcher.of(THESAURUS, demand("D1", Seat.of(SeatRole.MEMBER, 1, "设施蔬菜")).build(), 0);

    assertThatThrownBy(scoring::toQuery).isInstanceOf(IllegalStateException.class);
  }

  @Provide
  Arbitrary<Demand> seats() {
    // Spellings that normalise alike (width, case, spaces) share a term but not necessarily a reason text.
    Arbitrary<String> term = Arbitraries.of(TERMS).flatMap(t -> Arbitraries.of(t, " " + t, t.toUpperCase(), t + " "));
    Arbitrary<String> text = Arbitraries.of(TERMS).list().ofMaxSize(4).map(words -> String.join("，", words));
    return term.list().ofMinSize(1).ofMaxSize(3).flatMap(skills -> text.map(description ->
        demand("D1", Seat.of(SeatRole.MEMBER, 1, skills.toArray(String[]::new))).description(description + "。").build()));
  }

  private static SeatMatcher.Clauses clauses() {
    return new SeatMatcher.Clauses(THESAURUS, new QueryBuilder(BIGRAMS), PROFILE_TERMS, SEGMENT_CACHE);
  }
}
