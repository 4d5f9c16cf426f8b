package org.talentmatch.core.io;

import static java.util.Objects.requireNonNull;
import static org.talentmatch.core.io.JsonCursor.arrayOf;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.Range;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.talentmatch.api.InvalidProblemException;
import org.talentmatch.api.plan.Alternate;
import org.talentmatch.api.plan.Assignment;
import org.talentmatch.api.plan.Plan;
import org.talentmatch.api.plan.PlanMetrics;
import org.talentmatch.api.plan.PlanScore;
import org.talentmatch.api.plan.Reason;
import org.talentmatch.api.plan.UnfilledSlot;
import org.talentmatch.core.validate.Limits;

/**
 * Reads and writes plan files (FORMAT.md, {@code "format": "talentmatch/v1-plan"}).
 *
 * <p>Output is byte-stable: members in the format's order, two-space indent, {@code \n} line
 * ends. Relevance, rates and the Gini coefficient are rounded to 4 decimals and distances to 0.1
 * km, so a plan reads back equal to the written one once its values carry that precision. Reading
 * checks structure only; whether a plan fits its problem is the plan checker's job.
 */
public final class PlanJson {
  static final String FORMAT = "talentmatch/v1-plan";

  /** Reasons (and alternates) of one assignment or candidate: the engine writes a handful. */
  static final int MAX_REASONS = 100;
  private static final int RATE_DECIMALS = 4;
  private static final int KM_DECIMALS = 1;
  private static final Range<Double> UNIT_INTERVAL = Range.closed(0.0, 1.0);
  private static final Range<Double> NON_NEGATIVE = Range.atLeast(0.0);
  private static final Range<Integer> INDEX = Range.atLeast(0);

  private PlanJson() {}

  public static String toJson(Plan plan) {
    requireNonNull(plan, "plan");
    return JsonDocuments.print(toTree(plan));
  }

  /** Writes {@link #toJson} as UTF-8, atomically (see {@link AtomicFiles#write}). */
  public static void write(Plan plan, Path file) throws IOException {
    requireNonNull(plan, "plan");
    JsonDocuments.write(toTree(plan), file);
  }

  public static Plan read(Path file) throws IOException, InvalidProblemException {
    requireNonNull(file, "file");
    return fromTree(JsonDocuments.parse(file));
  }

  public static Plan parse(String json) throws InvalidProblemException {
    requireNonNull(json, "json");
    return fromTree(JsonDocuments.parse(json));
  }

  private static ObjectNode toTree(Plan plan) {
    ObjectNode root = JsonDocuments.object();
    root.put("format", FORMAT);
    ObjectNode score = root.putObject("score");
    score.put("hard", plan.score().hard());
    score.put("medium", plan.score().medium());
    score.put("soft", plan.score().soft());
    ArrayNode assignments = root.putArray("assignments");
    plan.assignments().forEach(a -> assignment(assignments.addObject(), a));
    ArrayNode unfilled = root.putArray("unfilled");
    plan.unfilled().forEach(u -> unfilled(unfilled.addObject(), u));
    metrics(root.putObject("metrics"), plan.metrics());
    return root;
  }

  private static void assignment(ObjectNode node, Assignment a) {
    node.put("demandId", a.demandId());
    node.put("seat", a.seat());
    node.put("slot", a.slot());
    node.put("expertId", a.expertId());
    if (a.relevance().isPresent()) {
      node.set("relevance", JsonDocuments.rounded(a.relevance().getAsDouble(), RATE_DECIMALS));
    } else {
      node.putNull("relevance");
    }
    node.set("distanceKm", JsonDocuments.rounded(a.distanceKm(), KM_DECIMALS));
    node.put("pinned", a.pinned());
    ArrayNode reasons = node.putArray("reasons");
    for (Reason reason : a.reasons()) {
      ObjectNode r = reasons.addObject();
      r.put("rule", reason.rule());
      r.put("impact", reason.impact());
      r.put("text", reason.text());
      r.put("textEn", reason.textEn());
    }
    // optional, written only when there are some: readers of plans without alternates see no change
    if (!a.alternates().isEmpty()) {
      ArrayNode alternates = node.putArray("alternates");
      for (Alternate alternate : a.alternates()) {
        ObjectNode alt = alternates.addObject();
        alt.put("expertId", alternate.expertId());
        alt.set("relevance", JsonDocuments.rounded(alternate.relevance(), RATE_DECIMALS));
        alt.set("distanceKm", JsonDocuments.rounded(alternate.distanceKm(), KM_DECIMALS));
      }
    }
  }

