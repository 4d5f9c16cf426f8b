package org.talentmatch.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * {@link Analysis#analysedOnce} feeds an indexed field and the tie-break's doc values from one
 * analysis: the replay must be the analysis itself (terms, position increments, offsets, the final
 * state), every time it is read, and the collected tokens its terms.
 */
class AnalysedOnceProperties {
  private static final Analyzer WORDS = new SmartChineseAnalyzer();

  @Property(tries = 200)
  void replaysTheAnalysisExactly(@ForAll("texts") String text) throws IOException {
    List<String> direct = tokensOf(WORDS.tokenStream(ExpertDocuments.PROFILE_TEXT, text));
    List<String> collected = new ArrayList<>();

    TokenStream replay = Analysis.analysedOnce(WORDS, ExpertDocuments.PROFILE_TEXT, text, collected);

    assertThat(tokensOf(replay)).isEqualTo(direct);
    // An indexing chain may read a stream more than once (a retried document): each reset replays it.
    assertThat(tokensOf(replay)).isEqualTo(direct);
    assertThat(collected).isEqualTo(direct.stream().filter(t -> !t.startsWith("END ")).map(t -> t.split(" ")[0])
        .toList());
  }

  @Property(tries = 50)
  void theAnalyzerIsFreeForTheNextTextBeforeTheReplayIsRead(@ForAll("texts") String first,
      @ForAll("texts") String second) throws IOException {
    List<String> expectedFirst = tokensOf(WORDS.tokenStream(ExpertDocuments.SKILLS_TEXT, first));
    List<String> expectedSecond = tokensOf(WORDS.tokenStream(ExpertDocuments.SKILLS_TEXT, second));

    TokenStream one = Analysis.analysedOnce(WORDS, ExpertDocuments.SKILLS_TEXT, first, new ArrayList<>());
    TokenStream two = Analysis.analysedOnce(WORDS, ExpertDocuments.SKILLS_TEXT, second, new ArrayList<>());

    assertThat(tokensOf(one)).isEqualTo(expectedFirst);
    assertThat(tokensOf(two)).isEqualTo(expectedSecond);
  }

  /**
   * {@link IndexWords} keeps one analysis per institution for every expert working there, as per tag
   * (below): each replay is the institution's own analysis, even read interleaved with another.
   */
  @Property(tries = 100)
  void replaysOfOneCachedInstitutionStandAlone(@ForAll("texts") String institution) throws IOException {
    IndexWords words = new IndexWords(WORDS);
    List<String> direct = tokensOf(WORDS.tokenStream(ExpertDocuments.INSTITUTION_TEXT, institution));

    assertThat(interleaved(words.institution(institution), words.institution(institution)))
        .isEqualTo(direct.stream().flatMap(t -> List.of(t, t).stream()).toList());
  }

  /**
   * {@link IndexWords} keeps one analysis per tag for every expert listing it, so the replays of one
   * tag are read by several indexing threads at once: each must stand alone, even read interleaved.
   */
  @Property(tries = 100)
  void replaysOfOneCachedTagStandAlone(@ForAll("texts") String tag) throws IOException {
    IndexWords words = new IndexWords(WORDS);
    List<String> direct = tokensOf(WORDS.tokenStream(ExpertDocuments.SKILLS_TEXT, tag));
    List<String> firstWords = new ArrayList<>();
    List<String> secondWords = new ArrayList<>();

    TokenStream first = words.tag(tag, firstWords);
    TokenStream second = words.tag(tag, secondWords);

    assertThat(interleaved(first, second)).isEqualTo(direct.stream().flatMap(t -> List.of(t, t).stream()).toList());
    assertThat(secondWords).isEqualTo(firstWords);
    assertThat(firstWords).isEqualTo(direct.stream().filter(t -> !t.startsWith("END ")).map(t -> t.split(" ")[0])
        .toList());
  }

  /** The tokens of two streams of equal length, one of each in turn, as {@link #tokensOf} writes them. */
  private static List<String> interleaved(TokenStream one, TokenStream two) throws IOException {
    List<String> tokens = new ArrayList<>();
    try (one; two) {
      one.reset();
      two.reset();
      while (true) {
        boolean more = one.incrementToken();
        assertThat(two.incrementToken()).isEqualTo(more);
        if (!more) {
          break;
        }
        tokens.add(token(one));
        tokens.add(token(two));
      }
      one.end();
      two.end();
      tokens.add(end(one));
      tokens.add(end(two));
    }
    return tokens;
  }

  /** Each token as "term increment start-end", then the final state as "END increment end". */
  private static List<String> tokensOf(TokenStream stream) throws IOException {
    List<String> tokens = new ArrayList<>();
    try (stream) {
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(token(stream));
      }
      stream.end();
      tokens.add(end(stream));
    }
    return tokens;
  }

  private static String token(TokenStream stream) {
    OffsetAttribute offset = stream.getAttribute(OffsetAttribute.class);
    return stream.getAttribute(CharTermAttribute.class) + " "
        + stream.getAttribute(PositionIncrementAttribute.class).getPositionIncrement() + " " + offset.startOffset()
        + "-" + offset.endOffset();
  }

  private static String end(TokenStream stream) {
    return "END " + stream.getAttribute(PositionIncrementAttribute.class).getPositionIncrement() + " "
        + stream.getAttribute(OffsetAttribute.class).endOffset();
  }

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> words = Arbitraries.of("设施蔬菜", "长期从事", "日光温室", "栽培", "的", "和", "土壤改良", "病虫害",
        "绿色防控", "，", "。", "心血管内科", "b超", "2020年", " ", "植物保护", "与", "研究");
    return words.list().ofMaxSize(12).map(parts -> String.join("", parts));
  }
}
