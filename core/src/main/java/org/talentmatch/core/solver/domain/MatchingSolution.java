package org.talentmatch.core.solver.domain;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.optaplanner.core.api.domain.constraintweight.ConstraintConfigurationProvider;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * The planning problem as OptaPlanner sees it. Hard: FORMAT.md rules 4–6 (the static rules are in
 * the value ranges); medium: minus the coverage cost of the empty slots; soft: the weighted goals.
 */
@PlanningSolution
public final class MatchingSolution {
  @ProblemFactCollectionProperty
  private List<ExpertFact> experts;
  @PlanningEntityCollectionProperty
  private List<SeatSlot> slots;
  @ConstraintConfigurationProvider
  private MatchingConstraintConfiguration configuration;
  @PlanningScore
  private HardMediumSoftLongScore score;

  /** For OptaPlanner's solution cloner only. */
  @SuppressWarnings("unused")
  private MatchingSolution() {}

  public MatchingSolution(List<ExpertFact> experts, List<SeatSlot> slots, MatchingConstraintConfiguration configuration) {
    this.experts = List.copyOf(experts);
    this.slots = List.copyOf(slots);
    this.configuration = requireNonNull(configuration, "configuration");
  }

  public List<ExpertFact> experts() {
    return experts;
  }

  public List<SeatSlot> slots() {
    return slots;
  }

  public MatchingConstraintConfiguration configuration() {
    return configuration;
  }

  /** Null until OptaPlanner has calculated it. */
  public HardMediumSoftLongScore score() {
    return score;
  }

  public long filledCount() {
    return slots.stream().filter(SeatSlot::isFilled).count();
  }
}
