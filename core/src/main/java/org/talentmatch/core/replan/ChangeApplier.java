package org.talentmatch.core.replan;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.talentmatch.api.InvalidProblemException;
import org.talentmatch.api.ValidationError;
import org.talentmatch.api.change.Exclusion;
import org.talentmatch.api.change.PlanChange;
import org.talentmatch.api.change.ReleasedPin;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.Expert;
import org.talentmatch.api.model.Pin;
import org.talentmatch.api.model.Problem;
import org.talentmatch.api.plan.Assignment;
import org.talentmatch.api.plan.Plan;
import org.talentmatch.api.plan.SlotRef;
import org.talentmatch.core.rules.Eligibility;
import org.talentmatch.core.validate.ProblemValidator;

/**
 * Applies changes in order to a valid problem and its valid plan (FORMAT.md "Changes file"). Each
 * change may refer only to what exists once the earlier ones are applied; one that does not is an
 * input error at {@code $.changes[i].field}, and every such error of the list is reported at once.
 *
 * <p>Confirmed arrangements stay pinned unless a change invalidates them: a decline of that very
 * arrangement, its demand cancelled, or new dates (of the expert or the demand) that the expert can
 * no longer serve on. Each release is reported with the change that caused it.
 *
 * <p>Not thread-safe; one instance applies one list. The synchronous re-plan and a solving session's
 * problem changes can share it: {@link #apply(PlanChange)} takes one change at a time.
 */
public final class ChangeApplier {
  private final Problem original;
  private final Map<String, Expert> experts = new LinkedHashMap<>();
  private final Map<String, Demand> demands = new LinkedHashMap<>();
  private final List<Pin> pins;
  private final Map<SlotRef, Assignment> standing = new LinkedHashMap<>();
  private final List<Assignment> declined = new ArrayList<>();
  private final Set<Exclusion> exclusions = new LinkedHashSet<>();
  private final List<ReleasedPin> released = new ArrayList<>();
  private final List<ValidationError> errors = new ArrayList<>();
  private int index;

  /** Starts from a problem and its plan, both already valid. */
  public ChangeApplier(Problem problem, Plan plan) {
    this.original = requireNonNull(problem, "problem");
    problem.experts().forEach(e -> experts.put(e.id(), e));
    problem.demands().forEach(d -> demands.put(d.id(), d));
    this.pins = new ArrayList<>(problem.pinned());
    requireNonNull(plan, "plan").assignments().forEach(a -> standing.put(a.slotRef(), a));
  }

  /**
   * Applies every change, then checks the changed problem.
   *
   * @throws InvalidProblemException naming {@code $.changes[i]…} for each change that refers to
   *     something missing, and {@code $.changes} for a changed problem that breaks a rule
   */
  public static AppliedChanges apply(Problem problem, Plan plan, List<PlanChange> changes)
      throws InvalidProblemException {
    ChangeApplier applier = new ChangeApplier(problem, plan);
    changes.forEach(applier::apply);
    return applier.result();
  }

  /** Applies the next change; a change that refers to something missing is recorded as an error and skipped. */
  public void apply(PlanChange change) {
    String path = "$.changes[" + index + "]";
    requireNonNull(change, "change");
    // Java 17 has no pattern switch: instanceof over the sealed hierarchy, every permitted type once.
    if (change instanceof PlanChange.Confirm c) {
      confirm(path, c);
    } else if (change instanceof PlanChange.Decline d) {
      decline(path, d);
    } else if (change instanceof PlanChange.Unavailable u) {
      unavailable(path, u);
    } else if (change instanceof PlanChange.CancelDemand c) {
      cancel(path, c);
    } else if (change instanceof PlanChange.MoveDemand m) {
      move(path, m);
    } else if (change instanceof PlanChange.AddDemand a) {
      addDemand(path, a.demand());
    } else if (change instanceof PlanChange.AddExpert a) {
      addExpert(path, a.expert());
    }
    index++;
  }

  /** The changed problem and plan. */
  public AppliedChanges result() throws InvalidProblemException {
    Problem changed = original.toBuilder().experts(experts.values()).demands(demands.values()).pinned(pins).build();
    List<ValidationError> all = new ArrayList<>(errors);
    if (errors.isEmpty()) {
      ProblemValidator.validate(changed).forEach(e -> all.add(
          new ValidationError("$.changes", "the changed problem is invalid at " + e.path() + ": " + e.message())));
    }
    if (!all.isEmpty()) {
      throw new InvalidProblemException(all);
    }
    return new AppliedChanges(changed, List.copyOf(standing.values()), declined, exclusions, released);
  }

  private void confirm(String path, PlanChange.Confirm change) {
    Optional<Assignment> assignment = assignment(path, change.slot(), change.expertId());
    if (assignment.isEmpty()) {
      return;
    }
    Pin pin = new Pin(change.slot().demandId(), change.slot().seat(), change.expertId());
    if (pins.contains(pin)) {
      return;
    }
    Demand demand = demands.get(pin.demandId());
    var broken = Eligibility.violations(experts.get(pin.expertId()), demand, pin.seat(), original.policy());
    if (!broken.isEmpty()) {
      errors.add(new ValidationError(path, "cannot confirm " + change.expertId() + " on " + change.slot()
          + ": the arrangement now breaks " + broken));
      return;
    }
    pins.add(pin);
  }

