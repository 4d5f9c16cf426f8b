package org.talentmatch.core.search;

import static java.util.Objects.requireNonNull;

import com.google.common.hash.Hasher;
import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
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
  private final Node root;
  private final SortedSet<String> entries;
  private final String fingerprint;

  private ProfileTerms(SortedSet<String> entries) {
    this.entries = entries;
    this.root = new Node();
    entries.forEach(root::add);
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

  /** Every dictionary term that {@code normalizedText} contains. */
  Set<String> in(String normalizedText) {
    Set<String> found = new TreeSet<>();
    for (int from = 0; from < normalizedText.length(); from++) {
      Node node = root;
      for (int at = from; at < normalizedText.length(); at++) {
        node = node.children.get(normalizedText.charAt(at));
        if (node == null) {
          break;
        }
        if (node.term != null) {
          found.add(node.term);
        }
      }
    }
    return found;
  }

  /** Changes whenever the dictionary does: recorded with the index that used it. */
  String fingerprint() {
    return fingerprint;
  }

  /** A trie over UTF-16 code units: a code-unit match is exactly {@link String#contains}. */
  private static final class Node {
    private final Map<Character, Node> children = new HashMap<>();
    private String term;

    void add(String term) {
      Node node = this;
      for (int i = 0; i < term.length(); i++) {
        node = node.children.computeIfAbsent(term.charAt(i), c -> new Node());
      }
      node.term = term;
    }
  }
}
