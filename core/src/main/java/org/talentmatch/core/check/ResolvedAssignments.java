package org.talentmatch.core.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.Expert;
import org.talentmatch.api.model.Problem;
import org.talentmatch.api.plan.Assignment;
import org.talentmatch.api.plan.SlotRef;

/**
 * A plan's assignments looked up in the problem. Only assignments that name a known demand, seat,
 * slot and expert, and the first assignment of each slot, are kept for rule checks and metrics;
 * every other one is reported as an inconsistency.
 */
final class ResolvedAssignments {

  /** An assignment with the demand and expert it names. */
  record Placed(Assignment assignment, Demand demand, Expert expert) {
    SlotRef slot() {
      return assignment.slotRef();
    }
  }

  private final Map<String, Demand> demands;
  private final Map<String, Expert> experts;
  private final List<Placed> placed = new ArrayList<>();
  private final Map<SlotRef, Placed> bySlot = new HashMap<>();
  private final List<String> inconsistencies = new ArrayList<>();

  private ResolvedAssignments(Problem problem) {
    demands = new HashMap<>();
    problem.demands().forEach(d -> demands.putIfAbsent(d.id(), d));
    experts = new HashMap<>();
    problem.experts().forEach(e -> experts.putIfAbsent(e.id(), e));
  }

  static ResolvedAssignments resolve(Problem problem, List<Assignment> assignments) {
    ResolvedAssignments resolved = new ResolvedAssignments(problem);
    for (Assignment assignment : assignments) {
      resolved.add(assignment);
    }
    return resolved;
  }

  private void add(Assignment a) {
    String label = "assignment " + a.slotRef() + " -> " + a.expertId();
    Optional<String> unknown = unknownSlot(a.slotRef());
    if (unknown.isPresent()) {
      inconsistencies.add(label + " names " + unknown.get());
      return;
    }
    Expert expert = experts.get(a.expertId());
    if (expert == null) {
      inconsistencies.add(label + " names unknown expert " + a.expertId());
      return;
    }
    Placed earlier = bySlot.get(a.slotRef());
    if (earlier != null) {
      inconsistencies.add("slot " + a.slotRef() + " is assigned twice: to " + earlier.expert().id() + " and to " + a.expertId()
          + "; only the first is checked");
      return;
    }
    Placed p = new Placed(a, demands.get(a.demandId()), expert);
    placed.add(p);
    bySlot.put(a.slotRef(), p);
  }

  /** Why {@code slot} does not exist in the problem, or empty when it does. */
  Optional<String> unknownSlot(SlotRef slot) {
    Demand demand = demands.get(slot.demandId());
    if (demand == null) {
      return Optional.of("unknown demand " + slot.demandId());
    }
    if (slot.seat() >= demand.seats().size()) {
      return Optional.of("seat " + slot.seat() + " but demand " + demand.id() + " has " + demand.seats().size() + " seats");
    }
    int count = demand.seats().get(slot.seat()).count();
    if (slot.slot() >= count) {
      return Optional.of("slot " + slot.slot() + " but seat " + slot.seat() + " of " + demand.id() + " has " + count + " slots");
    }
    return Optional.empty();
  }

  Optional<Demand> demand(String id) {
    return Optional.ofNullable(demands.get(id));
  }

  Optional<Expert> expert(String id) {
    return Optional.ofNullable(experts.get(id));
  }

  /** The valid assignments in plan order. */
  List<Placed> placed() {
    return placed;
  }

  Optional<Placed> at(SlotRef slot) {
    return Optional.ofNullable(bySlot.get(slot));
  }

  List<String> inconsistencies() {
    return inconsistencies;
  }
}
