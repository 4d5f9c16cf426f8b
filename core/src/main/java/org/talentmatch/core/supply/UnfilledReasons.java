package org.talentmatch.core.supply;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.Expert;
import org.talentmatch.api.model.Policy;
import org.talentmatch.api.model.Problem;
import org.talentmatch.api.plan.Assignment;
import org.talentmatch.api.plan.SeatShortage;
import org.talentmatch.api.plan.SlotRef;
import org.talentmatch.api.plan.SupplyReport;
import org.talentmatch.api.plan.UnfilledSlot;
import org.talentmatch.api.search.Candidate;
import org.talentmatch.core.search.CandidateTable;
import org.talentmatch.core.search.SeatKey;

/**
 * Says why a slot of a plan is empty. A seat without any candidate gets the supply check's reason;
 * otherwise every candidate of the seat is accounted for against the plan's assignments: already in
 * another slot of the same demand, serving elsewhere on overlapping dates, at their cap, or still
 * free (then the plan could have filled the slot, and the reason says so). Build one per plan.
 */
public final class UnfilledReasons {
  private final Map<String, Demand> demands = new HashMap<>();
  private final Map<String, Expert> experts = new HashMap<>();
  private final CandidateTable candidates;
  private final Map<SeatKey, SeatShortage> shortages = new HashMap<>();
  private final Map<String, List<Demand>> servedBy = new HashMap<>();
  private final Policy policy;

  private UnfilledReasons(Problem problem, CandidateTable candidates, SupplyReport report, List<Assignment> assignments) {
    problem.demands().forEach(d -> demands.putIfAbsent(d.id(), d));
    problem.experts().forEach(e -> experts.putIfAbsent(e.id(), e));
    this.candidates = candidates;
    report.shortages().forEach(s -> shortages.putIfAbsent(new SeatKey(s.demandId(), s.seat()), s));
    for (Assignment a : assignments) {
      Demand demand = demands.get(a.demandId());
      checkArgument(demand != null, "assignment %s names unknown demand %s", a.slotRef(), a.demandId());
      servedBy.computeIfAbsent(a.expertId(), id -> new ArrayList<>()).add(demand);
    }
    this.policy = problem.policy();
  }

  /**
   * @param report the supply check of the same problem and candidate table
   * @param assignments the plan's assignments
   */
  public static UnfilledReasons of(Problem problem, CandidateTable candidates, SupplyReport report,
      List<Assignment> assignments) {
    requireNonNull(problem, "problem");
    requireNonNull(candidates, "candidates");
    requireNonNull(report, "report");
    requireNonNull(assignments, "assignments");
    return new UnfilledReasons(problem, candidates, report, assignments);
  }

  /** Why {@code slot}, which the plan leaves empty, is empty. */
  public UnfilledSlot reasonFor(SlotRef slot) {
    requireNonNull(slot, "slot");
    Demand demand = demands.get(slot.demandId());
    checkArgument(demand != null, "unknown demand %s", slot.demandId());
    checkArgument(slot.seat() < demand.seats().size() && slot.slot() < demand.seats().get(slot.seat()).count(),
        "slot %s does not exist in demand %s", slot, demand.id());
    SeatShortage shortage = shortages.get(new SeatKey(slot.demandId(), slot.seat()));
    Words reason = shortage != null
        ? new Words(shortage.reason(), shortage.reasonEn())
        : candidatesTaken(demand, candidates.candidates(demand.id(), slot.seat()));
    return new UnfilledSlot(slot.demandId(), slot.seat(), slot.slot(), reason.zh(), reason.en());
  }

  private Words candidatesTaken(Demand demand, List<Candidate> seatCandidates) {
    checkArgument(!seatCandidates.isEmpty(),
        "seat of %s has no candidate but the supply report does not list it: report and table differ", demand.id());
    int sameDemand = 0;
    int overlapping = 0;
    int atCap = 0;
    for (Candidate candidate : seatCandidates) {
      Expert expert = experts.get(candidate.expertId());
      checkArgument(expert != null, "candidate %s of %s is not an expert of the problem", candidate.expertId(), demand.id());
      List<Demand> served = servedBy.getOrDefault(expert.id(), List.of());
      if (served.stream().anyMatch(d -> d.id().equals(demand.id()))) {
        sameDemand++;
      } else if (served.stream().anyMatch(d -> d.dates().overlaps(demand.dates()))) {
        overlapping++;
      } else if (served.size() >= expert.capUnder(policy)) {
        atCap++;
      }
    }
    int total = seatCandidates.size();
    int free = total - sameDemand - overlapping - atCap;
    if (free > 0) {
      return new Words(
          total + " 位候选人中有 " + free + " 位仍可安排，但本方案未安排（求解时间可能不足）",
          free + " of the " + total + " candidates were still free but the plan leaves the slot empty"
              + " (the solver may have had too little time)");
    }
    List<String> zh = new ArrayList<>();
    List<String> en = new ArrayList<>();
    if (sameDemand > 0) {
      zh.add(sameDemand + " 位已在本需求的其他席位");
      en.add(sameDemand + " hold another slot of this demand");
    }
    if (overlapping > 0) {
      zh.add(overlapping + " 位在日期重叠的其他任务中");
      en.add(overlapping + " serve elsewhere on overlapping dates");
    }
    if (atCap > 0) {
      zh.add(atCap + " 位已达任务上限");
      en.add(atCap + " are at their assignment cap");
    }
    return new Words(
        "全部 " + total + " 位候选人均已安排：" + String.join("，", zh),
        "all " + total + " candidates are taken: " + String.join(", ", en));
  }
}
