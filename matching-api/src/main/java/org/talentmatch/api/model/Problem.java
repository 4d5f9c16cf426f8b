package org.talentmatch.api.model;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A planning problem: the experts and demands of one period with the policy, earlier services and
 * confirmed arrangements. Lists keep their order, which is the order of the JSON arrays, so that
 * validation errors can name {@code $.demands[12]}.
 */
public record Problem(
    DateRange period,
    Policy policy,
    List<Expert> experts,
    List<Demand> demands,
    List<HistoryEntry> history,
    List<Pin> pinned) {

  public Problem {
    requireNonNull(period, "period");
    requireNonNull(policy, "policy");
    experts = Checks.list(experts, "experts");
    demands = Checks.list(demands, "demands");
    history = Checks.list(history, "history");
    pinned = Checks.list(pinned, "pinned");
  }

  public static Builder builder(DateRange period) {
    return new Builder(period);
  }

  public Builder toBuilder() {
    return new Builder(period).policy(policy).experts(experts).demands(demands).history(history).pinned(pinned);
  }

  /** Total number of demand slots. */
  public int slotCount() {
    return demands.stream().mapToInt(Demand::slotCount).sum();
  }

  /** Builder; {@code policy} defaults to {@link Policy#defaults()}. */
  public static final class Builder {
    private final DateRange period;
    private Policy policy = Policy.defaults();
    private final List<Expert> experts = new ArrayList<>();
    private final List<Demand> demands = new ArrayList<>();
    private final List<HistoryEntry> history = new ArrayList<>();
    private final List<Pin> pinned = new ArrayList<>();

    private Builder(DateRange period) {
      this.period = period;
    }

    public Builder policy(Policy policy) {
      this.policy = policy;
      return this;
    }

    public Builder experts(Collection<Expert> experts) {
      this.experts.clear();
      this.experts.addAll(experts);
      return this;
    }

    public Builder addExpert(Expert expert) {
      this.experts.add(requireNonNull(expert, "expert"));
      return this;
    }

    public Builder demands(Collection<Demand> demands) {
      this.demands.clear();
      this.demands.addAll(demands);
      return this;
    }

    public Builder addDemand(Demand demand) {
      this.demands.add(requireNonNull(demand, "demand"));
      return this;
    }

    public Builder history(Collection<HistoryEntry> history) {
      this.history.clear();
      this.history.addAll(history);
      return this;
    }

    public Builder addHistory(HistoryEntry entry) {
      this.history.add(requireNonNull(entry, "entry"));
      return this;
    }

    public Builder pinned(Collection<Pin> pinned) {
      this.pinned.clear();
      this.pinned.addAll(pinned);
      return this;
    }

    public Builder addPin(Pin pin) {
      this.pinned.add(requireNonNull(pin, "pin"));
      return this;
    }

    public Problem build() {
      return new Problem(period, policy, experts, demands, history, pinned);
    }
  }
}
