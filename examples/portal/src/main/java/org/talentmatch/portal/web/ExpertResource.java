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
import org.talentmatch.api.model.Expert;
import org.talentmatch.api.search.DemandMatch;
import org.talentmatch.portal.catalog.Catalog;
import org.talentmatch.portal.config.PortalProperties;

/** Experts (FORMAT.md {@code experts[i]}) and the open demands that fit each (人才信息推送). */
@RestController
@RequestMapping("/api/experts")
@Tag(name = "experts")
public class ExpertResource extends RecordResource<Expert> {
  private final MatchingEngine engine;
  private final PortalProperties properties;

  public ExpertResource(Catalog<Expert> experts, MatchingEngine engine, PortalProperties properties) {
    super(experts, Expert::id, "expert");
    this.engine = engine;
    this.properties = properties;
  }

  /** Open demands that fit the expert, best first, each with its best seat and the reasons. */
  @GetMapping("/{id}/recommended-demands")
  public List<DemandMatch> recommendedDemands(@PathVariable String id,
      @RequestParam(defaultValue = "10") int limit) throws InvalidProblemException {
    existing(id);
    return engine.recommendDemands(id, properties.policy().toPolicy(), RequestLimits.checkLimit(limit));
  }
}
