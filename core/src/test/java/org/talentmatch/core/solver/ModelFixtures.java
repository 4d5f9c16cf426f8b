package org.talentmatch.core.solver;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.talentmatch.api.model.Program;
import org.talentmatch.api.model.SeatRole;
import org.talentmatch.api.plan.SlotRef;
import org.talentmatch.core.solver.domain.CandidateFit;
import org.talentmatch.core.solver.domain.DemandFacts;
import org.talentmatch.core.solver.domain.ExpertFact;
import org.talentmatch.core.solver.domain.PastService;
import org.talentmatch.core.solver.domain.SeatSlot;

/** Hand-made planning facts for constraint tests; days are counted from 2027-01-01. */
final class ModelFixtures {
  static final int COOLDOWN_DAYS = 30;
  private static final long DAY_ZERO = LocalDate.of(2027, 1, 1).toEpochDay();

  private ModelFixtures() {}

  static long day(int offset) {
    return DAY_ZERO + offset;
  }

  static ExpertFact expert(String id) {
    return new ExpertFact(id, 3, COOLDOWN_DAYS, false, List.of());
  }

  static ExpertFact expertWithCap(String id, int cap) {
    return new ExpertFact(id, cap, COOLDOWN_DAYS, false, List.of());
  }

  static ExpertFact huicaiCardHolder(String id) {
    return new ExpertFact(id, 3, COOLDOWN_DAYS, true, List.of());
  }

  static ExpertFact expertWithHistory(String id, PastService... history) {
    return new ExpertFact(id, 3, COOLDOWN_DAYS, false, List.of(history));
  }

  static PastService past(String hostUnit, int startOffset, int endOffset) {
    return new PastService(hostUnit, day(startOffset), day(endOffset));
  }

  /** An EXPERT_SERVICE demand of priority 3 outside priority areas, in 寿光 (370783). */
  static DemandFacts demand(String id, int startOffset, int endOffset) {
    return new DemandFacts(id, 0, Program.EXPERT_SERVICE, day(startOffset), day(endOffset), 3, false, "370783",
        "合作社 " + id);
  }

  static DemandFacts demandIn(String id, String region) {
    return new DemandFacts(id, 0, Program.EXPERT_SERVICE, day(0), day(2), 3, false, region, "合作社 " + id);
  }

  static DemandFacts priorityAreaDemand(String id) {
    return new DemandFacts(id, 0, Program.EXPERT_SERVICE, day(0), day(2), 3, true, "370783", "合作社 " + id);
  }

  static DemandFacts commissionerDemand(String id, String hostUnit) {
    return new DemandFacts(id, 0, Program.SCI_TECH_COMMISSIONER, day(0), day(364), 3, false, "370783", hostUnit);
  }

  /** A MEMBER slot of seat 0 costing 3 when empty, held by {@code expert} (null: empty). */
  static SeatSlot slot(DemandFacts demand, int slotIndex, ExpertFact expert) {
    return slot(demand, slotIndex, 3, expert, 0.5, 0.0);
  }

  /** A slot pinned to an expert search did not propose: its relevance is unknown. */
  static SeatSlot pinnedWithUnknownRelevance(DemandFacts demand, int slotIndex, ExpertFact expert) {
    Map<ExpertFact, CandidateFit> fits = Map.of(expert, new CandidateFit(OptionalDouble.empty(), 0.0, List.of()));
    SeatSlot slot = new SeatSlot(new SlotRef(demand.id(), 0, slotIndex), demand, SeatRole.MEMBER, 3,
        List.of(expert), fits);
    slot.pin(expert);
    return slot;
  }

  static SeatSlot slot(DemandFacts demand, int slotIndex, int unfilledCost, ExpertFact expert, double relevance,
      double distanceKm) {
    Map<ExpertFact, CandidateFit> fits = expert == null
        ? Map.of()
        : Map.of(expert, new CandidateFit(OptionalDouble.of(relevance), distanceKm, List.of("技能匹配：设施蔬菜")));
    SeatSlot slot = new SeatSlot(new SlotRef(demand.id(), 0, slotIndex), demand, SeatRole.MEMBER, unfilledCost,
        List.copyOf(fits.keySet()), fits);
    slot.setExpert(expert);
    return slot;
  }
}
