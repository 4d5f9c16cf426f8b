package org.talentmatch.core.solver.domain;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.optaplanner.core.api.domain.entity.PlanningEntity;
import org.optaplanner.core.api.domain.entity.PlanningPin;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import org.optaplanner.core.api.domain.valuerange.CountableValueRange;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.impl.domain.valuerange.buildin.collection.ListValueRange;
import org.optaplanner.core.api.domain.variable.PlanningVariable;
import org.talentmatch.api.model.SeatRole;
import org.talentmatch.api.plan.SlotRef;

/**
 * One position of a seat of a demand, to be held by one expert of its own candidate list or left
 * empty. The only mutable state is the planning variable {@link #expert()}.
 */
@PlanningEntity(difficultyComparatorClass = SeatSlot.Difficulty.class)
public final class SeatSlot {
  @PlanningId
  private String id;
  private SlotRef ref;
  private DemandFacts demand;
  private SeatRole role;
  private int unfilledCost;
  private List<ExpertFact> candidates;
  private Map<ExpertFact, CandidateFit> fits;
  private CandidateRange range;
  @PlanningPin
  private boolean pinned;
  /** Re-planning: who held this slot in the previous plan; null when nobody did or outside re-planning. */
  private ExpertFact previousExpert;

  @PlanningVariable(valueRangeProviderRefs = "candidates", nullable = true)
  private ExpertFact expert;

  /** For OptaPlanner's solution cloner only. */
  @SuppressWarnings("unused")
  private SeatSlot() {}

  /**
   * @param candidates the value range, best first; each must have an entry in {@code fits}
   * @param unfilledCost FORMAT.md's coverage cost of leaving this slot empty
   */
  public SeatSlot(SlotRef ref, DemandFacts demand, SeatRole role, int unfilledCost,
      List<ExpertFact> candidates, Map<ExpertFact, CandidateFit> fits) {
    this.ref = requireNonNull(ref, "ref");
    this.id = ref.toString();
    this.demand = requireNonNull(demand, "demand");
    checkArgument(ref.demandId().equals(demand.id()), "slot %s is not of demand %s", ref, demand.id());
    this.role = requireNonNull(role, "role");
    checkArgument(unfilledCost > 0, "unfilledCost must be > 0: %s", unfilledCost);
    this.unfilledCost = unfilledCost;
    this.candidates = List.copyOf(candidates);
    this.fits = Map.copyOf(fits);
    for (ExpertFact candidate : this.candidates) {
      checkArgument(this.fits.containsKey(candidate), "no fit for candidate %s of slot %s", candidate, ref);
    }
    this.range = new CandidateRange(this.candidates, this.fits);
  }

  /** A copy for {@link MatchingSolution.Cloner}: the same facts, pin, previous and current expert. */
  SeatSlot planningClone() {
    SeatSlot clone = new SeatSlot();
    clone.id = id;
    clone.ref = ref;
    clone.demand = demand;
    clone.role = role;
    clone.unfilledCost = unfilledCost;
    clone.candidates = candidates;
    clone.fits = fits;
    clone.range = range;
    clone.pinned = pinned;
    clone.previousExpert = previousExpert;
    clone.expert = expert;
    return clone;
  }

  /** Places a confirmed arrangement: the expert holds the slot and the solver may not move it. */
  public void pin(ExpertFact pinnedExpert) {
    checkArgument(candidates.contains(pinnedExpert), "expert %s is not a candidate of slot %s", pinnedExpert, ref);
    this.expert = pinnedExpert;
    this.pinned = true;
  }

  /**
   * Re-planning: starts this slot from the expert the previous plan gave it and remembers them, so
   * that the {@code keep-previous-assignment} constraint penalizes a change.
   */
  public void startFromPrevious(ExpertFact previous) {
    checkArgument(candidates.contains(previous), "expert %s is not a candidate of slot %s", previous, ref);
    this.expert = previous;
    this.previousExpert = previous;
  }

  /**
   * Planning sessions: the expert held now becomes the one the {@code keep-previous-assignment}
   * constraint protects, so that the solving after a change moves as few assignments as it can.
   */
  public void rememberCurrentAsPrevious() {
    this.previousExpert = expert;
  }

  /** Re-planning: the expert of the previous plan on this slot, if any. */
  public Optional<ExpertFact> previousExpert() {
    return Optional.ofNullable(previousExpert);
  }

  /** Re-planning: whether the previous plan had an expert here and this slot no longer holds them. */
  public boolean departsFromPrevious() {
    return previousExpert != null && previousExpert != expert;
  }

