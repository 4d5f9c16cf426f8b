package org.talentmatch.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The trie finds exactly the dictionary terms a text contains, as {@link String#contains} does, in
 * order of first appearance and, at one place, shorter first: the order in which a seat takes its
 * demand's thesaurus terms (at most eight of them), so the order decides which terms count.
 */
class TermTrieProperties {
  private static final List<String> DICTIONARY =
      List.of("蔬菜", "设施蔬菜", "设施", "蔬菜栽培", "栽培", "b超", "b", "苹果", "果树", "果", "心血管内科", "内科");
  private static final TermTrie TRIE = TermTrie.of(DICTIONARY);

  @Property(tries = 1000)
  void findsTheContainedTermsInOrderOfFirstAppearanceThenLength(@ForAll("text") String text) {
    List<String> expected = DICTIONARY.stream()
        .filter(text::contains)
        .sorted(Comparator.comparingInt((String term) -> text.indexOf(term)).thenComparingInt(String::length))
        .toList();

    assertThat(List.copyOf(TRIE.in(text))).isEqualTo(expected);
  }

  @Provide
  Arbitrary<String> text() {
    Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(DICTIONARY),
        Arbitraries.strings().withChars("蔬菜设施栽培果树内科心血管b超苹，a").ofMaxLength(3));
    return piece.list().ofMaxSize(8).map(pieces -> String.join("", pieces));
  }
}