  /**
   * A decline excludes the expert from the demand whether or not the plan still holds that slot
   * for them, so that a changes file kept for a whole period can be replayed against the original
   * problem and the latest plan: earlier declines stay in force (FORMAT.md: "for good").
   */
  private void decline(String path, PlanChange.Decline change) {
    if (!refersToExisting(path, change.slot(), change.expertId())) {
      return;
    }
    held(change.slot(), change.expertId()).ifPresent(assignment -> {
      standing.remove(change.slot());
      declined.add(assignment);
    });
    exclusions.add(new Exclusion(change.slot().demandId(), change.expertId()));
    releasePins(pin -> pin.equals(new Pin(change.slot().demandId(), change.slot().seat(), change.expertId())),
        "专家谢绝了已确认的安排", "the expert declined the confirmed arrangement");
  }

  private void unavailable(String path, PlanChange.Unavailable change) {
    Expert expert = experts.get(change.expertId());
    if (expert == null) {
      errors.add(new ValidationError(path + ".expertId", "no expert \"" + change.expertId() + "\""));
      return;
    }
    experts.put(expert.id(), expert.toBuilder().addUnavailable(change.dates()).build());
    releasePins(pin -> pin.expertId().equals(expert.id()) && demands.get(pin.demandId()).dates().overlaps(change.dates()),
        "专家在 " + change.dates() + " 无法服务", "the expert is unavailable on " + change.dates());
  }

  private void cancel(String path, PlanChange.CancelDemand change) {
    String demandId = change.demandId();
    if (demands.remove(demandId) == null) {
      errors.add(new ValidationError(path + ".demandId", "no demand \"" + demandId + "\""));
      return;
    }
    standing.keySet().removeIf(ref -> ref.demandId().equals(demandId));
    releasePins(pin -> pin.demandId().equals(demandId), "需求已取消", "the demand was cancelled");
  }

  private void move(String path, PlanChange.MoveDemand change) {
    Demand demand = demands.get(change.demandId());
    if (demand == null) {
      errors.add(new ValidationError(path + ".demandId", "no demand \"" + change.demandId() + "\""));
      return;
    }
    if (!original.period().contains(change.dates().start())) {
      errors.add(new ValidationError(path + ".start", "must lie within the period " + original.period()));
      return;
    }
    Demand moved = demand.toBuilder().dates(change.dates()).build();
    demands.put(moved.id(), moved);
    releasePins(pin -> pin.demandId().equals(moved.id()) && !canStillServe(pin, moved),
        "需求改期至 " + change.dates() + "，专家无法服务", "the demand moved to " + change.dates()
            + " and the expert cannot serve then");
  }

  /** Whether a pinned expert is free on the moved demand's dates: available, and no other pin overlaps. */
  private boolean canStillServe(Pin pin, Demand moved) {
    Expert expert = experts.get(pin.expertId());
    return expert.isAvailable(moved.dates()) && pins.stream().noneMatch(other -> other.expertId().equals(expert.id())
        && !other.demandId().equals(moved.id()) && demands.get(other.demandId()).dates().overlaps(moved.dates()));
  }

  private void addDemand(String path, Demand demand) {
    if (demands.putIfAbsent(demand.id(), demand) != null) {
      errors.add(new ValidationError(path + ".demand.id", "duplicate demand id \"" + demand.id() + "\""));
    }
  }

  private void addExpert(String path, Expert expert) {
    if (experts.putIfAbsent(expert.id(), expert) != null) {
      errors.add(new ValidationError(path + ".expert.id", "duplicate expert id \"" + expert.id() + "\""));
    }
  }

  /** The standing assignment the change names, or empty after recording which part of it is missing. */
  /** The assignment the plan holds on {@code slot} for {@code expertId}; an input error when there is none. */
  private Optional<Assignment> assignment(String path, SlotRef slot, String expertId) {
    if (!refersToExisting(path, slot, expertId)) {
      return Optional.empty();
    }
    Optional<Assignment> held = held(slot, expertId);
    if (held.isEmpty()) {
      errors.add(new ValidationError(path + ".expertId", "the plan does not assign " + expertId + " to " + slot));
    }
    return held;
  }

  /** Whether the demand, seat, slot and expert exist; an input error naming the first that does not. */
  private boolean refersToExisting(String path, SlotRef slot, String expertId) {
    Demand demand = demands.get(slot.demandId());
    if (demand == null) {
      errors.add(new ValidationError(path + ".demandId", "no demand \"" + slot.demandId() + "\""));
    } else if (slot.seat() >= demand.seats().size()) {
      errors.add(new ValidationError(path + ".seat", "demand " + demand.id() + " has no seat " + slot.seat()));
    } else if (slot.slot() >= demand.seats().get(slot.seat()).count()) {
      errors.add(new ValidationError(path + ".slot", "seat " + slot.seat() + " of demand " + demand.id()
          + " has no slot " + slot.slot()));
    } else if (!experts.containsKey(expertId)) {
      errors.add(new ValidationError(path + ".expertId", "no expert \"" + expertId + "\""));
    } else {
      return true;
    }
    return false;
  }

  private Optional<Assignment> held(SlotRef slot, String expertId) {
    Assignment assignment = standing.get(slot);
    return assignment != null && assignment.expertId().equals(expertId) ? Optional.of(assignment) : Optional.empty();
  }

  private void releasePins(Predicate<Pin> invalidated, String reason, String reasonEn) {
    for (Iterator<Pin> it = pins.iterator(); it.hasNext(); ) {
      Pin pin = it.next();
      if (invalidated.test(pin)) {
        it.remove();
        released.add(new ReleasedPin(pin, index, reason, reasonEn));
      }
    }
  }
}
