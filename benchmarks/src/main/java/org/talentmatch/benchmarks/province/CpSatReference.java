package org.talentmatch.benchmarks.province;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.Problem;
import org.talentmatch.api.plan.Plan;
import org.talentmatch.core.search.CandidateTable;

/**
 * The exact reference on every hard rule, with CP-SAT: one 0/1 variable per (seat, candidate) the
 * pins leave open; per seat at most its free slots; per expert at most the cap their pins leave;
 * and per expert, for every day on which some of their candidate demands start, at most one of the
 * demands running that day. Those are the maximal cliques of the expert's interval graph, so they
 * are rule 4 exactly, and rule 6 with it (a demand overlaps itself). Lexicographic in two solves
 * sharing one time limit: first the weighted coverage alone (FORMAT.md's medium score), then, with
 * coverage held at the best found, total relevance in thousandths. One weighted sum of both would
 * need coefficients so large that CP-SAT proves nothing in time even on a few hundred slots.
 */
public final class CpSatReference {
  private static final Logger LOG = LoggerFactory.getLogger(CpSatReference.class);
  private static final int WORKERS = 8;
  static final String UNFILLED = "精确参考：留空 / exact reference: left empty";

  private CpSatReference() {}

  /**
   * Solves the problem exactly over its candidates, or returns empty if the model would have more
   * than {@code maxVariables} variables (then only {@link FlowRelaxation} is affordable).
   *
   * @param warmStart a feasible plan of the same problem (the greedy one) to start the search from;
   *     it speeds the proof up and changes nothing in what is optimal
   */
  public static Optional<Reference> solve(Problem problem, CandidateTable candidates, Plan warmStart,
      Duration timeLimit, int maxVariables) {
    checkArgument(!timeLimit.isNegative() && !timeLimit.isZero(), "timeLimit must be positive: %s", timeLimit);
    long start = System.nanoTime();
    SlotModel model = SlotModel.of(problem, candidates);
    List<SlotModel.Choice> choices = model.choices(true);
    if (choices.size() > maxVariables) {
      return Optional.empty();
    }
    Loader.loadNativeLibraries();
    Variables vars = Variables.of(model, choices);
    CpModel cp = vars.cp();
    BoolVar[] x = vars.x();

    // Coverage first, alone: small coefficients, so CP-SAT proves it fast.
    long deadline = start + timeLimit.toNanos();
    LinearExpr covered = LinearExpr.weightedSum(x, vars.coverage());
    cp.maximize(covered);
    Set<String> warm = warmStart.assignments().stream().filter(a -> !a.pinned())
        .map(a -> a.demandId() + '/' + a.seat() + '/' + a.expertId()).collect(Collectors.toSet());
    for (int k = 0; k < x.length; k++) {
      SlotModel.Choice choice = choices.get(k);
      cp.addHint(x[k], warm.contains(model.seats().get(choice.seat()).demand().id() + '/'
          + model.seats().get(choice.seat()).seat() + '/' + choice.candidate().expertId()));
    }
    CpSolver first = solver(deadline);
    CpSolverStatus coverageStatus = first.solve(cp);
    requireSolution(coverageStatus);
    LOG.info("CP-SAT coverage {} after {} s", coverageStatus, (System.nanoTime() - start) / 1_000_000_000);
    long bestCovered = Math.round(first.objectiveValue());
    long coveredBound = (long) Math.floor(first.bestObjectiveBound() + 1e-6);

    // Then the most relevance at that coverage, starting from the first plan.
    cp.addGreaterOrEqual(covered, bestCovered);
    cp.clearHints();
    for (int k = 0; k < x.length; k++) {
      cp.addHint(x[k], first.booleanValue(x[k]));
    }
    cp.maximize(LinearExpr.weightedSum(x, vars.relevance()));
    CpSolver second = solver(deadline);
    CpSolverStatus relevanceStatus = second.solve(cp);
    LOG.info("CP-SAT relevance {} after {} s", relevanceStatus, (System.nanoTime() - start) / 1_000_000_000);
    CpSolver best = relevanceStatus == CpSolverStatus.OPTIMAL || relevanceStatus == CpSolverStatus.FEASIBLE
        ? second : first;

    List<SlotModel.Choice> chosen = new ArrayList<>();
    for (int k = 0; k < choices.size(); k++) {
      if (best.booleanValue(x[k])) {
        chosen.add(choices.get(k));
      }
    }
    Plan plan = model.toPlan(chosen, UNFILLED);
    boolean coverageProven = coverageStatus == CpSolverStatus.OPTIMAL;
    long mediumBound = Math.min(0, -(totalFreeCost(model) - coveredBound));
    OptionalDouble relevanceBound = coverageProven && best == second
        ? OptionalDouble.of(pinnedRelevance(plan) + second.bestObjectiveBound() / SlotModel.RELEVANCE_UNITS)
        : OptionalDouble.empty();
    return Optional.of(new Reference(coverageProven ? Reference.Kind.EXACT : Reference.Kind.CP_SAT_TIME_LIMIT, plan,
        mediumBound, relevanceBound, Duration.ofNanos(System.nanoTime() - start)));
  }

