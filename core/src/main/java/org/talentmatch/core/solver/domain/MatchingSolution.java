package org.talentmatch.core.solver.domain;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.optaplanner.core.api.domain.constraintweight.ConstraintConfigurationProvider;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.domain.solution.cloner.SolutionCloner;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * The planning problem as OptaPlanner sees it. Hard: FORMAT.md rules 4–6 (the static rules are in
 * the value ranges); medium: minus the coverage cost of the empty slots; soft: the weighted goals.
 */
@PlanningSolution(solutionCloner = MatchingSolution.Cloner.class)
public final class MatchingSolution {
  @ProblemFactCollectionProperty
  private List<ExpertFact> experts;
  @PlanningEntityCollectionProperty
  private List<SeatSlot> slots;
  @ConstraintConfigurationProvider
  private MatchingConstraintConfiguration configuration;
  @PlanningScore
  private HardMediumSoftLongScore score;
  /**
   * Planning sessions: how many problem changes this solution has been through, so that a best
   * solution can be matched with the problem it solves. Not a fact the rules read; the cloner copies it.
   */
  private long revision;

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

  public long revision() {
    return revision;
  }

  /**
   * Planning sessions, inside a {@code ProblemChange} only: the following mutators keep OptaPlanner's
   * working solution in step with the changed problem. Each replaces the list, so that no list handed
   * out earlier changes under its reader.
   */
  public void advanceRevision(long next) {
    checkArgument(next > revision, "revision %s does not follow %s", next, revision);
    this.revision = next;
  }

  /** See {@link #advanceRevision}: a new expert joins the problem facts. */
  public void addExpert(ExpertFact expert) {
    experts = appended(experts, requireNonNull(expert, "expert"));
  }

  /** See {@link #advanceRevision}: a new slot joins the planning entities. */
  public void addSlot(SeatSlot slot) {
    slots = appended(slots, requireNonNull(slot, "slot"));
  }

  /** See {@link #advanceRevision}: a slot leaves the planning entities (compared by identity). */
  public void removeSlot(SeatSlot slot) {
    List<SeatSlot> kept = new ArrayList<>(slots.size());
    slots.stream().filter(s -> s != slot).forEach(kept::add);
    checkArgument(kept.size() == slots.size() - 1, "slot %s is not in the solution", slot);
    slots = List.copyOf(kept);
  }

  private static <T> List<T> appended(List<T> list, T element) {
    List<T> longer = new ArrayList<>(list.size() + 1);
    longer.addAll(list);
    longer.add(element);
    return List.copyOf(longer);
  }

  /**
   * Clones a solution for OptaPlanner without reflection: new slots (the planning entities), the same
   * immutable expert list, configuration and score. Local search clones the solution at every new best,
   * which at province scale is often; the reflective cloner spent about a millisecond on each (JFR).
   */
  public static final class Cloner implements SolutionCloner<MatchingSolution> {
    @Override
    public MatchingSolution cloneSolution(MatchingSolution original) {
      MatchingSolution clone = new MatchingSolution();
      clone.experts = original.experts;
      clone.slots = original.slots.stream().map(SeatSlot::planningClone).toList();
      clone.configuration = original.configuration;
      clone.score = original.score;
      clone.revision = original.revision;
      return clone;
    }
  }

  public long filledCount() {
    return slots.stream().filter(SeatSlot::isFilled).count();
  }
}
