package org.talentmatch.portal.planning;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.talentmatch.api.ValidationError;
import org.talentmatch.api.ledger.ServiceLedger;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.Expert;
import org.talentmatch.api.model.HistoryEntry;
import org.talentmatch.api.model.Pin;
import org.talentmatch.api.model.Problem;
import org.talentmatch.core.ledger.LedgerHistory;
import org.talentmatch.core.validate.ProblemValidator;
import org.talentmatch.portal.catalog.Catalog;
import org.talentmatch.portal.config.PortalProperties;

/**
 * The problem the portal plans: every expert, every demand starting within the configured period,
 * the ledger's completed services of the portal's experts as history, and the confirmed
 * arrangements still standing as pins. A confirmation that no longer fits (its demand, seat or
 * expert is gone, or was edited so that the arrangement breaks a hard rule) is left out and logged:
 * one stale confirmation must not stop every later plan.
 */
@Component
public class ProblemAssembler {
  private static final Logger LOG = LoggerFactory.getLogger(ProblemAssembler.class);
  private static final Pattern PIN_PATH = Pattern.compile("^\\$\\.pinned\\[(\\d+)]");

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
    Set<String> expertIds = pool.stream().map(Expert::id).collect(Collectors.toSet());
    List<HistoryEntry> history = LedgerHistory.before(ledger, planning.periodStart(), planning.historyLookback())
        .stream().filter(entry -> expertIds.contains(entry.expertId())).toList();
    Problem withAllPins = Problem.builder(planning.period())
        .policy(properties.policy().toPolicy())
        .experts(pool)
        .demands(demands.all().stream().filter(demand -> planning.period().contains(demand.dates().start())).toList())
        .history(history)
        .pinned(plans.standingConfirmations())
        .build();
    return withoutPinsThatNoLongerFit(withAllPins);
  }

  private static Problem withoutPinsThatNoLongerFit(Problem problem) {
    Set<Integer> stale = ProblemValidator.validate(problem).stream()
        .map(ValidationError::path)
        .map(PIN_PATH::matcher)
        .filter(Matcher::find)
        .map(m -> Integer.parseInt(m.group(1)))
        .collect(Collectors.toSet());
    if (stale.isEmpty()) {
      return problem;
    }
    List<Pin> kept = IntStream.range(0, problem.pinned().size()).filter(i -> !stale.contains(i))
        .mapToObj(problem.pinned()::get).toList();
    stale.forEach(i -> LOG.warn("Confirmation {} seat {} of expert {} no longer fits and is not pinned",
        problem.pinned().get(i).demandId(), problem.pinned().get(i).seat(), problem.pinned().get(i).expertId()));
    // Leaving a pin out can only remove errors, but the pins' joint checks (overlap, cap) run again.
    return withoutPinsThatNoLongerFit(problem.toBuilder().pinned(kept).build());
  }
}
