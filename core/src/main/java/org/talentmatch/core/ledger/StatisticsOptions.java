package org.talentmatch.core.ledger;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Optional;
import java.util.Set;

/**
 * How {@link LedgerStatistics} ranks commendation candidates and which counties are priority
 * areas. Immutable; {@link #defaults()} or {@link #builder()}.
 *
 * <p>The commendation formula, per year, over the expert's records of the year (days inside the
 * year only; each service counts at most {@code maxDaysPerService} days, so that one year-long
 * placement does not outweigh many short volunteer events):
 *
 * <pre>
 * expert score = daysWeight × Σ capped days of completed services
 *              + priorityAreaWeight × Σ capped days of completed services in priority areas
 *              + ratingWeight × Σ (rating − 3) over rated completed services
 *              − noShowPenalty × number of no-shows
 * unit score   = daysWeight × Σ capped days of completed services received
 *              + priorityAreaWeight × Σ capped days of those in priority areas
 * </pre>
 *
 * A rating of 3 is neutral, 5 adds two rating weights and 1 takes two away; an unrated service adds
 * nothing. Units rate, they are not rated, and an expert's no-show is not the unit's fault, so the
 * unit score has no rating or no-show term. Cancelled services count neither way. Candidates need
 * at least one completed service and a positive score; they are ranked by score, highest first,
 * ties broken by id (expert id, unit name) in ascending order.
 *
 * @param priorityCounties the county codes that are priority areas (e.g. the province's list of
 *     key poverty-relief counties); when empty, a county is a priority area when the year's ledger
 *     holds a record flagged {@code priorityArea} there (a priority demand was planned there)
 */
public record StatisticsOptions(
    int topIndividuals,
    int topUnits,
    double daysWeight,
    double priorityAreaWeight,
    double ratingWeight,
    double noShowPenalty,
    int maxDaysPerService,
    Optional<Set<String>> priorityCounties) {

  /** The notice: 每年通报表扬30个单位和100位个人. */
  public static final int DEFAULT_TOP_INDIVIDUALS = 100;
  public static final int DEFAULT_TOP_UNITS = 30;

  public StatisticsOptions {
    checkArgument(topIndividuals >= 0, "topIndividuals must be ≥ 0: %s", topIndividuals);
    checkArgument(topUnits >= 0, "topUnits must be ≥ 0: %s", topUnits);
    checkArgument(daysWeight >= 0 && Double.isFinite(daysWeight), "daysWeight must be finite and ≥ 0: %s", daysWeight);
    checkArgument(priorityAreaWeight >= 0 && Double.isFinite(priorityAreaWeight),
        "priorityAreaWeight must be finite and ≥ 0: %s", priorityAreaWeight);
    checkArgument(ratingWeight >= 0 && Double.isFinite(ratingWeight), "ratingWeight must be finite and ≥ 0: %s",
        ratingWeight);
    checkArgument(noShowPenalty >= 0 && Double.isFinite(noShowPenalty), "noShowPenalty must be finite and ≥ 0: %s",
        noShowPenalty);
    checkArgument(maxDaysPerService >= 1, "maxDaysPerService must be ≥ 1: %s", maxDaysPerService);
    requireNonNull(priorityCounties, "priorityCounties");
    priorityCounties = priorityCounties.map(Set::copyOf);
  }

  public static StatisticsOptions defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builder with the defaults: top 100 and 30; weights 1, 1, 2; no-show penalty 5; 30 days a service. */
  public static final class Builder {
    private int topIndividuals = DEFAULT_TOP_INDIVIDUALS;
    private int topUnits = DEFAULT_TOP_UNITS;
    private double daysWeight = 1.0;
    private double priorityAreaWeight = 1.0;
    private double ratingWeight = 2.0;
    private double noShowPenalty = 5.0;
    private int maxDaysPerService = 30;
    private Optional<Set<String>> priorityCounties = Optional.empty();

    private Builder() {}

    public Builder topIndividuals(int topIndividuals) {
      this.topIndividuals = topIndividuals;
      return this;
    }

    public Builder topUnits(int topUnits) {
      this.topUnits = topUnits;
      return this;
    }

    public Builder daysWeight(double daysWeight) {
      this.daysWeight = daysWeight;
      return this;
    }

    public Builder priorityAreaWeight(double priorityAreaWeight) {
      this.priorityAreaWeight = priorityAreaWeight;
      return this;
    }

    public Builder ratingWeight(double ratingWeight) {
      this.ratingWeight = ratingWeight;
      return this;
    }

    public Builder noShowPenalty(double noShowPenalty) {
      this.noShowPenalty = noShowPenalty;
      return this;
    }

    public Builder maxDaysPerService(int maxDaysPerService) {
      this.maxDaysPerService = maxDaysPerService;
      return this;
    }

    public Builder priorityCounties(Set<String> countyCodes) {
      this.priorityCounties = Optional.of(countyCodes);
      return this;
    }

    public StatisticsOptions build() {
      return new StatisticsOptions(topIndividuals, topUnits, daysWeight, priorityAreaWeight, ratingWeight,
          noShowPenalty, maxDaysPerService, priorityCounties);
    }
  }
}
