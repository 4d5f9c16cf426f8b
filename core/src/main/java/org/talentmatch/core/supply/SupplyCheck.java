package org.talentmatch.core.supply;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.talentmatch.api.model.Degree;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.Expert;
import org.talentmatch.api.model.GeoLocation;
import org.talentmatch.api.model.Policy;
import org.talentmatch.api.model.Problem;
import org.talentmatch.api.model.Program;
import org.talentmatch.api.model.Seat;
import org.talentmatch.api.model.Title;
import org.talentmatch.api.plan.SeatShortage;
import org.talentmatch.api.plan.SupplyReport;
import org.talentmatch.api.plan.SupplyShortfall;
import org.talentmatch.core.check.PlanChecker;
import org.talentmatch.core.region.ShandongRegions;
import org.talentmatch.core.rules.Eligibility;
import org.talentmatch.core.search.CandidateTable;

/**
 * The supply check made before solving: every seat whose candidate list is empty, with the reason in
 * words a programme officer can act on, and supply against demand by program and city.
 *
 * <p>The reason comes from applying the static hard filters one after another to all experts of the
 * problem, in the order program → title/degree → distance → availability → conflict of interest →
 * skill match, and naming the first one that leaves nobody. Experts are grouped by program once,
 * and the experts meeting each (program, minTitle, minDegree) requirement once, so a short seat costs
 * one distance test per expert location plus the experts with unavailable ranges; seats are
 * diagnosed in parallel.
 */
public final class SupplyCheck {
  private SupplyCheck() {}

  /** {@link #check(Problem, CandidateTable, double)} with the engine's default relevance floor. */
  public static SupplyReport check(Problem problem, CandidateTable candidates) {
    return check(problem, candidates, PlanChecker.DEFAULT_MIN_RELEVANCE);
  }

  /**
   * @param defaultMinRelevance the relevance floor named in skill-match reasons where the policy
   *     leaves it out
   */
  public static SupplyReport check(Problem problem, CandidateTable candidates, double defaultMinRelevance) {
    requireNonNull(problem, "problem");
    requireNonNull(candidates, "candidates");
    checkArgument(defaultMinRelevance >= 0 && defaultMinRelevance <= 1,
        "defaultMinRelevance must be in [0, 1]: %s", defaultMinRelevance);
    List<ShortSeat> shortSeats = new ArrayList<>();
    for (Demand demand : problem.demands()) {
      for (int seat = 0; seat < demand.seats().size(); seat++) {
        if (candidates.candidates(demand.id(), seat).isEmpty()) {
          shortSeats.add(new ShortSeat(demand, seat));
        }
      }
    }
    Diagnosis diagnosis = new Diagnosis(problem, problem.policy().minRelevanceOr(defaultMinRelevance));
    List<SeatShortage> shortages = shortSeats.parallelStream().map(diagnosis::shortage).toList();
    return new SupplyReport(shortages, shortfalls(problem.demands(), shortSeats));
  }

  private record ShortSeat(Demand demand, int seat) {
    int slots() {
      return demand.seats().get(seat).count();
    }
  }

  /** Slots demanded and slots without candidate per program and city, most slots without candidate first. */
  private static List<SupplyShortfall> shortfalls(List<Demand> demands, List<ShortSeat> shortSeats) {
    record Cell(Program program, String cityCode) {
      static Cell of(Demand demand) {
        return new Cell(demand.program(), demand.location().cityCode());
      }
    }
    Map<Cell, int[]> cells = new LinkedHashMap<>(); // {slots demanded, slots without candidate}
    for (Demand demand : demands) {
      cells.computeIfAbsent(Cell.of(demand), c -> new int[2])[0] += demand.slotCount();
    }
    for (ShortSeat s : shortSeats) {
      cells.get(Cell.of(s.demand()))[1] += s.slots();
    }
    ShandongRegions regions = ShandongRegions.get();
    return cells.entrySet().stream()
        .map(e -> new SupplyShortfall(e.getKey().program(), e.getKey().cityCode(),
            regions.cityName(e.getKey().cityCode()), e.getValue()[0], e.getValue()[1]))
        .sorted(Comparator.comparingInt(SupplyShortfall::slotsWithoutCandidate).reversed()
            .thenComparing(Comparator.comparingInt(SupplyShortfall::slotsDemanded).reversed())
            .thenComparing(SupplyShortfall::program)
            .thenComparing(SupplyShortfall::cityCode))
        .toList();
  }

  /**
   * Finds, for one seat, the first static filter that leaves no expert. Thread-safe.
   *
   * <p>Locations are county-level, so many experts share one: each pool of experts meeting a
   * (program, minTitle, minDegree) requirement is grouped by location and the distance filter runs
   * once per group. Only experts with unavailable ranges are tested against the demand's dates, and
   * conflicts of interest are counted through an index by institution.
   */
  private static final class Diagnosis {
    private final Policy policy;
    private final double minRelevance;
    private final Map<Program, List<Expert>> byProgram = new EnumMap<>(Program.class);
    private final Map<Requirement, Pool> pools = new ConcurrentHashMap<>();

    private record Requirement(Program program, Optional<Title> minTitle, Optional<Degree> minDegree) {}

    /** Experts at one location; {@code restricted} are those with unavailable ranges. */
    private record Group(Expert representative, int size, List<Expert> restricted) {}

