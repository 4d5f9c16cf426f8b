package org.talentmatch.core.io;

import static org.talentmatch.core.io.JsonCursor.arrayOf;
import static org.talentmatch.core.io.JsonCursor.nonEmptyArrayOf;

import com.google.common.collect.Range;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import org.talentmatch.api.model.DateRange;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.Expert;
import org.talentmatch.api.model.GeoLocation;
import org.talentmatch.api.model.HistoryEntry;
import org.talentmatch.api.model.HostUnit;
import org.talentmatch.api.model.Pin;
import org.talentmatch.api.model.Policy;
import org.talentmatch.api.model.Problem;
import org.talentmatch.api.model.Program;
import org.talentmatch.api.model.Seat;
import org.talentmatch.core.validate.Limits;

/**
 * The structural half of reading a problem file: walks the whole tree, reports every missing
 * field, wrong type, unknown code and out-of-range value, and builds the typed {@link Problem}
 * only when there was none. Unknown members are ignored. Semantic checks are {@code
 * ProblemValidator}'s.
 */
final class ProblemReader {
  static final String FORMAT = "talentmatch/v1";

  private ProblemReader() {}

  /** The problem of a root object, or empty after reporting its structural errors to the cursor. */
  static Optional<Problem> read(JsonCursor root) {
    int mark = root.errorCount();
    Optional<DateRange> period = root.field("period").required(ProblemReader::dateRangeObject);
    Policy policy = root.field("policy").optional(ProblemReader::policy).orElse(Policy.defaults());
    Optional<List<Expert>> experts = root.field("experts").required(arrayOf(Limits.MAX_EXPERTS, ProblemReader::expert));
    Optional<List<Demand>> demands = root.field("demands").required(arrayOf(Limits.MAX_DEMANDS, ProblemReader::demand));
    List<HistoryEntry> history = root.field("history").optional(arrayOf(Limits.MAX_HISTORY, ProblemReader::historyEntry)).orElse(List.of());
    List<Pin> pinned = root.field("pinned").optional(arrayOf(Limits.MAX_PINS, ProblemReader::pin)).orElse(List.of());
    return root.build(mark, () -> new Problem(period.orElseThrow(), policy, experts.orElseThrow(),
        demands.orElseThrow(), history, pinned));
  }

  private static Optional<Policy> policy(JsonCursor p) {
    if (!p.expectObject()) {
      return Optional.empty();
    }
    int mark = p.errorCount();
    int maxAssignments = p.field("maxAssignmentsPerExpert").optional(c -> c.integer(Range.atLeast(1)))
        .orElse(Policy.DEFAULT_MAX_ASSIGNMENTS);
    int cooldownDays = p.field("cooldownDays").optional(c -> c.integer(Range.atLeast(0)))
        .orElse(Policy.DEFAULT_COOLDOWN_DAYS);
    OptionalDouble maxTravelKm = optionalDouble(p.field("maxTravelKm")
        .optional(c -> c.number(Range.greaterThan(0.0))));
    OptionalDouble minRelevance = optionalDouble(p.field("minRelevance")
        .optional(c -> c.number(Range.closed(0.0, 1.0))));
    return p.build(mark, () -> new Policy(maxAssignments, cooldownDays, maxTravelKm, minRelevance));
  }

  static Optional<Expert> expert(JsonCursor e) {
    if (!e.expectObject()) {
      return Optional.empty();
    }
    int mark = e.errorCount();
    Optional<String> id = e.field("id").required(JsonCursor::nonBlankString);
    String name = e.field("name").optional(JsonCursor::string).orElse("");
    Optional<String> institution = e.field("institution").required(JsonCursor::nonBlankString);
    var title = e.field("title").required(c -> c.code(Codes.TITLE));
    var degree = e.field("degree").required(c -> c.code(Codes.DEGREE));
    var programs = e.field("programs").required(nonEmptyArrayOf(Program.values().length, c -> c.code(Codes.PROGRAM)));
    Optional<List<String>> skills = e.field("skills").required(nonEmptyArrayOf(Limits.MAX_SKILLS_PER_EXPERT, JsonCursor::nonBlankString));
    String profile = e.field("profile").optional(JsonCursor::string).orElse("");
    Optional<GeoLocation> location = e.field("location").required(ProblemReader::location);
    boolean huicaiCard = e.field("huicaiCard").optional(JsonCursor::bool).orElse(false);
    List<DateRange> unavailable = e.field("unavailable").optional(arrayOf(Limits.MAX_UNAVAILABLE_PER_EXPERT, ProblemReader::dateRangeObject))
        .orElse(List.of());
    Optional<Integer> maxAssignments = e.field("maxAssignments").optional(c -> c.integer(Range.atLeast(0)));
    return e.build(mark, () -> new Expert(id.orElseThrow(), name, institution.orElseThrow(), title.orElseThrow(),
        degree.orElseThrow(), Set.copyOf(programs.orElseThrow()), skills.orElseThrow(), profile,
        location.orElseThrow(), huicaiCard, unavailable,
        maxAssignments.map(OptionalInt::of).orElse(OptionalInt.empty())));
  }

