package org.talentmatch.core.search.eval;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The queries split into a TUNE half and a HELD-OUT half, so that what is tuned on one half is
 * measured on the other. Deterministic and independent of the engine: within each domain of the
 * concept list (agri, med, edu, ind, rural), the queries in id order alternate TUNE, HELD-OUT, TUNE…,
 * so both halves cover every domain. Whoever tunes the engine (thesaurus lines, levels) may read the
 * TUNE half's queries, concept lines and misses only; the figure reported against a target is the
 * HELD-OUT half's.
 *
 * @param halves query id → its half
 */
public record EvalSplit(Map<String, Half> halves) {

  /** Which half a query belongs to. */
  public enum Half {
    TUNE("TUNE"),
    HELD_OUT("HELD-OUT");

    private final String label;

    Half(String label) {
      this.label = label;
    }

    @Override
    public String toString() {
      return label;
    }
  }

  public EvalSplit {
    halves = Collections.unmodifiableMap(new LinkedHashMap<>(halves));
  }

  /** The split of the committed set, using the domains of the committed concept list. */
  public static EvalSplit of(EvalSet set) {
    requireNonNull(set, "set");
    Map<String, String> domainOfConcept = Concept.parse(EvalSet.resource("concepts.txt").lines().toList()).stream()
        .collect(Collectors.toMap(Concept::id, Concept::domain));
    return of(set.queries(), query -> {
      String domain = domainOfConcept.get(query.concept());
      if (domain == null) {
        throw new IllegalStateException("query " + query.id() + " names unknown concept " + query.concept());
      }
      return domain;
    });
  }

  /** Alternates the queries of each domain, in id order, starting with TUNE. */
  static EvalSplit of(List<EvalQuery> queries, Function<EvalQuery, String> domainOf) {
    Map<String, Integer> seenInDomain = new HashMap<>();
    Map<String, Half> halves = new LinkedHashMap<>();
    queries.stream().sorted(Comparator.comparing(EvalQuery::id)).forEach(query -> {
      int index = seenInDomain.merge(domainOf.apply(query), 1, Integer::sum) - 1;
      halves.put(query.id(), index % 2 == 0 ? Half.TUNE : Half.HELD_OUT);
    });
    return new EvalSplit(halves);
  }

  /** The half of a query. */
  public Half halfOf(String queryId) {
    Half half = halves.get(queryId);
    if (half == null) {
      throw new IllegalArgumentException("query " + queryId + " is not in the split");
    }
    return half;
  }

  /** The ids of the queries in {@code half}. */
  public Set<String> queryIds(Half half) {
    requireNonNull(half, "half");
    return halves.entrySet().stream()
        .filter(e -> e.getValue() == half)
        .map(Map.Entry::getKey)
        .collect(Collectors.toUnmodifiableSet());
  }
}
