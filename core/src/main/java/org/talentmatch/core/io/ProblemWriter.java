package org.talentmatch.core.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collection;
import java.util.EnumSet;
import org.talentmatch.api.model.DateRange;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.Expert;
import org.talentmatch.api.model.GeoLocation;
import org.talentmatch.api.model.HistoryEntry;
import org.talentmatch.api.model.Pin;
import org.talentmatch.api.model.Policy;
import org.talentmatch.api.model.Problem;
import org.talentmatch.api.model.Seat;

/**
 * Writes a problem as FORMAT.md v1, members in the format's order. Optional fields are left out
 * only when they have no value at all (no travel limit, no per-expert cap, no minimum title), so
 * the output reads back to an equal problem.
 */
final class ProblemWriter {
  private ProblemWriter() {}

  static ObjectNode toTree(Problem problem) {
    ObjectNode root = JsonDocuments.object();
    root.put("format", ProblemReader.FORMAT);
    dateRange(root.putObject("period"), problem.period());
    policy(root.putObject("policy"), problem.policy());
    ArrayNode experts = root.putArray("experts");
    problem.experts().forEach(expert -> expert(experts.addObject(), expert));
    ArrayNode demands = root.putArray("demands");
    problem.demands().forEach(demand -> demand(demands.addObject(), demand));
    ArrayNode history = root.putArray("history");
    problem.history().forEach(entry -> historyEntry(history.addObject(), entry));
    ArrayNode pinned = root.putArray("pinned");
    problem.pinned().forEach(pin -> pin(pinned.addObject(), pin));
    return root;
  }

  private static void policy(ObjectNode node, Policy policy) {
    node.put("maxAssignmentsPerExpert", policy.maxAssignmentsPerExpert());
    node.put("cooldownDays", policy.cooldownDays());
    policy.maxTravelKm().ifPresent(km -> node.set("maxTravelKm", JsonDocuments.plain(km)));
    policy.minRelevance().ifPresent(r -> node.set("minRelevance", JsonDocuments.plain(r)));
  }

  static void expert(ObjectNode node, Expert expert) {
    node.put("id", expert.id());
    node.put("name", expert.name());
    node.put("institution", expert.institution());
    node.put("title", expert.title().name());
    node.put("degree", expert.degree().name());
    // programs is a set: write it in the enum's order so equal experts give equal bytes
    strings(node.putArray("programs"), EnumSet.copyOf(expert.programs()).stream().map(Enum::name).toList());
    strings(node.putArray("skills"), expert.skills());
    node.put("profile", expert.profile());
    location(node.putObject("location"), expert.location());
    node.put("huicaiCard", expert.huicaiCard());
    ArrayNode unavailable = node.putArray("unavailable");
    expert.unavailable().forEach(range -> dateRange(unavailable.addObject(), range));
    expert.maxAssignments().ifPresent(max -> node.put("maxAssignments", max));
  }

  static void demand(ObjectNode node, Demand demand) {
    node.put("id", demand.id());
    node.put("program", demand.program().name());
    node.put("title", demand.title());
    node.put("description", demand.description());
    ObjectNode hostUnit = node.putObject("hostUnit");
    hostUnit.put("name", demand.hostUnit().name());
    hostUnit.put("type", demand.hostUnit().type().name());
    hostUnit.put("institution", demand.hostUnit().institution().orElse(null));
    location(node.putObject("location"), demand.location());
    node.put("priorityArea", demand.priorityArea());
    node.put("priority", demand.priority());
    dateRange(node, demand.dates());
    ArrayNode seats = node.putArray("seats");
    demand.seats().forEach(seat -> seat(seats.addObject(), seat));
  }

  private static void seat(ObjectNode node, Seat seat) {
    node.put("role", seat.role().name());
    node.put("count", seat.count());
    strings(node.putArray("skills"), seat.skills());
    seat.minTitle().ifPresent(title -> node.put("minTitle", title.name()));
    seat.minDegree().ifPresent(degree -> node.put("minDegree", degree.name()));
  }

  private static void historyEntry(ObjectNode node, HistoryEntry entry) {
    node.put("expertId", entry.expertId());
    node.put("demandId", entry.demandId().orElse(null));
    node.put("hostUnit", entry.hostUnit());
    node.put("region", entry.region());
    dateRange(node, entry.dates());
  }

  private static void pin(ObjectNode node, Pin pin) {
    node.put("demandId", pin.demandId());
    node.put("seat", pin.seat());
    node.put("expertId", pin.expertId());
  }

  private static void location(ObjectNode node, GeoLocation location) {
    node.put("region", location.region());
    node.set("lat", JsonDocuments.plain(location.lat()));
    node.set("lon", JsonDocuments.plain(location.lon()));
  }

  private static void dateRange(ObjectNode node, DateRange range) {
    node.put("start", range.start().toString());
    node.put("end", range.end().toString());
  }

  private static void strings(ArrayNode array, Collection<String> values) {
    values.forEach(array::add);
  }
}
