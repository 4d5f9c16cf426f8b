package org.talentmatch.core.search;

/**
 * Which analyses of the expert text search uses. {@link #FULL} is the engine's; the others exist to
 * measure what each analysis contributes (the relevance evaluation compares them).
 */
public enum RetrievalMode {
  /** smartcn words of skills and profile only, ranked by BM25: the plain baseline. */
  WORDS,
  /** CJK bigrams of skills and profile only, ranked by BM25. */
  BIGRAMS,
  /** Exact skill tags, thesaurus, bigram phrases and smartcn words together: the engine's ranking. */
  FULL
}
