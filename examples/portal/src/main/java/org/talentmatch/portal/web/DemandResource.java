package org.talentmatch.portal.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.talentmatch.api.InvalidProblemException;
import org.talentmatch.api.MatchingEngine;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.search.Candidate;
import org.talentmatch.portal.catalog.Catalog;
import org.talentmatch.portal.config.PortalProperties;

/** Demands (FORMAT.md {@code demands[i]}), published for push, and each seat's candidates. */
@RestController
@RequestMapping("/api/demands")
@Tag(name = "demands")
public class DemandResource extends RecordResource<Demand> {
  private final MatchingEngine engine;
  private final PortalProperties properties;

  public DemandResource(Catalog<Demand> demands, MatchingEngine engine, PortalProperties properties) {
    super(demands, Demand::id, "demand");
    this.engine = engine;
    this.properties = properties;
  }

  /** The experts who fit a seat, best first, past every hard filter, each with the reasons. */
  @GetMapping("/{id}/candidates")
  public List<Candidate> candidates(@PathVariable String id, @RequestParam(defaultValue = "0") int seat,
      @RequestParam(defaultValue = "20") int limit) throws InvalidProblemException {
    Demand demand = existing(id);
    RequestLimits.check("seat", seat, 0, demand.seats().size() - 1);
    return engine.searchCandidates(demand, seat, properties.policy().toPolicy(), RequestLimits.checkLimit(limit));
  }
}
