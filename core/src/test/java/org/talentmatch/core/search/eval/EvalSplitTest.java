package org.talentmatch.core.search.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.talentmatch.api.model.Program;

/** The TUNE / HELD-OUT split: alternation within each domain, and its shape on the committed set. */
class EvalSplitTest {

  @Test
  void queriesAlternateWithinEachDomainInIdOrderStartingWithTune() {
    Map<String, String> domains = Map.of("Q1", "agri", "Q2", "med", "Q3", "agri", "Q4", "agri", "Q5", "med");
    // Given out of order, to show that id order decides.
    List<EvalQuery> queries = List.of(query("Q5"), query("Q3"), query("Q1"), query("Q4"), query("Q2"));

    EvalSplit split = EvalSplit.of(queries, q -> domains.get(q.id()));

    assertThat(split.queryIds(EvalSplit.Half.TUNE)).containsExactlyInAnyOrder("Q1", "Q4", "Q2");
    assertThat(split.queryIds(EvalSplit.Half.HELD_OUT)).containsExactlyInAnyOrder("Q3", "Q5");
    assertThatThrownBy(() -> split.halfOf("Q9")).hasMessageContaining("Q9");
  }

  @Test
  void theCommittedSetSplitsIntoHalvesCoveringEveryDomain() {
    EvalSet set = EvalSet.load();
    EvalSplit split = EvalSplit.of(set);
    Map<String, String> domainOfConcept = Concept.parse(EvalSet.resource("concepts.txt").lines().toList()).stream()
        .collect(Collectors.toMap(Concept::id, Concept::domain));
    Function<EvalSplit.Half, Set<String>> domainsOf = half -> set.queries().stream()
        .filter(q -> split.halfOf(q.id()) == half)
        .map(q -> domainOfConcept.get(q.concept()))
        .collect(Collectors.toSet());

    assertThat(split.halves()).hasSameSizeAs(set.queries());
    assertThat(domainsOf.apply(EvalSplit.Half.TUNE)).isEqualTo(Concept.DOMAINS);
    assertThat(domainsOf.apply(EvalSplit.Half.HELD_OUT)).isEqualTo(Concept.DOMAINS);
    // Each domain gives TUNE at most one query more than HELD-OUT.
    int tune = split.queryIds(EvalSplit.Half.TUNE).size();
    assertThat(tune - split.queryIds(EvalSplit.Half.HELD_OUT).size()).isBetween(0, Concept.DOMAINS.size());
  }

  private static EvalQuery query(String id) {
    return new EvalQuery(id, "c", Program.EXPERT_SERVICE, "t", "", List.of("s"), Optional.empty());
  }
}