  /** The model: one variable per choice, its coverage and relevance coefficients, every hard rule. */
  private record Variables(CpModel cp, BoolVar[] x, long[] coverage, long[] relevance) {

    static Variables of(SlotModel model, List<SlotModel.Choice> choices) {
      CpModel cp = new CpModel();
      BoolVar[] x = new BoolVar[choices.size()];
      long[] coverage = new long[choices.size()];
      long[] relevance = new long[choices.size()];
      Map<Integer, List<BoolVar>> bySeat = new HashMap<>();
      Map<String, Map<String, List<BoolVar>>> byExpert = new LinkedHashMap<>();
      for (int k = 0; k < choices.size(); k++) {
        SlotModel.Choice choice = choices.get(k);
        SlotModel.SeatEntry entry = model.seats().get(choice.seat());
        x[k] = cp.newBoolVar("x" + k);
        coverage[k] = entry.cost();
        relevance[k] = SlotModel.relevanceUnits(choice.candidate());
        bySeat.computeIfAbsent(choice.seat(), s -> new ArrayList<>()).add(x[k]);
        byExpert.computeIfAbsent(choice.candidate().expertId(), e -> new LinkedHashMap<>())
            .computeIfAbsent(entry.demand().id(), d -> new ArrayList<>()).add(x[k]);
      }
      bySeat.forEach((seat, vars) -> atMost(cp, vars, model.seats().get(seat).freeSlots()));
      byExpert.forEach((expertId, demands) -> {
        atMost(cp, demands.values().stream().flatMap(List::stream).toList(), model.remainingCap(expertId));
        for (List<BoolVar> clique : overlapCliques(model, demands)) {
          atMost(cp, clique, 1);
        }
      });
      return new Variables(cp, x, coverage, relevance);
    }
  }

  /**
   * A solver with the time left until {@code deadline} (at least a second). At least eight workers,
   * time-sliced on fewer cores: with two, the relevance solve found no plan within 20 s on the
   * mid-size instance.
   */
  private static CpSolver solver(long deadline) {
    CpSolver solver = new CpSolver();
    double seconds = Math.max(1.0, (deadline - System.nanoTime()) / 1e9);
    solver.getParameters().setMaxTimeInSeconds(seconds)
        .setNumWorkers(Math.max(WORKERS, Runtime.getRuntime().availableProcessors()));
    return solver;
  }

  private static void requireSolution(CpSolverStatus status) {
    if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
      throw new IllegalStateException("CP-SAT found no plan (" + status + "); the empty plan is always feasible");
    }
  }

  /** Relevance of the pinned assignments, which the objective leaves out since they are fixed. */
  private static double pinnedRelevance(Plan plan) {
    return plan.assignments().stream().filter(a -> a.pinned()).mapToDouble(a -> a.relevance().orElse(0)).sum();
  }

  /**
   * For one expert's candidate demands, the variables of the demands running on each day some of
   * them start: every set of pairwise overlapping intervals shares such a day.
   */
  private static List<List<BoolVar>> overlapCliques(SlotModel model, Map<String, List<BoolVar>> demands) {
    List<Demand> candidateDemands = demands.keySet().stream().map(model::demand).toList();
    TreeSet<LocalDate> starts = new TreeSet<>();
    candidateDemands.forEach(d -> starts.add(d.dates().start()));
    Set<Set<String>> seen = new HashSet<>();
    List<List<BoolVar>> cliques = new ArrayList<>();
    for (LocalDate day : starts) {
      Set<String> running = new HashSet<>();
      candidateDemands.stream().filter(d -> d.dates().contains(day)).forEach(d -> running.add(d.id()));
      if (seen.add(running)) {
        List<BoolVar> vars = running.stream().flatMap(d -> demands.get(d).stream()).toList();
        if (vars.size() > 1) {
          cliques.add(vars);
        }
      }
    }
    return cliques;
  }

  private static void atMost(CpModel cp, List<BoolVar> vars, int bound) {
    if (vars.size() > bound) {
      cp.addLessOrEqual(LinearExpr.sum(vars.toArray(BoolVar[]::new)), bound);
    }
  }

  /** The cost of leaving every free slot empty. */
  static long totalFreeCost(SlotModel model) {
    return model.seats().stream().mapToLong(s -> (long) s.cost() * s.freeSlots()).sum();
  }
}
