package org.talentmatch.core.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalDouble;
import java.util.Set;
import org.talentmatch.api.model.DateRange;
import org.talentmatch.api.model.Degree;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.Expert;
import org.talentmatch.api.model.GeoLocation;
import org.talentmatch.api.model.HostUnit;
import org.talentmatch.api.model.HostUnitType;
import org.talentmatch.api.model.Problem;
import org.talentmatch.api.model.Program;
import org.talentmatch.api.model.Seat;
import org.talentmatch.api.model.SeatRole;
import org.talentmatch.api.model.Title;
import org.talentmatch.api.plan.Assignment;
import org.talentmatch.api.plan.Plan;
import org.talentmatch.api.plan.PlanScore;
import org.talentmatch.api.plan.SlotRef;
import org.talentmatch.api.plan.UnfilledSlot;
import org.talentmatch.core.rules.Geo;

/** Small problems and self-consistent plans for the checker and supply tests. */
public final class TestProblems {
  public static final DateRange PERIOD = DateRange.of("2027-01-01", "2027-12-31");
  /** 济南市历下区. */
  public static final GeoLocation JINAN = new GeoLocation("370102", 36.67, 117.08);
  /** 淄博市淄川区, about 80 km from Jinan. */
  public static final GeoLocation ZIBO = new GeoLocation("370302", 36.64, 117.97);
  /** 潍坊市寿光市, about 150 km from Jinan. */
  public static final GeoLocation SHOUGUANG = new GeoLocation("370783", 36.88, 118.73);
  /** 聊城市东昌府区, about 250 km from Shouguang. */
  public static final GeoLocation LIAOCHENG = new GeoLocation("371502", 36.45, 115.98);
  public static final String UNIVERSITY = "山东农业大学";

  private TestProblems() {}

  /** A senior doctor of 山东农业大学 in Jinan, in EXPERT_SERVICE, skilled in 设施蔬菜. */
  public static Expert.Builder expert(String id) {
    return Expert.builder(id)
        .name("专家" + id)
        .institution(UNIVERSITY)
        .title(Title.SENIOR)
        .degree(Degree.DOCTORATE)
        .programs(Program.EXPERT_SERVICE)
        .skills("设施蔬菜")
        .location(JINAN);
  }

  /** An EXPERT_SERVICE demand in Shouguang, 2027-04-10..12, priority 3, one LEAD seat for 设施蔬菜. */
  public static Demand.Builder demand(String id) {
    return Demand.builder(id)
        .program(Program.EXPERT_SERVICE)
        .title("设施蔬菜连作障碍治理")
        .hostUnit(HostUnit.of("某蔬菜专业合作社", HostUnitType.COOPERATIVE))
        .location(SHOUGUANG)
        .dates("2027-04-10", "2027-04-12")
        .addSeat(Seat.of(SeatRole.LEAD, 1, "设施蔬菜"));
  }

  public static Problem.Builder problem() {
    return Problem.builder(PERIOD);
  }

  /** A non-pinned assignment with relevance 0.8 and the true distance. */
  public static Assignment assign(Problem problem, String demandId, int seat, int slot, String expertId) {
    return assign(problem, demandId, seat, slot, expertId, OptionalDouble.of(0.8), false);
  }

  public static Assignment assign(Problem problem, String demandId, int seat, int slot, String expertId,
      OptionalDouble relevance, boolean pinned) {
    double km = problem.demands().stream().filter(d -> d.id().equals(demandId)).findFirst()
        .flatMap(d -> problem.experts().stream().filter(e -> e.id().equals(expertId)).findFirst()
            .map(e -> Geo.haversineKm(e.location(), d.location())))
        .orElse(0.0);
    return new Assignment(demandId, seat, slot, expertId, relevance, km, pinned, List.of());
  }

  /**
   * A plan that agrees with itself: every other slot listed unfilled, the medium score and metrics
   * as FORMAT.md defines them, and {@code hard} 0.
   */
  public static Plan plan(Problem problem, Assignment... assignments) {
    return plan(problem, 0, List.of(assignments));
  }

  public static Plan plan(Problem problem, long hard, List<Assignment> assignments) {
    Set<SlotRef> filled = new HashSet<>();
    assignments.forEach(a -> filled.add(a.slotRef()));
    List<UnfilledSlot> unfilled = new ArrayList<>();
    long medium = 0;
    for (Demand d : problem.demands()) {
      for (int seat = 0; seat < d.seats().size(); seat++) {
        for (int slot = 0; slot < d.seats().get(seat).count(); slot++) {
          if (!filled.contains(new SlotRef(d.id(), seat, slot))) {
            unfilled.add(new UnfilledSlot(d.id(), seat, slot, "测试", "test"));
            medium -= d.unfilledCost(seat);
          }
        }
      }
    }
    return new Plan(new PlanScore(hard, medium, 0), assignments, unfilled, PlanChecker.metrics(problem, assignments));
  }
}