    /** The experts meeting one requirement, grouped by location and indexed by (trimmed) institution. */
    private record Pool(int size, List<Group> groups, Map<String, List<Expert>> byInstitution) {
      static Pool of(List<Expert> experts) {
        Map<GeoLocation, List<Expert>> byLocation = new LinkedHashMap<>();
        Map<String, List<Expert>> byInstitution = new HashMap<>();
        for (Expert e : experts) {
          byLocation.computeIfAbsent(e.location(), l -> new ArrayList<>()).add(e);
          byInstitution.computeIfAbsent(Eligibility.institutionKey(e.institution()), i -> new ArrayList<>()).add(e);
        }
        List<Group> groups = byLocation.values().stream()
            .map(g -> new Group(g.get(0), g.size(), g.stream().filter(e -> !e.unavailable().isEmpty()).toList()))
            .toList();
        return new Pool(experts.size(), groups, byInstitution);
      }
    }

    Diagnosis(Problem problem, double minRelevance) {
      this.policy = problem.policy();
      this.minRelevance = minRelevance;
      for (Program program : Program.values()) {
        byProgram.put(program, new ArrayList<>());
      }
      for (Expert expert : problem.experts()) {
        expert.programs().forEach(p -> byProgram.get(p).add(expert));
      }
    }

    SeatShortage shortage(ShortSeat shortSeat) {
      Words reason = reason(shortSeat.demand(), shortSeat.demand().seats().get(shortSeat.seat()));
      return new SeatShortage(shortSeat.demand().id(), shortSeat.seat(), shortSeat.slots(), reason.zh(), reason.en());
    }

    private Words reason(Demand demand, Seat seat) {
      List<Expert> inProgram = byProgram.get(demand.program());
      if (inProgram.isEmpty()) {
        return new Words(
            "没有参加“" + demand.program().chinese() + "”项目的专家",
            "no expert takes part in " + demand.program());
      }
      Pool pool = pools.computeIfAbsent(new Requirement(demand.program(), seat.minTitle(), seat.minDegree()),
          r -> Pool.of(inProgram.stream().filter(e -> seat.admits(e.title(), e.degree())).toList()));
      if (pool.size() == 0) {
        return new Words(
            "参加该项目的 " + inProgram.size() + " 位专家中没有" + requirementZh(seat) + "的",
            "none of the " + inProgram.size() + " experts of the program has " + requirementEn(seat));
      }
      int withinReach = 0;
      int unavailable = 0;
      for (Group group : pool.groups()) {
        // The distance depends on the location only, so the representative stands for the group.
        if (Eligibility.withinTravel(group.representative(), demand, policy)) {
          withinReach += group.size();
          unavailable += (int) group.restricted().stream().filter(e -> !e.isAvailable(demand.dates())).count();
        }
      }
      int available = withinReach - unavailable;
      long conflicted = demand.hostUnit().institution()
          .map(owner -> pool.byInstitution().getOrDefault(owner, List.of()).stream()
              .filter(e -> Eligibility.withinTravel(e, demand, policy) && e.isAvailable(demand.dates()))
              .count())
          .orElse(0L);
      long free = available - conflicted;
      if (withinReach == 0) {
        String km = String.format(Locale.ROOT, "%.0f", policy.maxTravelKm().orElseThrow());
        boolean hasRequirement = seat.minTitle().isPresent() || seat.minDegree().isPresent();
        return new Words(
            km + "公里内没有" + (hasRequirement ? "符合" + requirementKindZh(seat) + "要求的候选人" : "参加该项目的专家"),
            "no candidate " + (hasRequirement ? "with " + requirementEn(seat) + " " : "of the program ") + "within " + km + " km");
      }
      if (available == 0) {
        return new Words(
            "符合条件的 " + withinReach + " 位专家在 " + demand.dates() + " 均不可用",
            "all " + withinReach + " eligible experts are unavailable on " + demand.dates());
      }
      if (free == 0) {
        String owner = demand.hostUnit().institution().orElseThrow();
        return new Words(
            "符合条件的 " + available + " 位专家均与承接单位存在利益冲突（同属" + owner + "）",
            "all " + available + " eligible experts belong to " + owner + ", which owns the host unit (conflict of interest)");
      }
      String floor = String.format(Locale.ROOT, "%.2f", minRelevance);
      return new Words(
          "符合条件的 " + free + " 位专家技能均不匹配：" + String.join("、", seat.skills()) + "（匹配度低于 " + floor + "）",
          "none of the " + free + " eligible experts matches " + String.join(", ", seat.skills())
              + " (relevance below " + floor + ")");
    }

    private static String requirementKindZh(Seat seat) {
      if (seat.minTitle().isPresent() && seat.minDegree().isPresent()) {
        return "职称和学历";
      }
      return seat.minTitle().isPresent() ? "职称" : "学历";
    }

    private static String requirementZh(Seat seat) {
      List<String> parts = new ArrayList<>();
      seat.minTitle().ifPresent(t -> parts.add("职称达到" + t.chinese()));
      seat.minDegree().ifPresent(d -> parts.add("学历达到" + d.chinese()));
      return String.join("且", parts);
    }

    private static String requirementEn(Seat seat) {
      List<String> parts = new ArrayList<>();
      seat.minTitle().ifPresent(t -> parts.add("minTitle " + t));
      seat.minDegree().ifPresent(d -> parts.add("minDegree " + d));
      return String.join(" and ", parts);
    }
  }
}
