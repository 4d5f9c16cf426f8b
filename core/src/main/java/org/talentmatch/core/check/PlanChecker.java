package org.talentmatch.core.check;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.Expert;
import org.talentmatch.api.model.Pin;
import org.talentmatch.api.model.Policy;
import org.talentmatch.api.model.Problem;
import org.talentmatch.api.model.Seat;
import org.talentmatch.api.plan.Assignment;
import org.talentmatch.api.plan.Plan;
import org.talentmatch.api.plan.PlanMetrics;
import org.talentmatch.api.plan.SlotRef;
import org.talentmatch.api.plan.UnfilledSlot;
import org.talentmatch.core.check.ResolvedAssignments.Placed;
import org.talentmatch.core.rules.Eligibility;
import org.talentmatch.core.rules.Geo;
import org.talentmatch.core.rules.HardRule;
import org.talentmatch.core.search.SearchConfig;

/**
 * Checks a plan against its problem the way an independent program reading both files would: it
 * recomputes every hard rule of FORMAT.md, the coverage (medium) score and the metrics from the
 * problem alone, and lists where the plan's own figures disagree. It uses neither the search index
 * nor the solver, so it can catch their bugs.
 */
public final class PlanChecker {

  /** The relevance floor used when neither the policy nor the caller gives one: the engine's. */
  public static final double DEFAULT_MIN_RELEVANCE = SearchConfig.DEFAULT_MIN_RELEVANCE;

  /** Tolerance for reported 0–1 figures: a plan file may round them to two decimals. */
  static final double RATIO_TOLERANCE = 0.005 + 1e-9;

  /** Tolerance for reported distances: a plan file may round them to one decimal. */
  static final double DISTANCE_TOLERANCE_KM = 0.05 + 1e-9;

  /** Slack for comparing a relevance with its floor, so that a value written as 0.3 passes 0.3. */
  private static final double RELEVANCE_EPSILON = 1e-9;

  private PlanChecker() {}

  /** {@link #check(Problem, Plan, double)} with the engine's default relevance floor 0.3. */
  public static CheckReport check(Problem problem, Plan plan) {
    return check(problem, plan, DEFAULT_MIN_RELEVANCE);
  }

  /**
   * Checks {@code plan} against {@code problem}.
   *
   * @param defaultMinRelevance the relevance floor of rule 10 where the policy leaves it out
   */
  public static CheckReport check(Problem problem, Plan plan, double defaultMinRelevance) {
    requireNonNull(problem, "problem");
    requireNonNull(plan, "plan");
    checkArgument(defaultMinRelevance >= 0 && defaultMinRelevance <= 1,
        "defaultMinRelevance must be in [0, 1]: %s", defaultMinRelevance);
    ResolvedAssignments resolved = ResolvedAssignments.resolve(problem, plan.assignments());
    List<String> inconsistencies = new ArrayList<>(resolved.inconsistencies());
    List<Violation> violations = new ArrayList<>();

    double floor = problem.policy().minRelevanceOr(defaultMinRelevance);
    for (Placed p : resolved.placed()) {
      checkStaticRules(p, problem.policy(), violations);
      checkRelevance(p, floor, violations);
      checkReportedDistance(p, inconsistencies);
    }
    checkPerExpert(resolved.placed(), problem.policy(), violations);
    checkPins(problem, resolved, violations, inconsistencies);

    long medium = -checkUnfilled(problem, plan.unfilled(), resolved, inconsistencies);
    PlanMetrics metrics = Metrics.compute(problem, resolved.placed());
    compareReported(plan, violations.size(), medium, metrics, inconsistencies);
    return new CheckReport(violations, medium, metrics, inconsistencies,
        DemandFairness.of(problem, resolved.placed()));
  }

  /**
   * FORMAT.md's metrics of {@code assignments} under {@code problem}. Assignments that name an
   * unknown demand, seat, slot or expert, and repeated assignments of one slot, are left out.
   * Every ratio or mean over nothing is 0.0, as the usual {@code total == 0 ? 0 : …} of other
   * checkers computes it: {@code priorityAreaFillRate} without priority-area slots,
   * {@code meanRelevance} and {@code meanDistanceKm} when nothing is filled;
   * distances are recomputed from the problem's coordinates; {@code moved} is empty.
   */
  public static PlanMetrics metrics(Problem problem, List<Assignment> assignments) {
    requireNonNull(problem, "problem");
    requireNonNull(assignments, "assignments");
    return Metrics.compute(problem, ResolvedAssignments.resolve(problem, assignments).placed());
  }

  /**
   * How well the worst-off demands of {@code problem} are served by {@code assignments}
   * ({@link DemandFairness}); assignments are resolved as for {@link #metrics(Problem, List)}. Empty
   * when no demand has a filled slot of known relevance.
   */
  public static Optional<DemandFairness> demandFairness(Problem problem, List<Assignment> assignments) {
    requireNonNull(problem, "problem");
    requireNonNull(assignments, "assignments");
    return DemandFairness.of(problem, ResolvedAssignments.resolve(problem, assignments).placed());
  }

