package org.talentmatch.core.search;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.talentmatch.api.model.Expert;
import org.talentmatch.api.model.GeoLocation;
import org.talentmatch.core.rules.Geo;

/**
 * {@link RetrievalMode#FULL}'s order among experts of equal relevance, computed in Java on decoded
 * experts: at most {@link ExpertIndex#TEXT_WEIGHT} for the text and {@link
 * ExpertIndex#NEARNESS_WEIGHT} for the distance, so it never reorders distinct relevances.
 *
 * <p>The text part is a saturated, weighted overlap of words. The query is the same as BM25 used to
 * score (the smartcn words of the seat skills with their thesaurus synonyms and related terms, in the
 * skills and the profile, and the words of the demand's title and description), flattened into
 * clauses: a word, a set of alternative words (a synonym group) or a phrase (a multi-word synonym),
 * each with its field and its boost. An expert's score {@code s} is the sum, over the clauses whose
 * every position has one of its words among the expert's words in that field, of boost × idf (for a
 * phrase, the sum of its positions' idf; a position's idf is its rarest word's), with BM25's idf
 * {@code ln(1 + (N − df + 0.5) / (df + 0.5))} from the index's document frequencies. How often a
 * word occurs, where, and the text's length do not count. The text part is {@code TEXT_WEIGHT · s /
 * (s + 5)}; the distance part {@code NEARNESS_WEIGHT · p / (p + d)}, d the haversine distance to the
 * demand, p {@link ExpertIndex#NEARNESS_PIVOT_METERS}.
 */
final class TieBreak {
  static final double SATURATION_PIVOT = 5.0;

  /** The distinct smartcn words of an expert's skill tags and of their profile, as indexed. */
  record ExpertWords(Set<String> skills, Set<String> profile) {
    static ExpertWords of(Expert expert, Analyzer words) {
      Set<String> skills = new LinkedHashSet<>();
      expert.skills().forEach(tag -> Analysis.addTokens(words, ExpertDocuments.SKILLS_TEXT, tag, skills));
      Set<String> profile = new LinkedHashSet<>();
      Analysis.addTokens(words, ExpertDocuments.PROFILE_TEXT, expert.profile(), profile);
      return new ExpertWords(Set.copyOf(skills), Set.copyOf(profile));
    }
  }

  /** Words that must all be present, each position one of its alternatives, in one field. */
  private record Clause(boolean inSkills, List<Set<String>> positions, double weight) {
    boolean matches(ExpertWords words) {
      Set<String> field = inSkills ? words.skills() : words.profile();
      for (Set<String> alternatives : positions) {
        if (!containsAny(field, alternatives)) {
          return false;
        }
      }
      return true;
    }

    /** A plain loop: this runs for every clause of every expert in a window, and streams cost more than the lookups. */
    private static boolean containsAny(Set<String> field, Set<String> alternatives) {
      for (String word : alternatives) {
        if (field.contains(word)) {
          return true;
        }
      }
      return false;
    }
  }

  private final List<Clause> clauses;
  private final GeoLocation demandLocation;

  private TieBreak(List<Clause> clauses, GeoLocation demandLocation) {
    this.clauses = clauses;
    this.demandLocation = demandLocation;
  }

  /**
   * @param text a disjunction of (boosted) term, synonym and phrase queries on {@link
   *     ExpertDocuments#SKILLS_TEXT} and {@link ExpertDocuments#PROFILE_TEXT}
   */
  static TieBreak of(Query text, IndexReader reader, GeoLocation demandLocation) throws IOException {
    requireNonNull(text, "text");
    requireNonNull(demandLocation, "demandLocation");
    List<Clause> clauses = new ArrayList<>();
    flatten(text, 1.0, reader, clauses);
    return new TieBreak(List.copyOf(clauses), demandLocation);
  }

  private static void flatten(Query query, double boost, IndexReader reader, List<Clause> out) throws IOException {
    if (query instanceof BoostQuery boosted) {
      flatten(boosted.getQuery(), boost * boosted.getBoost(), reader, out);
    } else if (query instanceof BooleanQuery bool) {
      for (BooleanClause clause : bool) {
        if (clause.isScoring()) {
          flatten(clause.getQuery(), boost, reader, out);
        }
      }
    } else if (query instanceof TermQuery term) {
      add(term.getTerm().field(), List.of(List.of(term.getTerm())), boost, reader, out);
    } else if (query instanceof SynonymQuery synonyms) {
      add(synonyms.getField(), List.of(synonyms.getTerms()), boost, reader, out);
    } else if (query instanceof PhraseQuery phrase) {
      add(phrase.getField(), List.of(phrase.getTerms()).stream().map(List::of).toList(), boost, reader, out);
    } else if (query instanceof MultiPhraseQuery phrase) {
      add(phrase.getTermArrays()[0][0].field(), List.of(phrase.getTermArrays()).stream().map(List::of).toList(),
          boost, reader, out);
    } else {
      throw new IllegalArgumentException("no tie-break for " + query.getClass().getSimpleName() + ": " + query);
    }
  }

  private static void add(String field, List<List<Term>> positions, double boost, IndexReader reader,
      List<Clause> out) throws IOException {
    boolean inSkills = field.equals(ExpertDocuments.SKILLS_TEXT);
    if (!inSkills && !field.equals(ExpertDocuments.PROFILE_TEXT)) {
      throw new IllegalArgumentException("no tie-break on field " + field);
    }
    double docCount = Math.max(0, reader.getDocCount(field));
    double idf = 0;
    List<Set<String>> words = new ArrayList<>();
    for (List<Term> alternatives : positions) {
      double rarest = 0;
      Set<String> position = new LinkedHashSet<>();
      for (Term term : alternatives) {
        int df = reader.docFreq(term);
        rarest = Math.max(rarest, Math.log(1 + (docCount - df + 0.5) / (df + 0.5)));
        position.add(term.text());
      }
      idf += rarest;
      words.add(Set.copyOf(position));
    }
    out.add(new Clause(inSkills, List.copyOf(words), boost * idf));
  }

  /** The text and distance parts together, each bounded by its weight. */
  float score(Expert expert, ExpertWords words) {
    double overlap = 0;
    for (Clause clause : clauses) {
      if (clause.matches(words)) {
        overlap += clause.weight();
      }
    }
    double text = ExpertIndex.TEXT_WEIGHT * overlap / (overlap + SATURATION_PIVOT);
    double meters = Geo.haversineKm(expert.location(), demandLocation) * 1000;
    double near = ExpertIndex.NEARNESS_WEIGHT * ExpertIndex.NEARNESS_PIVOT_METERS
        / (ExpertIndex.NEARNESS_PIVOT_METERS + meters);
    return (float) (text + near);
  }
}