  static Optional<Demand> demand(JsonCursor d) {
    if (!d.expectObject()) {
      return Optional.empty();
    }
    int mark = d.errorCount();
    Optional<String> id = d.field("id").required(JsonCursor::nonBlankString);
    var program = d.field("program").required(c -> c.code(Codes.PROGRAM));
    Optional<String> title = d.field("title").required(JsonCursor::nonBlankString);
    String description = d.field("description").optional(JsonCursor::string).orElse("");
    Optional<HostUnit> hostUnit = d.field("hostUnit").required(ProblemReader::hostUnit);
    Optional<GeoLocation> location = d.field("location").required(ProblemReader::location);
    boolean priorityArea = d.field("priorityArea").optional(JsonCursor::bool).orElse(false);
    int priority = d.field("priority").optional(c -> c.integer(Range.closed(1, 5))).orElse(Demand.DEFAULT_PRIORITY);
    Optional<DateRange> dates = dateRange(d);
    Optional<List<Seat>> seats = d.field("seats").required(nonEmptyArrayOf(Limits.MAX_SEATS_PER_DEMAND, ProblemReader::seat));
    return d.build(mark, () -> new Demand(id.orElseThrow(), program.orElseThrow(), title.orElseThrow(), description,
        hostUnit.orElseThrow(), location.orElseThrow(), priorityArea, priority, dates.orElseThrow(),
        seats.orElseThrow()));
  }

  private static Optional<HostUnit> hostUnit(JsonCursor h) {
    if (!h.expectObject()) {
      return Optional.empty();
    }
    int mark = h.errorCount();
    Optional<String> name = h.field("name").required(JsonCursor::nonBlankString);
    var type = h.field("type").required(c -> c.code(Codes.HOST_UNIT_TYPE));
    Optional<String> institution = h.field("institution").optional(JsonCursor::string);
    return h.build(mark, () -> new HostUnit(name.orElseThrow(), type.orElseThrow(), institution));
  }

  private static Optional<Seat> seat(JsonCursor s) {
    if (!s.expectObject()) {
      return Optional.empty();
    }
    int mark = s.errorCount();
    var role = s.field("role").required(c -> c.code(Codes.SEAT_ROLE));
    Optional<Integer> count = s.field("count").required(c -> c.integer(Range.atLeast(1)));
    Optional<List<String>> skills = s.field("skills").required(nonEmptyArrayOf(Limits.MAX_SKILLS_PER_SEAT, JsonCursor::nonBlankString));
    var minTitle = s.field("minTitle").optional(c -> c.code(Codes.TITLE));
    var minDegree = s.field("minDegree").optional(c -> c.code(Codes.DEGREE));
    return s.build(mark, () -> new Seat(role.orElseThrow(), count.orElseThrow(), skills.orElseThrow(), minTitle,
        minDegree));
  }

  private static Optional<HistoryEntry> historyEntry(JsonCursor h) {
    if (!h.expectObject()) {
      return Optional.empty();
    }
    int mark = h.errorCount();
    Optional<String> expertId = h.field("expertId").required(JsonCursor::nonBlankString);
    Optional<String> demandId = h.field("demandId").optional(JsonCursor::nonBlankString);
    Optional<String> hostUnit = h.field("hostUnit").required(JsonCursor::nonBlankString);
    Optional<String> region = h.field("region").required(JsonCursor::region);
    Optional<DateRange> dates = dateRange(h);
    return h.build(mark, () -> new HistoryEntry(expertId.orElseThrow(), demandId, hostUnit.orElseThrow(),
        region.orElseThrow(), dates.orElseThrow()));
  }

  private static Optional<Pin> pin(JsonCursor p) {
    if (!p.expectObject()) {
      return Optional.empty();
    }
    int mark = p.errorCount();
    Optional<String> demandId = p.field("demandId").required(JsonCursor::nonBlankString);
    Optional<Integer> seat = p.field("seat").required(c -> c.integer(Range.atLeast(0)));
    Optional<String> expertId = p.field("expertId").required(JsonCursor::nonBlankString);
    return p.build(mark, () -> new Pin(demandId.orElseThrow(), seat.orElseThrow(), expertId.orElseThrow()));
  }

  private static Optional<GeoLocation> location(JsonCursor l) {
    if (!l.expectObject()) {
      return Optional.empty();
    }
    int mark = l.errorCount();
    Optional<String> region = l.field("region").required(JsonCursor::region);
    Optional<Double> lat = l.field("lat").required(c -> c.number(Range.closed(-90.0, 90.0)));
    Optional<Double> lon = l.field("lon").required(c -> c.number(Range.closed(-180.0, 180.0)));
    return l.build(mark, () -> new GeoLocation(region.orElseThrow(), lat.orElseThrow(), lon.orElseThrow()));
  }

  /** A {@code {"start": …, "end": …}} object such as the period or an unavailable range. */
  private static Optional<DateRange> dateRangeObject(JsonCursor r) {
    return r.expectObject() ? dateRange(r) : Optional.empty();
  }

  /** The {@code start} and {@code end} members of an object; an end before the start is reported at {@code end}. */
  static Optional<DateRange> dateRange(JsonCursor owner) {
    Optional<LocalDate> start = owner.field("start").required(JsonCursor::date);
    JsonCursor endField = owner.field("end");
    Optional<LocalDate> end = endField.required(JsonCursor::date);
    if (start.isEmpty() || end.isEmpty()) {
      return Optional.empty();
    }
    if (end.get().isBefore(start.get())) {
      endField.error("must not be before start " + start.get());
      return Optional.empty();
    }
    return Optional.of(new DateRange(start.get(), end.get()));
  }



  private static OptionalDouble optionalDouble(Optional<Double> value) {
    return value.map(OptionalDouble::of).orElse(OptionalDouble.empty());
  }
}
