package org.talentmatch.core.ledger;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.OptionalDouble;
import org.talentmatch.api.model.Program;

/**
 * One expert's year in the ledger. Services and days count completed services only, days inside
 * the year only.
 *
 * @param served days served, and how many of them were weekend and holiday days
 * @param priorityAreaDays days served in priority areas
 * @param noShows services the expert did not come to
 * @param programs the programs served, in {@link Program} order
 * @param counties the county codes served, ascending
 * @param meanRating mean host-unit rating over the rated completed services, if any
 * @param score the commendation score of {@link StatisticsOptions}
 */
public record ExpertYear(
    String expertId,
    int services,
    ServedDays served,
    int priorityAreaDays,
    int noShows,
    List<Program> programs,
    List<String> counties,
    OptionalDouble meanRating,
    double score) {

  public ExpertYear {
    requireNonNull(expertId, "expertId");
    requireNonNull(served, "served");
    programs = List.copyOf(programs);
    counties = List.copyOf(counties);
    requireNonNull(meanRating, "meanRating");
  }

  /** Compensatory leave (调休) earned: weekend and holiday days served on completed services. */
  public int compensatoryLeaveDays() {
    return served.restDays();
  }
}