  private static void unfilled(ObjectNode node, UnfilledSlot u) {
    node.put("demandId", u.demandId());
    node.put("seat", u.seat());
    node.put("slot", u.slot());
    node.put("reason", u.reason());
    node.put("reasonEn", u.reasonEn());
  }

  private static void metrics(ObjectNode node, PlanMetrics m) {
    node.put("seatsTotal", m.seatsTotal());
    node.put("seatsFilled", m.seatsFilled());
    node.set("priorityAreaFillRate", JsonDocuments.rounded(m.priorityAreaFillRate(), RATE_DECIMALS));
    node.set("meanRelevance", JsonDocuments.rounded(m.meanRelevance(), RATE_DECIMALS));
    node.set("loadGini", JsonDocuments.rounded(m.loadGini(), RATE_DECIMALS));
    node.set("meanDistanceKm", JsonDocuments.rounded(m.meanDistanceKm(), KM_DECIMALS));
    m.moved().ifPresent(moved -> node.put("moved", moved));
  }

  private static Plan fromTree(JsonNode document) throws InvalidProblemException {
    ErrorLog errors = new ErrorLog();
    Optional<Plan> plan = JsonDocuments.rootOf(document, FORMAT, errors).flatMap(PlanJson::plan);
    errors.throwIfAny();
    return plan.orElseThrow();
  }

  private static Optional<Plan> plan(JsonCursor root) {
    int mark = root.errorCount();
    Optional<PlanScore> score = root.field("score").required(PlanJson::score);
    Optional<List<Assignment>> assignments = root.field("assignments").required(arrayOf(Limits.MAX_SLOTS, PlanJson::assignment));
    Optional<List<UnfilledSlot>> unfilled = root.field("unfilled").required(arrayOf(Limits.MAX_SLOTS, PlanJson::unfilledSlot));
    Optional<PlanMetrics> metrics = root.field("metrics").required(PlanJson::metrics);
    return root.build(mark, () -> new Plan(score.orElseThrow(), assignments.orElseThrow(), unfilled.orElseThrow(),
        metrics.orElseThrow()));
  }

  private static Optional<PlanScore> score(JsonCursor s) {
    if (!s.expectObject()) {
      return Optional.empty();
    }
    int mark = s.errorCount();
    Optional<Long> hard = s.field("hard").required(JsonCursor::longInteger);
    Optional<Long> medium = s.field("medium").required(JsonCursor::longInteger);
    Optional<Long> soft = s.field("soft").required(JsonCursor::longInteger);
    return s.build(mark, () -> new PlanScore(hard.orElseThrow(), medium.orElseThrow(), soft.orElseThrow()));
  }

  private static Optional<Assignment> assignment(JsonCursor a) {
    if (!a.expectObject()) {
      return Optional.empty();
    }
    int mark = a.errorCount();
    Optional<String> demandId = a.field("demandId").required(JsonCursor::nonBlankString);
    Optional<Integer> seat = a.field("seat").required(c -> c.integer(INDEX));
    Optional<Integer> slot = a.field("slot").required(c -> c.integer(INDEX));
    Optional<String> expertId = a.field("expertId").required(JsonCursor::nonBlankString);
    // null (or left out) only for a pinned assignment the engine would not have proposed
    Optional<Double> relevance = a.field("relevance").optional(c -> c.number(UNIT_INTERVAL));
    Optional<Double> distanceKm = a.field("distanceKm").required(c -> c.number(NON_NEGATIVE));
    boolean pinned = a.field("pinned").optional(JsonCursor::bool).orElse(false);
    List<Reason> reasons = a.field("reasons").optional(arrayOf(MAX_REASONS, PlanJson::reason)).orElse(List.of());
    List<Alternate> alternates = a.field("alternates").optional(arrayOf(MAX_REASONS, PlanJson::alternate)).orElse(List.of());
    return a.build(mark, () -> new Assignment(demandId.orElseThrow(), seat.orElseThrow(), slot.orElseThrow(),
        expertId.orElseThrow(), relevance.map(OptionalDouble::of).orElse(OptionalDouble.empty()),
        distanceKm.orElseThrow(), pinned, reasons, alternates));
  }

