package org.talentmatch.portal.web;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.talentmatch.api.InvalidProblemException;
import org.talentmatch.api.ValidationError;
import org.talentmatch.api.session.SessionChange;
import org.talentmatch.portal.ConflictException;
import org.talentmatch.portal.planning.Decision;
import org.talentmatch.portal.planning.PlanJobs;
import org.talentmatch.portal.planning.PlanStore;

/**
 * Planning: start a job, watch it (polling or server-sent events), see the best plan so far, and
 * confirm or decline its slots. A plan body is FORMAT.md's plan file.
 */
@RestController
@RequestMapping("/api/plans")
@Tag(name = "plans")
public class PlanResource {
  private final PlanJobs jobs;

  public PlanResource(PlanJobs jobs) {
    this.jobs = jobs;
  }

  /** @param timeLimitSeconds a shorter limit than the portal's (optional) */
  public record PlanRequest(Integer timeLimitSeconds) {}

  /**
   * @param decision {@code CONFIRM} or {@code DECLINE}
   */
  public record DecisionRequest(String demandId, Integer seat, Integer slot, String expertId, String decision) {

    Decision toDecision() throws InvalidProblemException {
      List<ValidationError> errors = new ArrayList<>();
      if (demandId == null || demandId.isBlank()) {
        errors.add(new ValidationError("$.demandId", "required"));
      }
      if (seat == null || seat < 0) {
        errors.add(new ValidationError("$.seat", "required, at least 0"));
      }
      if (slot == null || slot < 0) {
        errors.add(new ValidationError("$.slot", "required, at least 0"));
      }
      if (expertId == null || expertId.isBlank()) {
        errors.add(new ValidationError("$.expertId", "required"));
      }
      if (!"CONFIRM".equals(decision) && !"DECLINE".equals(decision)) {
        errors.add(new ValidationError("$.decision", "must be CONFIRM or DECLINE: " + decision));
      }
      if (!errors.isEmpty()) {
        throw new InvalidProblemException(errors);
      }
      return new Decision(demandId, seat, slot, expertId, "CONFIRM".equals(decision));
    }
  }

  /**
   * Starts planning every demand of the period over every expert; 202 with the job's address. The
   * body is JSON (at least {@code {}}), which a cross-site form or no-cors request cannot send.
   */
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<ObjectNode> start(@RequestBody PlanRequest request, Principal clerk)
      throws InvalidProblemException {
    Optional<Duration> limit = request.timeLimitSeconds() == null
        ? Optional.empty()
        : Optional.of(Duration.ofSeconds(RequestLimits.checkSeconds(request.timeLimitSeconds())));
    String id;
    try {
      id = jobs.start(clerk.getName(), limit);
    } catch (InvalidProblemException stored) {
      throw new ConflictException("the stored records do not form a valid problem ("
          + stored.errors().size() + " error(s), first " + stored.errors().get(0) + "): correct them first");
    }
    return ResponseEntity.accepted()
        .location(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(id).toUri())
        .body(view(id));
  }

  /** The latest plans, newest first. */
  @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
  public List<PlanStore.PlanSummary> recent(@RequestParam(defaultValue = "20") int limit)
      throws InvalidProblemException {
    return jobs.recent(RequestLimits.checkLimit(limit));
  }

  /** Status, progress while solving, and the best plan so far (FORMAT.md plan file). */
  @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
  public ObjectNode get(@PathVariable String id) {
    return view(id);
  }

  /** Server-sent {@code progress} events until the current run ends. */
  @GetMapping(path = "/{id}/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
  public SseEmitter events(@PathVariable String id) {
    return jobs.events(id);
  }

  /** Confirms (pins) or declines (re-plans) one slot of a live plan. */
  @PostMapping(path = "/{id}/decisions", consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  public ObjectNode decide(@PathVariable String id, @RequestBody DecisionRequest request, Principal clerk)
      throws InvalidProblemException {
    SessionChange change;
    try {
      change = jobs.decide(id, request.toDecision(), clerk.getName());
    } catch (InvalidProblemException refused) {
      // The session names the change as its i-th; the client sent one, at the body's root.
      throw new InvalidProblemException(refused.errors().stream()
          .map(e -> new ValidationError(e.path().replaceFirst("^\\$\\.changes\\[\\d+]", "\\$"), e.message()))
          .toList());
    }
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("change", change.index());
    body.putPOJO("releasedPins", change.releasedPins());
    body.set("plan", view(id));
    return body;
  }

  private ObjectNode view(String id) {
    PlanJobs.PlanView view = jobs.view(id);
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("id", view.stored().id());
    node.put("status", view.status().name());
    node.put("createdAt", view.stored().createdAt().toString());
    node.put("createdBy", view.stored().createdBy());
    view.progress().ifPresent(progress -> node.putPOJO("progress", progress));
    view.planJson().ifPresent(json -> node.set("plan", Json.tree(json)));
    return node;
  }
}
