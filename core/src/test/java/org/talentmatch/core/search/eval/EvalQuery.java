package org.talentmatch.core.search.eval;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.talentmatch.api.model.DateRange;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.HostUnit;
import org.talentmatch.api.model.HostUnitType;
import org.talentmatch.api.model.Program;
import org.talentmatch.api.model.Seat;
import org.talentmatch.api.model.SeatRole;
import org.talentmatch.api.model.Title;
import org.talentmatch.core.region.County;
import org.talentmatch.core.region.ShandongRegions;

/**
 * One seat query of the evaluation set: a demand's title and description and one seat's skills.
 *
 * @param concept the id of the concept in {@code concepts.txt} the query was written for
 */
public record EvalQuery(
    String id,
    String concept,
    Program program,
    String title,
    String description,
    List<String> skills,
    Optional<Title> minTitle) {

  /** Every query is a demand in 历下区, Jinan; no travel limit applies, so the place only breaks ties. */
  static final String DEMAND_REGION = "370102";
  /** A fixed date range that no expert of the set is unavailable on. */
  static final DateRange DEMAND_DATES = DateRange.of("2027-06-01", "2027-06-03");

  public EvalQuery {
    requireNonNull(id, "id");
    requireNonNull(concept, "concept");
    requireNonNull(program, "program");
    requireNonNull(title, "title");
    requireNonNull(description, "description");
    skills = List.copyOf(skills);
    checkArgument(!skills.isEmpty(), "query %s has no skills", id);
    requireNonNull(minTitle, "minTitle");
  }

  /** The query as a one-seat demand, seat 0. */
  public Demand toDemand() {
    County county = ShandongRegions.get().county(DEMAND_REGION).orElseThrow();
    Seat seat = new Seat(SeatRole.MEMBER, 1, skills, minTitle, Optional.empty());
    return Demand.builder(id)
        .program(program)
        .title(title)
        .description(description)
        .hostUnit(HostUnit.of("评测需求单位" + id, HostUnitType.OTHER))
        .location(county.location())
        .dates(DEMAND_DATES)
        .addSeat(seat)
        .build();
  }
}
