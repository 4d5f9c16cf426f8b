package org.talentmatch.benchmarks.province;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import java.time.Duration;
import java.util.OptionalDouble;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.talentmatch.api.model.Problem;
import org.talentmatch.api.plan.Plan;
import org.talentmatch.core.search.CandidateTable;

/**
 * The relaxation that drops rule 4 (dates overlap), solved exactly as a min-cost flow:
 * source → expert (capacity: the cap their pins leave) → expert × demand (capacity 1: rule 6) → seat
 * (cost −({@link SlotModel#coverageWeight()} × slot cost + relevance in thousandths)) → sink
 * (capacity: free slots). A zero-cost bypass arc from source to sink carries every unit of supply
 * that no seat wants, so the flow maximises the weighted coverage, not the number of filled slots.
 * Pins keep their slots and count toward the cap. Every feasible plan is a flow of this network, so
 * its coverage is an upper bound on the exact reference's.
 */
public final class FlowRelaxation {
  static final String UNFILLED = "松弛上界：留空 / relaxation bound: left empty";
  private static final int SOURCE = 0;
  private static final int SINK = 1;

  private FlowRelaxation() {}

  public static Reference solve(Problem problem, CandidateTable candidates) {
    long start = System.nanoTime();
    SlotModel model = SlotModel.of(problem, candidates);
    Loader.loadNativeLibraries();
    MinCostFlow flow = new MinCostFlow();
    long weight = model.coverageWeight();
    Map<String, Integer> expertNodes = new HashMap<>();
    Map<String, Integer> pairNodes = new HashMap<>();
    List<SlotModel.Choice> choices = model.choices(false);
    int[] arcs = new int[choices.size()];
    Map<Integer, Integer> seatNodes = new HashMap<>();
    int[] next = {2};
    for (int k = 0; k < choices.size(); k++) {
      SlotModel.Choice choice = choices.get(k);
      SlotModel.SeatEntry entry = model.seats().get(choice.seat());
      String expertId = choice.candidate().expertId();
      int seatNode = seatNodes.computeIfAbsent(choice.seat(), seat -> {
        int node = next[0]++;
        flow.addArcWithCapacityAndUnitCost(node, SINK, entry.freeSlots(), 0);
        return node;
      });
      int expertNode = expertNodes.computeIfAbsent(expertId, id -> {
        int node = next[0]++;
        flow.addArcWithCapacityAndUnitCost(SOURCE, node, model.remainingCap(id), 0);
        return node;
      });
      int pairNode = pairNodes.computeIfAbsent(expertId + '\u0000' + entry.demand().id(), key -> {
        int node = next[0]++;
        flow.addArcWithCapacityAndUnitCost(expertNode, node, 1, 0);
        return node;
      });
      long cost = -(weight * entry.cost() + SlotModel.relevanceUnits(choice.candidate()));
      arcs[k] = flow.addArcWithCapacityAndUnitCost(pairNode, seatNode, 1, cost);
    }
    long supply = model.freeSlots();
    flow.addArcWithCapacityAndUnitCost(SOURCE, SINK, supply, 0);
    flow.setNodeSupply(SOURCE, supply);
    flow.setNodeSupply(SINK, -supply);
    MinCostFlowBase.Status status = flow.solve();
    if (status != MinCostFlowBase.Status.OPTIMAL) {
      throw new IllegalStateException("min-cost flow ended " + status);
    }
    List<SlotModel.Choice> chosen = new ArrayList<>();
    for (int k = 0; k < choices.size(); k++) {
      if (flow.getFlow(arcs[k]) > 0) {
        chosen.add(choices.get(k));
      }
    }
    Plan plan = model.toPlan(chosen, UNFILLED);
    return new Reference(Reference.Kind.RELAXATION_UPPER_BOUND, plan, plan.score().medium(), OptionalDouble.empty(),
        Duration.ofNanos(System.nanoTime() - start));
  }
}