  // Rules 1, 2, 3, 7, 8.
  private static void checkStaticRules(Placed p, Policy policy, List<Violation> violations) {
    int seatIndex = p.slot().seat();
    for (HardRule rule : Eligibility.violations(p.expert(), p.demand(), seatIndex, policy)) {
      violations.add(Violation.atSlot(rule, p.slot(), p.expert().id(), describe(rule, p, policy)));
    }
  }

  private static String describe(HardRule rule, Placed p, Policy policy) {
    Expert e = p.expert();
    Demand d = p.demand();
    Seat seat = d.seats().get(p.slot().seat());
    return switch (rule) {
      case PROGRAM -> e.id() + " does not take part in " + d.program() + " (takes part in " + e.programs() + ")";
      case TITLE_DEGREE -> e.id() + " has title " + e.title() + " and degree " + e.degree() + "; the seat asks for minTitle "
          + seat.minTitle().map(Enum::name).orElse("-") + ", minDegree " + seat.minDegree().map(Enum::name).orElse("-");
      case AVAILABILITY -> e.id() + " is unavailable on some day of " + d.dates();
      case DISTANCE -> e.id() + " is " + km(Geo.haversineKm(e.location(), d.location())) + " from " + d.id()
          + ", beyond maxTravelKm " + km(policy.maxTravelKm().orElseThrow());
      case CONFLICT_OF_INTEREST -> e.id() + "'s institution owns host unit " + d.hostUnit().name();
      default -> throw new IllegalStateException("not a static rule: " + rule);
    };
  }

  // Rule 10; a pinned assignment is the user's decision and needs no relevance.
  private static void checkRelevance(Placed p, double floor, List<Violation> violations) {
    Assignment a = p.assignment();
    if (a.pinned()) {
      return;
    }
    if (a.relevance().isEmpty()) {
      violations.add(Violation.atSlot(HardRule.RELEVANCE, p.slot(), a.expertId(),
          "a non-pinned assignment has no relevance"));
    } else if (a.relevance().getAsDouble() < floor - RELEVANCE_EPSILON) {
      violations.add(Violation.atSlot(HardRule.RELEVANCE, p.slot(), a.expertId(),
          "relevance " + ratio(a.relevance().getAsDouble()) + " is below the floor " + ratio(floor)));
    }
  }

  private static void checkReportedDistance(Placed p, List<String> inconsistencies) {
    double actual = Geo.haversineKm(p.expert().location(), p.demand().location());
    if (Math.abs(p.assignment().distanceKm() - actual) > DISTANCE_TOLERANCE_KM) {
      inconsistencies.add("assignment " + p.slot() + " -> " + p.expert().id() + " reports distanceKm "
          + km(p.assignment().distanceKm()) + " but the problem's coordinates give " + km(actual));
    }
  }

  // Rules 6, 4 and 5, which look at all assignments of one expert together.
  private static void checkPerExpert(List<Placed> placed, Policy policy, List<Violation> violations) {
    Map<String, List<Placed>> byExpert = new LinkedHashMap<>();
    for (Placed p : placed) {
      byExpert.computeIfAbsent(p.expert().id(), id -> new ArrayList<>()).add(p);
    }
    for (List<Placed> own : byExpert.values()) {
      Expert expert = own.get(0).expert();
      for (int j = 1; j < own.size(); j++) {
        Placed later = own.get(j);
        for (int i = 0; i < j; i++) {
          Placed earlier = own.get(i);
          if (earlier.demand().id().equals(later.demand().id())) {
            violations.add(Violation.atSlot(HardRule.ONE_SLOT_PER_DEMAND, later.slot(), expert.id(),
                expert.id() + " also holds slot " + earlier.slot() + " of the same demand"));
          } else if (earlier.demand().dates().overlaps(later.demand().dates())) {
            violations.add(Violation.atSlot(HardRule.DATE_OVERLAP, later.slot(), expert.id(),
                later.demand().id() + " " + later.demand().dates() + " overlaps " + earlier.demand().id() + " "
                    + earlier.demand().dates() + " (slot " + earlier.slot() + ")"));
          }
        }
      }
      int cap = expert.capUnder(policy);
      if (own.size() > cap) {
        violations.add(Violation.ofExpert(HardRule.CAP, expert.id(),
            expert.id() + " holds " + own.size() + " assignments, cap " + cap));
      }
    }
  }

