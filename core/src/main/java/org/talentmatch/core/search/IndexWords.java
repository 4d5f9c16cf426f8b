package org.talentmatch.core.search;

import static java.util.Objects.requireNonNull;

import com.google.common.cache.CacheBuilder;
import com.google.common.cache.CacheLoader;
import com.google.common.cache.LoadingCache;
import java.util.Collection;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;

/**
 * The smartcn words of an expert's skill tags and profile at index time, each text analysed once for
 * both its word field and the tie-break's doc values ({@link Analysis#analysedOnce}). A skill tag is
 * moreover analysed once for every expert who lists it: tags come from a small vocabulary, so a bulk
 * load meets each many times, and segmentation was a tenth of indexing. Profiles are nearly all unique
 * and are analysed each time. Thread-safe; the analyzer stays its owner's to close.
 */
final class IndexWords {
  /** Far more distinct tags than a province's pool holds; a captured tag takes about a kilobyte. */
  static final int CACHED_TAGS = 20_000;

  private final Analyzer analyzer;
  private final LoadingCache<String, Analysis.Captured> tags;

  IndexWords(Analyzer analyzer) {
    this.analyzer = requireNonNull(analyzer, "analyzer");
    this.tags = CacheBuilder.newBuilder().maximumSize(CACHED_TAGS)
        .build(CacheLoader.from(tag -> Analysis.capture(analyzer, ExpertDocuments.SKILLS_TEXT, tag)));
  }

  /** {@link ExpertDocuments#SKILLS_TEXT}'s value for one tag; its words are added to {@code words}. */
  TokenStream tag(String tag, Collection<String> words) {
    Analysis.Captured captured = tags.getUnchecked(tag);
    words.addAll(captured.tokens());
    return captured.replay();
  }

  /** {@link ExpertDocuments#PROFILE_TEXT}'s value for a profile; its words are added to {@code words}. */
  TokenStream profile(String profile, Collection<String> words) {
    return Analysis.analysedOnce(analyzer, ExpertDocuments.PROFILE_TEXT, profile, words);
  }
}
