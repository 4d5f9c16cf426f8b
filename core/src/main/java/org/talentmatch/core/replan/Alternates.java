package org.talentmatch.core.replan;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.Expert;
import org.talentmatch.api.model.Problem;
import org.talentmatch.api.plan.Alternate;
import org.talentmatch.api.plan.Assignment;
import org.talentmatch.api.search.Candidate;
import org.talentmatch.core.search.CandidateTable;

/**
 * Ranked backups for every assignment of a plan, so that a clerk can replace a decline by hand before
 * the solver runs again. A backup is one of the seat's candidates (so past every static hard rule and
 * the relevance floor), is not in that demand already, is free on the demand's dates given the rest
 * of the plan (hard rule 4) and is under their cap (rule 5). Best relevance first, then shortest
 * distance, then expert id.
 */
public final class Alternates {
  /** Backups per assignment unless asked otherwise. */
  public static final int DEFAULT_COUNT = 3;

  private static final Comparator<Candidate> RANK = Comparator.comparingDouble(Candidate::relevance).reversed()
      .thenComparingDouble(Candidate::distanceKm)
      .thenComparing(Candidate::expertId);

  private Alternates() {}

  /** The plan's assignments, in order, each with up to {@code count} alternates. */
  public static List<Assignment> attach(Problem problem, CandidateTable candidates, List<Assignment> assignments,
      int count) {
    checkArgument(count >= 0, "count must be >= 0: %s", count);
    Map<String, Demand> demands = new HashMap<>();
    problem.demands().forEach(d -> demands.put(d.id(), d));
    Map<String, Expert> experts = new HashMap<>();
    problem.experts().forEach(e -> experts.put(e.id(), e));
    Map<String, List<Demand>> servicesOf = new HashMap<>();
    Map<String, Set<String>> expertsIn = new HashMap<>();
    for (Assignment a : assignments) {
      servicesOf.computeIfAbsent(a.expertId(), id -> new ArrayList<>()).add(demands.get(a.demandId()));
      expertsIn.computeIfAbsent(a.demandId(), id -> new HashSet<>()).add(a.expertId());
    }
    List<Assignment> withAlternates = new ArrayList<>(assignments.size());
    for (Assignment a : assignments) {
      Demand demand = demands.get(a.demandId());
      Set<String> inDemand = expertsIn.get(a.demandId());
      List<Alternate> backups = candidates.candidates(a.demandId(), a.seat()).stream()
          .filter(c -> !inDemand.contains(c.expertId()))
          .filter(c -> isFree(experts.get(c.expertId()), demand, servicesOf.getOrDefault(c.expertId(), List.of()),
              problem))
          .sorted(RANK)
          .limit(count)
          .map(c -> new Alternate(c.expertId(), c.relevance(), c.distanceKm()))
          .toList();
      withAlternates.add(a.withAlternates(backups));
    }
    return withAlternates;
  }

  private static boolean isFree(Expert expert, Demand demand, List<Demand> services, Problem problem) {
    return expert != null && services.size() < expert.capUnder(problem.policy())
        && services.stream().noneMatch(other -> other.dates().overlaps(demand.dates()));
  }
}
