package org.talentmatch.api;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;

/**
 * How long and how to solve. Solving stops at {@code timeLimit}, or earlier once the best score has
 * not improved for {@code unimprovedTimeLimit}, or once {@code evaluationLimit} candidate plans have
 * been scored. Time limits depend on the machine's speed; for the same plan on every run and every
 * machine give a {@code seed} and stop on {@code evaluationLimit} (the time limit then only guards
 * against a runaway).
 */
public final class SolveOptions {
  /** Candidates per slot handed to the solver unless {@link Builder#candidatesPerSlot} says otherwise. */
  public static final int DEFAULT_CANDIDATES_PER_SLOT = 30;

  private final Duration timeLimit;
  private final Optional<Duration> unimprovedTimeLimit;
  private final OptionalLong seed;
  private final OptionalLong evaluationLimit;
  private final int candidatesPerSlot;
  private final Consumer<PlanProgress> progressListener;

  private SolveOptions(Builder b) {
    this.timeLimit = b.timeLimit;
    this.unimprovedTimeLimit = b.unimprovedTimeLimit;
    this.seed = b.seed;
    this.evaluationLimit = b.evaluationLimit;
    this.candidatesPerSlot = b.candidatesPerSlot;
    this.progressListener = b.progressListener;
  }

  public static Builder builder() {
    return new Builder();
  }

  public static SolveOptions ofSeconds(long seconds) {
    return builder().timeLimit(Duration.ofSeconds(seconds)).build();
  }

  public Duration timeLimit() {
    return timeLimit;
  }

  public Optional<Duration> unimprovedTimeLimit() {
    return unimprovedTimeLimit;
  }

  public OptionalLong seed() {
    return seed;
  }

  /** Stop after scoring this many candidate plans: a budget independent of the machine's speed. */
  public OptionalLong evaluationLimit() {
    return evaluationLimit;
  }

  /** How many ranked candidates search hands the solver per slot of a seat. */
  public int candidatesPerSlot() {
    return candidatesPerSlot;
  }

  public Consumer<PlanProgress> progressListener() {
    return progressListener;
  }

  public static final class Builder {
    private Duration timeLimit = Duration.ofSeconds(30);
    private Optional<Duration> unimprovedTimeLimit = Optional.empty();
    private OptionalLong seed = OptionalLong.empty();
    private OptionalLong evaluationLimit = OptionalLong.empty();
    private int candidatesPerSlot = DEFAULT_CANDIDATES_PER_SLOT;
    private Consumer<PlanProgress> progressListener = progress -> {};

    private Builder() {}

    public Builder timeLimit(Duration limit) {
      requireNonNull(limit, "limit");
      checkArgument(!limit.isNegative() && !limit.isZero(), "timeLimit must be positive: %s", limit);
      this.timeLimit = limit;
      return this;
    }

    public Builder unimprovedTimeLimit(Duration limit) {
      requireNonNull(limit, "limit");
      checkArgument(!limit.isNegative() && !limit.isZero(), "unimprovedTimeLimit must be positive: %s", limit);
      this.unimprovedTimeLimit = Optional.of(limit);
      return this;
    }

    public Builder seed(long seed) {
      this.seed = OptionalLong.of(seed);
      return this;
    }

    public Builder evaluationLimit(long evaluations) {
      checkArgument(evaluations >= 1, "evaluationLimit must be >= 1: %s", evaluations);
      this.evaluationLimit = OptionalLong.of(evaluations);
      return this;
    }

    public Builder candidatesPerSlot(int candidates) {
      checkArgument(candidates >= 1, "candidatesPerSlot must be >= 1: %s", candidates);
      this.candidatesPerSlot = candidates;
      return this;
    }

    public Builder progressListener(Consumer<PlanProgress> listener) {
      this.progressListener = requireNonNull(listener, "listener");
      return this;
    }

    public SolveOptions build() {
      return new SolveOptions(this);
    }
  }
}
