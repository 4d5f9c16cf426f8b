package org.talentmatch.core.search;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.CharsRef;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * The {@link Thesaurus} as Lucene {@link SynonymMap}s for one analysis chain. Each rule is written
 * in the tokens that chain produces (设施蔬菜 is 设施|蔬菜 for smartcn, 设施|施蔬|蔬菜 for bigrams), so
 * that a {@code SynonymGraphFilter} placed after the chain's last filter matches it.
 */
final class ThesaurusSynonyms {
  private ThesaurusSynonyms() {}

  /** Every term → each of its exact synonyms; the original tokens stay. */
  static SynonymMap exact(Thesaurus thesaurus, Analyzer chain) {
    requireNonNull(thesaurus, "thesaurus");
    requireNonNull(chain, "chain");
    SynonymMap.Builder rules = new SynonymMap.Builder(true);
    for (String term : thesaurus.vocabulary()) {
      addAll(rules, chain, term, thesaurus.synonymsOf(term));
    }
    return build(rules);
  }

  /**
   * Every term → its broader and narrower terms and their synonyms (蔬菜栽培 ⊃ 设施蔬菜 in both
   * directions); the original tokens stay. Search weighs this expansion below {@link #exact}.
   * Related terms ({@code ~}) are left out: they name another field, so sharing words with one is
   * no evidence for this one.
   */
  static SynonymMap related(Thesaurus thesaurus, Analyzer chain) {
    requireNonNull(thesaurus, "thesaurus");
    requireNonNull(chain, "chain");
    SynonymMap.Builder rules = new SynonymMap.Builder(true);
    for (String term : thesaurus.vocabulary()) {
      Set<String> relatives = new LinkedHashSet<>(thesaurus.broaderOf(term));
      relatives.addAll(thesaurus.narrowerOf(term));
      for (String relative : List.copyOf(relatives)) {
        relatives.addAll(thesaurus.synonymsOf(relative));
      }
      relatives.remove(term);
      addAll(rules, chain, term, relatives);
    }
    return build(rules);
  }

  private static void addAll(SynonymMap.Builder rules, Analyzer chain, String term, Set<String> outputs) {
    CharsRef input = tokens(chain, term);
    if (input.length == 0) {
      return;
    }
    for (String output : outputs) {
      CharsRef tokens = tokens(chain, output);
      if (tokens.length > 0) {
        rules.add(input, tokens, true);
      }
    }
  }

  /** The chain's tokens of {@code text}, joined by {@link SynonymMap#WORD_SEPARATOR}; empty when none. */
  static CharsRef tokens(Analyzer chain, String text) {
    List<String> tokens = new ArrayList<>();
    try (TokenStream stream = chain.tokenStream("", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        if (term.length() > 0) {
          tokens.add(term.toString());
        }
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot analyse thesaurus term " + text, e);
    }
    return tokens.isEmpty() ? new CharsRef() : SynonymMap.Builder.join(tokens.toArray(String[]::new), new CharsRefBuilder());
  }

  private static SynonymMap build(SynonymMap.Builder rules) {
    try {
      return rules.build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build synonym map", e);
    }
  }
}
