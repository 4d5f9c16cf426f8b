package org.talentmatch.core.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.AnalyzerWrapper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.util.AttributeSource;

/** The analyzers of the expert index. */
final class Analysis {
  /** Keeps phrase matches inside one skill tag of a multi-valued field. */
  private static final int GAP_BETWEEN_VALUES = 100;

  private Analysis() {}

  /**
   * Overlapping CJK bigrams (日光温室 → 日光 光温 温室), width-folded and lower-cased, no stop words. A
   * phrase query of a term's bigrams finds the term inside any text: the recall that smartcn's fixed
   * dictionary lacks (it splits 心内科 into 心|内科).
   */
  static Analyzer bigrams() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new CJKWidthFilter(source);
        stream = new LowerCaseFilter(stream);
        return new TokenStreamComponents(source, new CJKBigramFilter(stream));
      }

      @Override
      public int getPositionIncrementGap(String fieldName) {
        return GAP_BETWEEN_VALUES;
      }
    };
  }

  /** smartcn words for the text fields, bigrams for the bigram fields. */
  static Analyzer perField(Analyzer bigrams) {
    return new PerFieldAnalyzerWrapper(new SmartChineseAnalyzer(),
        Map.of(ExpertDocuments.SKILLS_BIGRAMS, bigrams, ExpertDocuments.PROFILE_BIGRAMS, bigrams));
  }

  /**
   * {@code chain} followed by a {@link SynonymGraphFilter}: for queries only (at index time the graph
   * would need flattening). The rules must be written in {@code chain}'s tokens, see {@link
   * ThesaurusSynonyms}. An empty map leaves the chain as it is.
   */
  static Analyzer withSynonyms(Analyzer chain, SynonymMap synonyms) {
    if (synonyms.fst == null) {
      return chain;
    }
    return new AnalyzerWrapper(chain.getReuseStrategy()) {
      @Override
      protected Analyzer getWrappedAnalyzer(String fieldName) {
        return chain;
      }

      @Override
      protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
        return new TokenStreamComponents(components.getSource(),
            new SynonymGraphFilter(components.getTokenStream(), synonyms, true));
      }
    };
  }

  /** Adds the tokens {@code analyzer} makes of {@code text} in {@code field} to {@code tokens}. */
  static void addTokens(Analyzer analyzer, String field, String text, Collection<String> tokens) {
    try (TokenStream stream = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      // Analysis of an in-memory string reads no file: an IOException here is a broken analyzer.
      throw new UncheckedIOException("cannot analyse text", e);
    }
  }

  /**
   * Analyses {@code text} once for two uses: adds its tokens to {@code tokens} and returns a stream
   * that replays them, attributes and all, as the value of an indexed field in {@code field}. The
   * replay has attributes of its own, and the analyzer's stream is closed before this returns, so
   * the analyzer is free for the next text at once.
   */
  static TokenStream analysedOnce(Analyzer analyzer, String field, String text, Collection<String> tokens) {
    Captured captured = capture(analyzer, field, text);
    tokens.addAll(captured.tokens());
    return captured.replay();
  }

  /** Reads {@code text}'s analysis in {@code field} to the end and keeps it, to replay as often as needed. */
  static Captured capture(Analyzer analyzer, String field, String text) {
    try (TokenStream source = analyzer.tokenStream(field, text)) {
      CharTermAttribute term = source.addAttribute(CharTermAttribute.class);
      List<String> tokens = new ArrayList<>();
      List<AttributeSource.State> states = new ArrayList<>();
      source.reset();
      while (source.incrementToken()) {
        tokens.add(term.toString());
        states.add(source.captureState());
      }
      source.end();
      return new Captured(List.copyOf(tokens), source.cloneAttributes(), List.copyOf(states), source.captureState());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot analyse text", e);
    }
  }

  /**
   * A text's analysis, read once: its tokens, and the attribute states that replay it as a field's
   * value. Immutable once made, so one may be shared by threads: each replay has attributes of its
   * own, cloned from a prototype nobody reads tokens from.
   */
  static final class Captured {
    private final List<String> tokens;
    private final AttributeSource prototype;
    private final List<AttributeSource.State> states;
    private final AttributeSource.State end;

    private Captured(List<String> tokens, AttributeSource prototype, List<AttributeSource.State> states,
        AttributeSource.State end) {
      this.tokens = tokens;
      this.prototype = prototype;
      this.states = states;
      this.end = end;
      // Cloning caches the prototype's attribute list on first use: do it here, before other threads clone.
      prototype.cloneAttributes();
    }

    /** The terms of the tokens, in order. */
    List<String> tokens() {
      return tokens;
    }

    /** A stream replaying the analysis; each {@link TokenStream#reset} starts it over. */
    TokenStream replay() {
      return new Replay(prototype.cloneAttributes(), states, end);
    }
  }

  /** The captured tokens of a stream already read: each {@link #reset} replays them. */
  private static final class Replay extends TokenStream {
    private final List<AttributeSource.State> tokens;
    private final AttributeSource.State end;
    private int next;

    Replay(AttributeSource attributes, List<AttributeSource.State> tokens, AttributeSource.State end) {
      super(attributes);
      this.tokens = tokens;
      this.end = end;
    }

    @Override
    public void reset() {
      next = 0;
    }

    @Override
    public boolean incrementToken() {
      if (next == tokens.size()) {
        return false;
      }
      restoreState(tokens.get(next++));
      return true;
    }

    @Override
    public void end() {
      restoreState(end);
    }
  }
}
