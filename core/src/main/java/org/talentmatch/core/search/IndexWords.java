package org.talentmatch.core.search;

import static java.util.Objects.requireNonNull;

import com.google.common.cache.CacheBuilder;
import com.google.common.cache.CacheLoader;
import com.google.common.cache.LoadingCache;
import java.util.Collection;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;

/**
 * The smartcn words of an expert's skill tags, profile and institution at index time, each text
 * analysed once for both its word field and the tie-break's doc values ({@link Analysis#analysedOnce}).
 * A skill tag or an institution is moreover analysed once for every expert who lists it: tags come
 * from a small vocabulary and experts from a few thousand institutions, so a bulk load meets each many
 * times (segmentation is nearly half of indexing). Profiles are nearly all unique and are analysed each
 * time. Thread-safe; the analyzer stays its owner's to close.
 */
final class IndexWords {
  /**
   * Far more distinct tags (or institutions) than a province's pool holds; a captured one takes about a
   * kilobyte.
   */
  static final int CACHED_TEXTS = 20_000;

  private final Analyzer analyzer;
  private final LoadingCache<String, Analysis.Captured> tags;
  private final LoadingCache<String, Analysis.Captured> institutions;

  IndexWords(Analyzer analyzer) {
    this.analyzer = requireNonNull(analyzer, "analyzer");
    this.tags = captured(analyzer, ExpertDocuments.SKILLS_TEXT);
    this.institutions = captured(analyzer, ExpertDocuments.INSTITUTION_TEXT);
  }

  private static LoadingCache<String, Analysis.Captured> captured(Analyzer analyzer, String field) {
    return CacheBuilder.newBuilder().maximumSize(CACHED_TEXTS)
        .build(CacheLoader.from(text -> Analysis.capture(analyzer, field, text)));
  }

  /** {@link ExpertDocuments#SKILLS_TEXT}'s value for one tag; its words are added to {@code words}. */
  TokenStream tag(String tag, Collection<String> words) {
    Analysis.Captured captured = tags.getUnchecked(tag);
    words.addAll(captured.tokens());
    return captured.replay();
  }

  /** {@link ExpertDocuments#INSTITUTION_TEXT}'s value for an institution. */
  TokenStream institution(String institution) {
    return institutions.getUnchecked(institution).replay();
  }

  /** {@link ExpertDocuments#PROFILE_TEXT}'s value for a profile; its words are added to {@code words}. */
  TokenStream profile(String profile, Collection<String> words) {
    return Analysis.analysedOnce(analyzer, ExpertDocuments.PROFILE_TEXT, profile, words);
  }
}
