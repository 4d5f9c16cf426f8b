package org.talentmatch.portal.planning;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.talentmatch.api.model.Pin;
import org.talentmatch.api.model.Problem;
import org.talentmatch.api.plan.Plan;
import org.talentmatch.core.io.PlanJson;
import org.talentmatch.core.io.ProblemJson;

/**
 * Plans and decisions in the database: each plan with the problem it solved (for accountability:
 * what the engine was given and what it answered) and its latest plan; each confirmation and decline
 * with who made it.
 */
@Repository
@DependsOnDatabaseInitialization
public class PlanStore {
  private final JdbcClient jdbc;

  public PlanStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A stored plan: its latest state and the plan as FORMAT.md JSON, once there is one. */
  public record StoredPlan(String id, PlanStatus status, Instant createdAt, String createdBy,
      Optional<String> planJson) {}

  void insert(String id, Problem problem, String createdBy) {
    jdbc.sql("INSERT INTO portal_plan (id, status, created_at, created_by, problem, plan) VALUES (?, ?, ?, ?, ?, NULL)")
        .param(id).param(PlanStatus.SOLVING.name()).param(Timestamp.from(Instant.now())).param(createdBy)
        .param(ProblemJson.toJson(problem)).update();
  }

  void update(String id, PlanStatus status, Optional<Plan> plan) {
    if (plan.isPresent()) {
      jdbc.sql("UPDATE portal_plan SET status = ?, plan = ? WHERE id = ?")
          .param(status.name()).param(PlanJson.toJson(plan.get())).param(id).update();
    } else {
      jdbc.sql("UPDATE portal_plan SET status = ? WHERE id = ?").param(status.name()).param(id).update();
    }
  }

  public Optional<StoredPlan> find(String id) {
    return jdbc.sql("SELECT id, status, created_at, created_by, plan FROM portal_plan WHERE id = ?").param(id)
        .query((rs, row) -> new StoredPlan(rs.getString("id"), PlanStatus.valueOf(rs.getString("status")),
            rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
            Optional.ofNullable(rs.getString("plan"))))
        .optional();
  }

  public List<String> recentIds(int limit) {
    return jdbc.sql("SELECT id FROM portal_plan ORDER BY created_at DESC, id LIMIT ?").param(limit)
        .query(String.class).list();
  }

  /** Plans the portal was solving when it stopped: their sessions are gone. */
  void markInterrupted() {
    jdbc.sql("UPDATE portal_plan SET status = ? WHERE status = ?")
        .param(PlanStatus.CLOSED.name()).param(PlanStatus.SOLVING.name()).update();
  }

  void record(String planId, Decision decision, String clerk) {
    jdbc.sql("INSERT INTO portal_decision (plan_id, demand_id, seat, slot, expert_id, confirmed, decided_by, decided_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
        .param(planId).param(decision.demandId()).param(decision.seat()).param(decision.slot())
        .param(decision.expertId()).param(decision.confirmed()).param(clerk)
        .param(Timestamp.from(Instant.now())).update();
  }

  /**
   * The confirmed arrangements still standing, as pins for the next plan: the latest decision about
   * each expert in each seat, when it is a confirmation.
   */
  List<Pin> standingConfirmations() {
    return jdbc.sql("""
            SELECT d.demand_id, d.seat, d.expert_id, d.confirmed FROM portal_decision d
            WHERE d.id = (SELECT MAX(e.id) FROM portal_decision e
                          WHERE e.demand_id = d.demand_id AND e.seat = d.seat AND e.expert_id = d.expert_id)
            ORDER BY d.id""")
        .query((rs, row) -> rs.getBoolean("confirmed")
            ? Optional.of(new Pin(rs.getString("demand_id"), rs.getInt("seat"), rs.getString("expert_id")))
            : Optional.<Pin>empty())
        .list().stream().flatMap(Optional::stream).toList();
  }
}
