package org.talentmatch.portal.planning;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.talentmatch.api.ledger.ServiceLedger;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.Expert;
import org.talentmatch.api.model.Pin;
import org.talentmatch.api.model.Problem;
import org.talentmatch.core.ledger.LedgerHistory;
import org.talentmatch.portal.catalog.Catalog;
import org.talentmatch.portal.config.PortalProperties;

/**
 * The problem the portal plans: every expert, every demand starting within the configured period,
 * the ledger's completed services as history, and the confirmed arrangements still standing as pins
 * (those whose demand, seat and expert still exist, at most a seat's count).
 */
@Component
public class ProblemAssembler {
  private final PortalProperties properties;
  private final Catalog<Expert> experts;
  private final Catalog<Demand> demands;
  private final ServiceLedger ledger;
  private final PlanStore plans;

  public ProblemAssembler(PortalProperties properties, Catalog<Expert> experts, Catalog<Demand> demands,
      ServiceLedger ledger, PlanStore plans) {
    this.properties = properties;
    this.experts = experts;
    this.demands = demands;
    this.ledger = ledger;
    this.plans = plans;
  }

  public Problem assemble() {
    PortalProperties.Planning planning = properties.planning();
    List<Expert> pool = experts.all();
    List<Demand> open = demands.all().stream()
        .filter(demand -> planning.period().contains(demand.dates().start()))
        .toList();
    return Problem.builder(planning.period())
        .policy(properties.policy().toPolicy())
        .experts(pool)
        .demands(open)
        .history(LedgerHistory.before(ledger, planning.periodStart(), planning.historyLookback()))
        .pinned(standingPins(pool, open))
        .build();
  }

  private List<Pin> standingPins(List<Expert> pool, List<Demand> open) {
    Set<String> expertIds = pool.stream().map(Expert::id).collect(Collectors.toSet());
    Map<String, Demand> byId = open.stream().collect(Collectors.toMap(Demand::id, d -> d));
    Map<String, Integer> taken = new HashMap<>();
    return plans.standingConfirmations().stream()
        .filter(pin -> expertIds.contains(pin.expertId()))
        .filter(pin -> byId.containsKey(pin.demandId()) && pin.seat() < byId.get(pin.demandId()).seats().size())
        .filter(pin -> taken.merge(pin.demandId() + "#" + pin.seat(), 1, Integer::sum)
            <= byId.get(pin.demandId()).seats().get(pin.seat()).count())
        .toList();
  }
}