  // Rule 9, plus assignments that claim a pin the problem does not have.
  private static void checkPins(Problem problem, ResolvedAssignments resolved, List<Violation> violations,
      List<String> inconsistencies) {
    // Each valid assignment read as the pin it would satisfy. Only a plan breaking rule 6 has two per
    // key; then one marked pinned is kept.
    Map<Pin, Placed> held = new HashMap<>();
    for (Placed p : resolved.placed()) {
      held.merge(new Pin(p.slot().demandId(), p.slot().seat(), p.expert().id()), p,
          (first, second) -> first.assignment().pinned() ? first : second);
    }
    Set<Pin> pins = new HashSet<>();
    for (Pin pin : problem.pinned()) {
      if (!pins.add(pin)) {
        continue;
      }
      Optional<Demand> demand = resolved.demand(pin.demandId());
      if (demand.isEmpty() || pin.seat() >= demand.get().seats().size() || resolved.expert(pin.expertId()).isEmpty()) {
        inconsistencies.add("pin " + pin.demandId() + "/" + pin.seat() + " -> " + pin.expertId()
            + " names a demand, seat or expert the problem does not have");
        continue;
      }
      Placed holder = held.get(pin);
      if (holder == null) {
        violations.add(Violation.atDemand(HardRule.PIN, pin.demandId(), pin.expertId(),
            "pinned " + pin.expertId() + " holds no slot of seat " + pin.seat() + " of " + pin.demandId()));
      } else if (!holder.assignment().pinned()) {
        violations.add(Violation.atSlot(HardRule.PIN, holder.slot(), pin.expertId(),
            "the pinned arrangement is in the plan but not marked pinned"));
      }
    }
    for (Placed p : resolved.placed()) {
      if (p.assignment().pinned() && !pins.contains(new Pin(p.slot().demandId(), p.slot().seat(), p.expert().id()))) {
        inconsistencies.add("assignment " + p.slot() + " -> " + p.expert().id() + " is marked pinned but the problem has no such pin");
      }
    }
  }

  /**
   * Checks the plan's unfilled list against the slots no valid assignment fills, and returns the
   * coverage cost of those empty slots.
   */
  private static long checkUnfilled(Problem problem, List<UnfilledSlot> unfilled, ResolvedAssignments resolved,
      List<String> inconsistencies) {
    Set<SlotRef> listed = new HashSet<>();
    for (UnfilledSlot u : unfilled) {
      SlotRef slot = u.slotRef();
      Optional<String> unknown = resolved.unknownSlot(slot);
      if (unknown.isPresent()) {
        inconsistencies.add("unfilled entry " + slot + " names " + unknown.get());
      } else if (!listed.add(slot)) {
        inconsistencies.add("slot " + slot + " is listed unfilled more than once");
      } else if (resolved.at(slot).isPresent()) {
        inconsistencies.add("slot " + slot + " is both assigned (to " + resolved.at(slot).get().expert().id()
            + ") and listed unfilled");
      }
    }
    long cost = 0;
    for (Demand demand : problem.demands()) {
      for (int seat = 0; seat < demand.seats().size(); seat++) {
        for (int slot = 0; slot < demand.seats().get(seat).count(); slot++) {
          SlotRef ref = new SlotRef(demand.id(), seat, slot);
          if (resolved.at(ref).isEmpty()) {
            cost += demand.unfilledCost(seat);
            if (!listed.contains(ref)) {
              inconsistencies.add("slot " + ref + " is neither assigned nor listed unfilled");
            }
          }
        }
      }
    }
    return cost;
  }

  private static void compareReported(Plan plan, int violationCount, long medium, PlanMetrics actual,
      List<String> inconsistencies) {
    long reportedHard = plan.score().hard();
    if (reportedHard == 0 && violationCount > 0) {
      inconsistencies.add("score.hard is 0 but " + violationCount + " hard rule violations were found");
    } else if (reportedHard < 0 && violationCount == 0) {
      inconsistencies.add("score.hard is " + reportedHard + " but no hard rule violation was found");
    } else if (reportedHard > 0) {
      inconsistencies.add("score.hard is " + reportedHard + "; it is never positive");
    }
    if (plan.score().medium() != medium) {
      inconsistencies.add("score.medium is " + plan.score().medium() + " but the empty slots cost " + medium);
    }
    PlanMetrics reported = plan.metrics();
    if (reported.seatsTotal() != actual.seatsTotal()) {
      inconsistencies.add(differs("seatsTotal", reported.seatsTotal(), actual.seatsTotal()));
    }
    if (reported.seatsFilled() != actual.seatsFilled()) {
      inconsistencies.add(differs("seatsFilled", reported.seatsFilled(), actual.seatsFilled()));
    }
    compareRatio("priorityAreaFillRate", reported.priorityAreaFillRate(), actual.priorityAreaFillRate(), inconsistencies);
    compareRatio("meanRelevance", reported.meanRelevance(), actual.meanRelevance(), inconsistencies);
    compareRatio("loadGini", reported.loadGini(), actual.loadGini(), inconsistencies);
    if (!(Math.abs(reported.meanDistanceKm() - actual.meanDistanceKm()) <= DISTANCE_TOLERANCE_KM)) {
      inconsistencies.add(differs("meanDistanceKm", km(reported.meanDistanceKm()), km(actual.meanDistanceKm())));
    }
  }

  private static void compareRatio(String name, double reported, double actual, List<String> inconsistencies) {
    if (!(Math.abs(reported - actual) <= RATIO_TOLERANCE)) {
      inconsistencies.add(differs(name, ratio(reported), ratio(actual)));
    }
  }

  private static String differs(String metric, Object reported, Object actual) {
    return "metrics." + metric + " is " + reported + " but recomputes to " + actual;
  }

  private static String km(double km) {
    return String.format(Locale.ROOT, "%.1f km", km);
  }

  private static String ratio(double value) {
    return String.format(Locale.ROOT, "%.4f", value);
  }
}
