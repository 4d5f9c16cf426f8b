package org.talentmatch.core.solver.domain;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.optaplanner.core.api.domain.lookup.PlanningId;

/**
 * An expert as the solver sees one: the facts the hard and soft rules need, and nothing personal.
 * Equality is by id, so that constraint-stream grouping hashes cheaply.
 */
public final class ExpertFact {
  @PlanningId
  private final String id;
  /** The id's hash, kept here: every index and group lookup of a move hashes experts (JFR). */
  private final int hash;
  private final int cap;
  private final int cooldownDays;
  private final boolean huicaiCard;
  /** Sorted by end day, so the latest service before a day is found from the end. */
  private final List<PastService> history;
  private final Set<String> servedHostUnits;

  /**
   * @param cap the expert's assignment cap in force (rule 5)
   * @param cooldownDays the policy's rest between two services
   */
  public ExpertFact(String id, int cap, int cooldownDays, boolean huicaiCard, List<PastService> history) {
    this.id = requireNonNull(id, "id");
    this.hash = id.hashCode();
    checkArgument(cap >= 0, "cap must be >= 0: %s", cap);
    checkArgument(cooldownDays >= 0, "cooldownDays must be >= 0: %s", cooldownDays);
    this.cap = cap;
    this.cooldownDays = cooldownDays;
    this.huicaiCard = huicaiCard;
    this.history = history.stream().sorted(Comparator.comparingLong(PastService::endDay)).toList();
    this.servedHostUnits = history.stream().map(PastService::hostUnit).collect(Collectors.toUnmodifiableSet());
  }

  public String id() {
    return id;
  }

  public int cap() {
    return cap;
  }

  public int cooldownDays() {
    return cooldownDays;
  }

  public boolean huicaiCard() {
    return huicaiCard;
  }

  public int historyCount() {
    return history.size();
  }

  public List<PastService> history() {
    return history;
  }

  /** True when the expert served a host unit of that name before (科技特派员 continuity). */
  public boolean hasServed(String hostUnit) {
    return servedHostUnits.contains(hostUnit);
  }

  /** The past service that ended last before {@code day}, if any. */
  public Optional<PastService> lastServiceBefore(long day) {
    for (int i = history.size() - 1; i >= 0; i--) {
      if (history.get(i).endDay() < day) {
        return Optional.of(history.get(i));
      }
    }
    return Optional.empty();
  }

  @Override
  public boolean equals(Object other) {
    return this == other || other instanceof ExpertFact that && hash == that.hash && id.equals(that.id);
  }

  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public String toString() {
    return id;
  }
}
