package org.talentmatch.core.search;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SynonymQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.NumericUtils;
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
 *
 * <p>An expert's words and coordinates come from doc values written at index time ({@link
 * ExpertDocuments#SKILL_WORDS}, {@link ExpertDocuments#PROFILE_WORDS}, {@link ExpertDocuments#LAT},
 * {@link ExpertDocuments#LON}): scoring a window decodes no stored expert and analyses no text. In
 * each segment the query's words become ordinals of those doc values, and an expert's words are a
 * merge of two sorted lists of ordinals.
 */
final class TieBreak {
  static final double SATURATION_PIVOT = 5.0;

  /**
   * Words that must all be present, each position one of its alternatives, in one field; a word is
   * its index among the query's words of that field.
   */
  private record Clause(boolean inSkills, int[][] positions, double weight) {
    boolean matches(long[] skills, long[] profile) {
      long[] field = inSkills ? skills : profile;
      for (int[] alternatives : positions) {
        if (!containsAny(field, alternatives)) {
          return false;
        }
      }
      return true;
    }

    /** A plain loop: this runs for every clause of every expert in a window. */
    private static boolean containsAny(long[] field, int[] alternatives) {
      for (int word : alternatives) {
        if ((field[word >>> 6] & (1L << word)) != 0) {
          return true;
        }
      }
      return false;
    }
  }

  private final IndexReader reader;
  private final SegmentLookups lookups;
  private final List<Clause> clauses;
  private final List<BytesRef> skillWords;
  private final List<BytesRef> profileWords;
  private final GeoLocation demandLocation;

  private TieBreak(IndexReader reader, SegmentLookups lookups, List<Clause> clauses, List<BytesRef> skillWords,
      List<BytesRef> profileWords, GeoLocation demandLocation) {
    this.reader = reader;
    this.lookups = lookups;
    this.clauses = clauses;
    this.skillWords = skillWords;
    this.profileWords = profileWords;
    this.demandLocation = demandLocation;
  }

  /**
   * @param text a disjunction of (boosted) term, synonym and phrase queries on {@link
   *     ExpertDocuments#SKILLS_TEXT} and {@link ExpertDocuments#PROFILE_TEXT}
   * @param reader the index whose documents are scored, and whose document frequencies give the idf
   * @param lookups where those frequencies, and the query words among the documents' words, are looked up
   */
  static TieBreak of(Query text, IndexReader reader, SegmentLookups lookups, GeoLocation demandLocation)
      throws IOException {
    requireNonNull(text, "text");
    requireNonNull(reader, "reader");
    requireNonNull(lookups, "lookups");
    requireNonNull(demandLocation, "demandLocation");
    Builder builder = new Builder(reader, lookups);
    builder.flatten(text, 1.0);
    return new TieBreak(reader, lookups, List.copyOf(builder.clauses), List.copyOf(builder.skillWords.keySet()),
        List.copyOf(builder.profileWords.keySet()), demandLocation);
  }

  /** The clauses of a query, and the words they name in each field, numbered in order of first use. */
  private static final class Builder {
    private final IndexReader reader;
    private final SegmentLookups lookups;
    private final List<Clause> clauses = new ArrayList<>();
    private final Map<BytesRef, Integer> skillWords = new LinkedHashMap<>();
    private final Map<BytesRef, Integer> profileWords = new LinkedHashMap<>();

    Builder(IndexReader reader, SegmentLookups lookups) {
      this.reader = reader;
      this.lookups = lookups;
    }

    void flatten(Query query, double boost) throws IOException {
      if (query instanceof BoostQuery boosted) {
        flatten(boosted.getQuery(), boost * boosted.getBoost());
      } else if (query instanceof BooleanQuery bool) {
        for (BooleanClause clause : bool) {
          if (clause.isScoring()) {
            flatten(clause.getQuery(), boost);
          }
        }
      } else if (query instanceof TermQuery term) {
        add(term.getTerm().field(), List.of(List.of(term.getTerm())), boost);
      } else if (query instanceof SynonymQuery synonyms) {
        add(synonyms.getField(), List.of(synonyms.getTerms()), boost);
      } else if (query instanceof PhraseQuery phrase) {
        add(phrase.getField(), List.of(phrase.getTerms()).stream().map(List::of).toList(), boost);
      } else if (query instanceof MultiPhraseQuery phrase) {
        add(phrase.getTermArrays()[0][0].field(), List.of(phrase.getTermArrays()).stream().map(List::of).toList(),
            boost);
      } else {
        throw new IllegalArgumentException("no tie-break for " + query.getClass().getSimpleName() + ": " + query);
      }
    }

    private void add(String field, List<List<Term>> positions, double boost) throws IOException {
      boolean inSkills = field.equals(ExpertDocuments.SKILLS_TEXT);
      if (!inSkills && !field.equals(ExpertDocuments.PROFILE_TEXT)) {
        throw new IllegalArgumentException("no tie-break on field " + field);
      }
      Map<BytesRef, Integer> numbers = inSkills ? skillWords : profileWords;
      double docCount = Math.max(0, reader.getDocCount(field));
      double idf = 0;
      int[][] words = new int[positions.size()][];
      for (int p = 0; p < words.length; p++) {
        List<Term> alternatives = positions.get(p);
        double rarest = 0;
        words[p] = new int[alternatives.size()];
        for (int a = 0; a < words[p].length; a++) {
          Term term = alternatives.get(a);
          int df = lookups.docFreq(reader, term);
          rarest = Math.max(rarest, Math.log(1 + (docCount - df + 0.5) / (df + 0.5)));
          words[p][a] = numbers.computeIfAbsent(term.bytes(), w -> numbers.size());
        }
        idf += rarest;
      }
      clauses.add(new Clause(inSkills, words, boost * idf));
    }
  }

  /**
   * The text and distance parts together, each bounded by its weight, of each of {@code docs}:
   * top-level document ids of the reader this tie-break was made with, in increasing order.
   */
  float[] scores(int[] docs) throws IOException {
    float[] scores = new float[docs.length];
    List<LeafReaderContext> leaves = reader.leaves();
    int i = 0;
    while (i < docs.length) {
      LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(docs[i], leaves));
      int end = i;
      while (end < docs.length && docs[end] < leaf.docBase + leaf.reader().maxDoc()) {
        end++;
      }
      scoreInLeaf(leaf, docs, i, end, scores);
      i = end;
    }
    return scores;
  }

  private void scoreInLeaf(LeafReaderContext leaf, int[] docs, int from, int to, float[] scores) throws IOException {
    LeafReader segment = leaf.reader();
    LeafWords skills = new LeafWords(segment, ExpertDocuments.SKILL_WORDS, skillWords, lookups);
    LeafWords profile = new LeafWords(segment, ExpertDocuments.PROFILE_WORDS, profileWords, lookups);
    NumericDocValues lats = DocValues.getNumeric(segment, ExpertDocuments.LAT);
    NumericDocValues lons = DocValues.getNumeric(segment, ExpertDocuments.LON);
    for (int i = from; i < to; i++) {
      int doc = docs[i] - leaf.docBase;
      long[] skillsPresent = skills.of(doc);
      long[] profilePresent = profile.of(doc);
      double overlap = 0;
      for (Clause clause : clauses) {
        if (clause.matches(skillsPresent, profilePresent)) {
          overlap += clause.weight();
        }
      }
      double text = ExpertIndex.TEXT_WEIGHT * overlap / (overlap + SATURATION_PIVOT);
      double meters = Geo.haversineKm(coordinate(lats, doc), coordinate(lons, doc),
          demandLocation.lat(), demandLocation.lon()) * 1000;
      double near = ExpertIndex.NEARNESS_WEIGHT * ExpertIndex.NEARNESS_PIVOT_METERS
          / (ExpertIndex.NEARNESS_PIVOT_METERS + meters);
      scores[i] = (float) (text + near);
    }
  }

  private static double coordinate(NumericDocValues values, int doc) throws IOException {
    if (!values.advanceExact(doc)) {
      throw new IllegalStateException("expert document " + doc + " has no coordinates: index schema too old");
    }
    return NumericUtils.sortableLongToDouble(values.longValue());
  }

  /** The query's words of one field among the words of one segment's documents. */
  private static final class LeafWords {
    private final SortedSetDocValues values;
    /** The segment ordinals of the query's words found in it, ascending, and each one's word number. */
    private final long[] ords;
    private final int[] words;
    private final long[] present;

    LeafWords(LeafReader segment, String field, List<BytesRef> queryWords, SegmentLookups lookups)
        throws IOException {
      this.values = DocValues.getSortedSet(segment, field);
      long[] ordinals = lookups.ordinals(segment, field, queryWords);
      long[] found = new long[queryWords.size()];
      int count = 0;
      for (int word = 0; word < queryWords.size(); word++) {
        long ord = ordinals[word];
        if (ord >= 0) {
          // The word number rides in the low bits, so that sorting by ordinal keeps it.
          found[count++] = ord << 32 | word;
        }
      }
      Arrays.sort(found, 0, count);
      this.ords = new long[count];
      this.words = new int[count];
      for (int i = 0; i < count; i++) {
        ords[i] = found[i] >>> 32;
        words[i] = (int) found[i];
      }
      this.present = new long[Math.max(1, (queryWords.size() + 63) >>> 6)];
    }

    /** Bits of the query's words that document {@code doc} has; the same array every call. */
    long[] of(int doc) throws IOException {
      Arrays.fill(present, 0);
      if (ords.length == 0 || !values.advanceExact(doc)) {
        return present;
      }
      int next = 0;
      for (int i = values.docValueCount(); i > 0 && next < ords.length; i--) {
        long ord = values.nextOrd();
        while (next < ords.length && ords[next] < ord) {
          next++;
        }
        if (next < ords.length && ords[next] == ord) {
          present[words[next] >>> 6] |= 1L << words[next];
          next++;
        }
      }
      return present;
    }
  }
}