  /**
   * Planning sessions: whether {@code other} models the same slot with the same facts: demand,
   * role, cost, candidates with their fits, and pin. When it does, a problem change keeps this slot
   * as it is; the expert held is not compared.
   */
  public boolean hasSameModelAs(SeatSlot other) {
    return ref.equals(other.ref) && demand.equals(other.demand) && role == other.role
        && unfilledCost == other.unfilledCost && candidates.equals(other.candidates) && fits.equals(other.fits)
        && pinned == other.pinned && (!pinned || expert.equals(other.expert));
  }

  /** The candidate equal to {@code expert} (same id) as this slot holds it, if it is one. */
  public Optional<ExpertFact> candidate(ExpertFact expert) {
    int at = contains(expert) ? candidates.indexOf(expert) : -1;
    return at < 0 ? Optional.empty() : Optional.of(candidates.get(at));
  }

  private boolean contains(ExpertFact expert) {
    return expert != null && fits.containsKey(expert);
  }

  /** The value range, best first. */
  public List<ExpertFact> candidates() {
    return candidates;
  }

  /** The value range as OptaPlanner reads it: {@link #candidates()} with a hashed membership test. */
  @ValueRangeProvider(id = "candidates")
  public CountableValueRange<ExpertFact> candidateRange() {
    return range;
  }

  public ExpertFact expert() {
    return expert;
  }

  /** Sets the planning variable; null leaves the slot empty. */
  public void setExpert(ExpertFact expert) {
    this.expert = expert;
  }

  public boolean isPinned() {
    return pinned;
  }

  public boolean isFilled() {
    return expert != null;
  }

  /** The fit of one of this slot's candidates. */
  public CandidateFit fitOf(ExpertFact candidate) {
    CandidateFit fit = fits.get(candidate);
    checkArgument(fit != null, "expert %s is not a candidate of slot %s", candidate, ref);
    return fit;
  }

  /** The fit of the current expert; only on a filled slot. */
  public CandidateFit fit() {
    checkArgument(expert != null, "slot %s is empty", ref);
    return fits.get(expert);
  }

  public SlotRef ref() {
    return ref;
  }

  /** The planning id: {@link #ref()} as text, unique within a solution. */
  public String id() {
    return id;
  }

  public DemandFacts demand() {
    return demand;
  }

  public String demandId() {
    return demand.id();
  }

  public long startDay() {
    return demand.startDay();
  }

  public long endDay() {
    return demand.endDay();
  }

  /** The day after the demand ends, for half-open overlap joins. */
  public long exclusiveEndDay() {
    return demand.endDay() + 1;
  }

  public String region() {
    return demand.region();
  }

  public SeatRole role() {
    return role;
  }

  public int unfilledCost() {
    return unfilledCost;
  }

  @Override
  public String toString() {
    return id + (expert == null ? "=∅" : "=" + expert);
  }

  /**
   * A list value range whose {@code contains} is a hash lookup: a swap move asks it of both slots
   * before every evaluation, and a linear scan of a hundred candidates took a sixth of the solver's time
   * at province scale (JFR).
   */
  private static final class CandidateRange extends ListValueRange<ExpertFact> {
    private final Map<ExpertFact, CandidateFit> fits;

    CandidateRange(List<ExpertFact> candidates, Map<ExpertFact, CandidateFit> fits) {
      super(candidates);
      this.fits = fits;
    }

    @Override
    public boolean contains(ExpertFact value) {
      return value != null && fits.containsKey(value);
    }
  }

  /** The order of plan output: the problem's demand order, then seat, then slot. */
  public static final Comparator<SeatSlot> PLAN_ORDER = Comparator.comparingInt((SeatSlot s) -> s.demand.order())
      .thenComparingInt(s -> s.ref.seat())
      .thenComparingInt(s -> s.ref.slot());

  /**
   * Harder slots first in construction: fewer candidates (most constrained first, which keeps scarce
   * experts for the seats that need them), then costlier to leave empty, then plan order.
   */
  public static final class Difficulty implements Comparator<SeatSlot> {
    private static final Comparator<SeatSlot> ORDER = Comparator.comparingInt((SeatSlot s) -> s.candidates.size())
        .reversed()
        .thenComparingInt(SeatSlot::unfilledCost)
        .thenComparing(PLAN_ORDER.reversed());

    @Override
    public int compare(SeatSlot a, SeatSlot b) {
      return ORDER.compare(a, b);
    }
  }
}
