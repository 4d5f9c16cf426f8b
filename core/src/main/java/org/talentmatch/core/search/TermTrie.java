package org.talentmatch.core.search;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * A dictionary of terms found inside a text in one pass over it: a trie over UTF-16 code units, so
 * a term is found exactly where {@link String#contains} would find it. Scanning a text costs in
 * proportion to its length (times the longest term), not to the size of the dictionary. Immutable
 * once built; thread-safe.
 */
final class TermTrie {
  private final Node root = new Node();

  private TermTrie(Collection<String> terms) {
    terms.forEach(root::add);
  }

  static TermTrie of(Collection<String> terms) {
    return new TermTrie(terms);
  }

  /**
   * Every dictionary term that {@code text} contains, in order of first appearance; terms that first
   * appear at the same place come shorter first.
   */
  Set<String> in(String text) {
    Set<String> found = new LinkedHashSet<>();
    for (int from = 0; from < text.length(); from++) {
      Node node = root;
      for (int at = from; at < text.length(); at++) {
        node = node.children.get(text.charAt(at));
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
