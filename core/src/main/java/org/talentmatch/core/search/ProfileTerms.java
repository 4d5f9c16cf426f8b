package org.talentmatch.core.search;

import static java.util.Objects.requireNonNull;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The terms a seat can look for inside an expert's profile, found in each profile once at index
 * time: every thesaurus term and every matching head ({@link TermStemmer#matchingHead}) of one, of
 * at least two characters ({@link Terms#mayMatchInside}). Indexed as exact keywords in {@link
 * ExpertDocuments#PROFILE_TERMS}, a profile mention of such a term becomes one term lookup instead of
 * a bigram phrase query; a term outside this dictionary (free text typed in a seat) keeps the phrase.
 *
 * <p>A term is in {@link #in} exactly when {@code normalizedText.contains(term)}, as the relevance
 * ({@code SeatMatcher}) decides a profile mention. The index therefore depends on the dictionary:
 * {@link #fingerprint} goes into the index's commit data, and an index written with another
 * dictionary is rebuilt on opening. Immutable and thread-safe.
 */
final class ProfileTerms {
  private final TermTrie trie;
  private final SortedSet<String> entries;
  private final String fingerprint;

  private ProfileTerms(SortedSet<String> entries) {
    this.entries = entries;
    this.trie = TermTrie.of(entries);
    Hasher hasher = Hashing.sha256().newHasher();
    entries.forEach(term -> hasher.putString(term, StandardCharsets.UTF_8).putByte((byte) '\n'));
    this.fingerprint = hasher.hash().toString();
  }

  /** The dictionary of {@code thesaurus}: its vocabulary and their heads, as the matcher can ask for them. */
  static ProfileTerms of(Thesaurus thesaurus) {
    requireNonNull(thesaurus, "thesaurus");
    SortedSet<String> entries = new TreeSet<>();
    for (String term : thesaurus.vocabulary()) {
      entries.add(term);
      TermStemmer.matchingHead(term).ifPresent(entries::add);
    }
    entries.removeIf(term -> !Terms.mayMatchInside(term));
    return new ProfileTerms(entries);
  }

  /** Whether {@link #in} reports {@code normalizedTerm} wherever a text contains it. */
  boolean covers(String normalizedTerm) {
    return entries.contains(normalizedTerm);
  }

  /** Every dictionary term that {@code normalizedText} contains, in order of first appearance. */
  Set<String> in(String normalizedText) {
    return trie.in(normalizedText);
  }

  /** Changes whenever the dictionary does: recorded with the index that used it. */
  String fingerprint() {
    return fingerprint;
  }
}