  private static Optional<Alternate> alternate(JsonCursor a) {
    if (!a.expectObject()) {
      return Optional.empty();
    }
    int mark = a.errorCount();
    Optional<String> expertId = a.field("expertId").required(JsonCursor::nonBlankString);
    Optional<Double> relevance = a.field("relevance").required(c -> c.number(UNIT_INTERVAL));
    Optional<Double> distanceKm = a.field("distanceKm").required(c -> c.number(NON_NEGATIVE));
    return a.build(mark, () -> new Alternate(expertId.orElseThrow(), relevance.orElseThrow(),
        distanceKm.orElseThrow()));
  }

  private static Optional<Reason> reason(JsonCursor r) {
    if (!r.expectObject()) {
      return Optional.empty();
    }
    int mark = r.errorCount();
    Optional<String> rule = r.field("rule").required(JsonCursor::nonBlankString);
    Optional<String> impact = r.field("impact").required(JsonCursor::string);
    Optional<String> text = r.field("text").required(JsonCursor::string);
    String textEn = r.field("textEn").optional(JsonCursor::string).orElse("");
    return r.build(mark, () -> new Reason(rule.orElseThrow(), impact.orElseThrow(), text.orElseThrow(), textEn));
  }

  private static Optional<UnfilledSlot> unfilledSlot(JsonCursor u) {
    if (!u.expectObject()) {
      return Optional.empty();
    }
    int mark = u.errorCount();
    Optional<String> demandId = u.field("demandId").required(JsonCursor::nonBlankString);
    Optional<Integer> seat = u.field("seat").required(c -> c.integer(INDEX));
    Optional<Integer> slot = u.field("slot").required(c -> c.integer(INDEX));
    Optional<String> reason = u.field("reason").required(JsonCursor::string);
    String reasonEn = u.field("reasonEn").optional(JsonCursor::string).orElse("");
    return u.build(mark, () -> new UnfilledSlot(demandId.orElseThrow(), seat.orElseThrow(), slot.orElseThrow(),
        reason.orElseThrow(), reasonEn));
  }

  private static Optional<PlanMetrics> metrics(JsonCursor m) {
    if (!m.expectObject()) {
      return Optional.empty();
    }
    int mark = m.errorCount();
    Optional<Integer> seatsTotal = m.field("seatsTotal").required(c -> c.integer(INDEX));
    Optional<Integer> seatsFilled = m.field("seatsFilled").required(c -> c.integer(INDEX));
    Optional<Double> fillRate = m.field("priorityAreaFillRate").required(c -> c.number(UNIT_INTERVAL));
    Optional<Double> meanRelevance = m.field("meanRelevance").required(c -> c.number(UNIT_INTERVAL));
    Optional<Double> loadGini = m.field("loadGini").required(c -> c.number(UNIT_INTERVAL));
    Optional<Double> meanDistanceKm = m.field("meanDistanceKm").required(c -> c.number(NON_NEGATIVE));
    Optional<Integer> moved = m.field("moved").optional(c -> c.integer(INDEX));
    return m.build(mark, () -> new PlanMetrics(seatsTotal.orElseThrow(), seatsFilled.orElseThrow(),
        fillRate.orElseThrow(), meanRelevance.orElseThrow(), loadGini.orElseThrow(), meanDistanceKm.orElseThrow(),
        moved.map(OptionalInt::of).orElse(OptionalInt.empty())));
  }
}
