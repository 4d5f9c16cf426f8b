package org.talentmatch.core.search;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

/**
 * How the expert index analyses and scores. Immutable; build with {@link #builder()}.
 *
 * @param thesaurus synonyms and broader/narrower terms applied to seat skills at query time
 * @param defaultMinRelevance the relevance floor where a policy sets none (see the package
 *     documentation for how relevance is defined)
 * @param ramBufferMb the index writer's RAM buffer: larger means fewer flushes when bulk indexing
 * @param mode which analyses rank the experts; {@link RetrievalMode#FULL} unless measuring
 */
public record SearchConfig(Thesaurus thesaurus, double defaultMinRelevance, int ramBufferMb, RetrievalMode mode) {

  /**
   * 0.3: an expert passes when, on average over the seat's skills, they are at least a profile
   * mention away (0.4–0.5) on most terms, or a narrower field (0.6) on half of them; a generalist
   * (a broader tag, 0.3) just passes. A single related or profile hit on one of three terms (≤ 0.2)
   * stays out; the demand-text bonus (≤ 0.1) alone can never lift an expert over it.
   */
  public static final double DEFAULT_MIN_RELEVANCE = 0.3;

  public static final int DEFAULT_RAM_BUFFER_MB = 256;

  public SearchConfig {
    requireNonNull(thesaurus, "thesaurus");
    checkArgument(defaultMinRelevance >= 0 && defaultMinRelevance <= 1,
        "defaultMinRelevance must be in [0, 1]: %s", defaultMinRelevance);
    checkArgument(ramBufferMb >= 1, "ramBufferMb must be >= 1: %s", ramBufferMb);
    requireNonNull(mode, "mode");
  }

  /** The bundled thesaurus, {@link #DEFAULT_MIN_RELEVANCE}, {@link #DEFAULT_RAM_BUFFER_MB}. */
  public static SearchConfig defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder {
    private Thesaurus thesaurus;
    private double defaultMinRelevance = DEFAULT_MIN_RELEVANCE;
    private int ramBufferMb = DEFAULT_RAM_BUFFER_MB;
    private RetrievalMode mode = RetrievalMode.FULL;

    private Builder() {}

    public Builder mode(RetrievalMode mode) {
      this.mode = requireNonNull(mode, "mode");
      return this;
    }

    public Builder thesaurus(Thesaurus thesaurus) {
      this.thesaurus = requireNonNull(thesaurus, "thesaurus");
      return this;
    }

    public Builder defaultMinRelevance(double floor) {
      this.defaultMinRelevance = floor;
      return this;
    }

    public Builder ramBufferMb(int megabytes) {
      this.ramBufferMb = megabytes;
      return this;
    }

    public SearchConfig build() {
      return new SearchConfig(thesaurus == null ? Thesaurus.bundled() : thesaurus, defaultMinRelevance, ramBufferMb, mode);
    }
  }
}
