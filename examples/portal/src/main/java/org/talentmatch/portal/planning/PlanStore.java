package org.talentmatch.portal.planning;

import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;
import org.talentmatch.api.change.ReleasedPin;
import org.talentmatch.api.model.Pin;
import org.talentmatch.api.model.Problem;
import org.talentmatch.api.plan.Plan;
import org.talentmatch.core.io.PlanJson;
import org.talentmatch.core.io.ProblemJson;

/**
 * Plans and decisions in the database: each plan with the problem it solved (for accountability:
 * what the engine was given and what it answered) and its latest plan; each confirmation and decline
 * with who made it. Times are the database's.
 */
@Repository
@DependsOnDatabaseInitialization
public class PlanStore {
  private final JdbcClient jdbc;
  private final TransactionTemplate transactions;

  public PlanStore(JdbcClient jdbc, TransactionTemplate transactions) {
    this.jdbc = jdbc;
    this.transactions = transactions;
  }

  /** A stored plan: its latest state and the plan as FORMAT.md JSON, once there is one. */
  public record StoredPlan(String id, PlanStatus status, Instant createdAt, String createdBy,
      Optional<String> planJson) {}

  /** A plan's state without its documents, for lists. */
  public record PlanSummary(String id, PlanStatus status, Instant createdAt, String createdBy) {}

  void insert(String id, Problem problem, String createdBy) {
    jdbc.sql("INSERT INTO portal_plan (id, status, created_at, created_by, problem, plan)"
            + " VALUES (?, ?, CURRENT_TIMESTAMP, ?, ?, NULL)")
        .param(id).param(PlanStatus.SOLVING.name()).param(createdBy).param(ProblemJson.toJson(problem)).update();
  }

  /** Stores a final state (closed, failed) and the last plan, if any. */
  void end(String id, PlanStatus status, Optional<Plan> plan) {
    jdbc.sql("UPDATE portal_plan SET status = ?, plan = COALESCE(?, plan) WHERE id = ?")
        .param(status.name()).param(plan.map(PlanJson::toJson).orElse(null)).param(id).update();
  }

  /** Stores a finished run's plan, unless the plan reached a final state meanwhile. */
  void solved(String id, Plan plan) {
    jdbc.sql("UPDATE portal_plan SET status = ?, plan = ? WHERE id = ? AND status NOT IN (?, ?)")
        .param(PlanStatus.SOLVED.name()).param(PlanJson.toJson(plan)).param(id)
        .param(PlanStatus.CLOSED.name()).param(PlanStatus.FAILED.name()).update();
  }

  public Optional<StoredPlan> find(String id) {
    return jdbc.sql("SELECT id, status, created_at, created_by, plan FROM portal_plan WHERE id = ?").param(id)
        .query((rs, row) -> new StoredPlan(rs.getString("id"), PlanStatus.valueOf(rs.getString("status")),
            rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
            Optional.ofNullable(rs.getString("plan"))))
        .optional();
  }

  public List<PlanSummary> recent(int limit) {
    return jdbc.sql("SELECT id, status, created_at, created_by FROM portal_plan ORDER BY created_at DESC, id LIMIT ?")
        .param(limit)
        .query((rs, row) -> new PlanSummary(rs.getString("id"), PlanStatus.valueOf(rs.getString("status")),
            rs.getTimestamp("created_at").toInstant(), rs.getString("created_by")))
        .list();
  }

  /** Plans the portal was solving when it stopped: their sessions are gone. */
  void markInterrupted() {
    jdbc.sql("UPDATE portal_plan SET status = ? WHERE status = ?")
        .param(PlanStatus.CLOSED.name()).param(PlanStatus.SOLVING.name()).update();
  }

  /**
   * Records a decision and, as declines, the confirmations it released (a decline of an expert
   * releases their other confirmed seats of that demand), in one transaction.
   */
  void record(String planId, Decision decision, List<ReleasedPin> released, String clerk) {
    transactions.executeWithoutResult(status -> {
      insertDecision(planId, decision.demandId(), decision.seat(), decision.slot(), decision.expertId(),
          decision.confirmed(), clerk);
      for (ReleasedPin pin : released) {
        insertDecision(planId, pin.pin().demandId(), pin.pin().seat(), null, pin.pin().expertId(), false, clerk);
      }
    });
  }

  private void insertDecision(String planId, String demandId, int seat, Integer slot, String expertId,
      boolean confirmed, String clerk) {
    jdbc.sql("INSERT INTO portal_decision (plan_id, demand_id, seat, slot, expert_id, confirmed, decided_by, decided_at)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, CURRENT_TIMESTAMP)")
        .param(planId).param(demandId).param(seat).param(new SqlParameterValue(Types.INTEGER, slot)).param(expertId).param(confirmed).param(clerk)
        .update();
  }

  /**
   * The confirmed arrangements still standing, as pins for the next plan: the latest decision about
   * each expert in each seat, when it is a confirmation.
   */
  List<Pin> standingConfirmations() {
    return jdbc.sql("""
            SELECT d.demand_id, d.seat, d.expert_id FROM portal_decision d
            WHERE d.confirmed AND d.id = (SELECT MAX(e.id) FROM portal_decision e
                          WHERE e.demand_id = d.demand_id AND e.seat = d.seat AND e.expert_id = d.expert_id)
            ORDER BY d.id""")
        .query((rs, row) -> new Pin(rs.getString("demand_id"), rs.getInt("seat"), rs.getString("expert_id")))
        .list();
  }
}
