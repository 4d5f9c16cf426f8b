package org.talentmatch.core.io;

import static java.util.Objects.requireNonNull;
import static org.talentmatch.core.io.JsonCursor.arrayOf;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.Range;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.talentmatch.api.InvalidProblemException;
import org.talentmatch.api.change.PlanChange;
import org.talentmatch.api.model.DateRange;
import org.talentmatch.api.plan.SlotRef;
import org.talentmatch.core.validate.Limits;

/**
 * Reads changes files (FORMAT.md "Changes file", {@code "format": "talentmatch/v1-changes"}). Every
 * structural error of the file is reported at once with its JSON path ({@code $.changes[3].start});
 * an added demand or expert is read as in a problem file. Whether a change refers to something that
 * exists is checked when the changes are applied ({@code org.talentmatch.core.replan.ChangeApplier}),
 * with the same paths.
 */
public final class ChangesJson {
  static final String FORMAT = "talentmatch/v1-changes";

  private static final Range<Integer> INDEX = Range.atLeast(0);
  private static final String TYPES =
      "confirm, decline, unavailable, cancelDemand, moveDemand, addDemand, addExpert";

  private ChangesJson() {}

  public static List<PlanChange> read(Path file) throws IOException, InvalidProblemException {
    requireNonNull(file, "file");
    return fromTree(JsonDocuments.parse(file));
  }

  public static List<PlanChange> parse(String json) throws InvalidProblemException {
    requireNonNull(json, "json");
    return fromTree(JsonDocuments.parse(json));
  }

  private static List<PlanChange> fromTree(JsonNode document) throws InvalidProblemException {
    ErrorLog errors = new ErrorLog();
    Optional<List<PlanChange>> changes = JsonDocuments.rootOf(document, FORMAT, errors)
        .flatMap(root -> root.field("changes").required(arrayOf(Limits.MAX_CHANGES, ChangesJson::change)));
    errors.throwIfAny();
    return changes.orElseThrow();
  }

  private static Optional<PlanChange> change(JsonCursor c) {
    if (!c.expectObject()) {
      return Optional.empty();
    }
    JsonCursor typeField = c.field("type");
    Optional<String> type = typeField.required(JsonCursor::nonBlankString);
    if (type.isEmpty()) {
      return Optional.empty();
    }
    int mark = c.errorCount();
    switch (type.get()) {
      case "confirm": {
        Optional<SlotRef> slot = slot(c);
        Optional<String> expertId = c.field("expertId").required(JsonCursor::nonBlankString);
        return c.build(mark, () -> new PlanChange.Confirm(slot.orElseThrow(), expertId.orElseThrow()));
      }
      case "decline": {
        Optional<SlotRef> slot = slot(c);
        Optional<String> expertId = c.field("expertId").required(JsonCursor::nonBlankString);
        return c.build(mark, () -> new PlanChange.Decline(slot.orElseThrow(), expertId.orElseThrow()));
      }
      case "unavailable": {
        Optional<String> expertId = c.field("expertId").required(JsonCursor::nonBlankString);
        Optional<DateRange> dates = ProblemReader.dateRange(c);
        return c.build(mark, () -> new PlanChange.Unavailable(expertId.orElseThrow(), dates.orElseThrow()));
      }
      case "cancelDemand": {
        Optional<String> demandId = c.field("demandId").required(JsonCursor::nonBlankString);
        return c.build(mark, () -> new PlanChange.CancelDemand(demandId.orElseThrow()));
      }
      case "moveDemand": {
        Optional<String> demandId = c.field("demandId").required(JsonCursor::nonBlankString);
        Optional<DateRange> dates = ProblemReader.dateRange(c);
        return c.build(mark, () -> new PlanChange.MoveDemand(demandId.orElseThrow(), dates.orElseThrow()));
      }
      case "addDemand": {
        var demand = c.field("demand").required(ProblemReader::demand);
        return c.build(mark, () -> new PlanChange.AddDemand(demand.orElseThrow()));
      }
      case "addExpert": {
        var expert = c.field("expert").required(ProblemReader::expert);
        return c.build(mark, () -> new PlanChange.AddExpert(expert.orElseThrow()));
      }
      default:
        typeField.error("unknown change type \"" + type.get() + "\"; expected one of " + TYPES);
        return Optional.empty();
    }
  }

  /** The {@code demandId}, {@code seat} and {@code slot} members of a change. */
  private static Optional<SlotRef> slot(JsonCursor c) {
    Optional<String> demandId = c.field("demandId").required(JsonCursor::nonBlankString);
    Optional<Integer> seat = c.field("seat").required(r -> r.integer(INDEX));
    Optional<Integer> slot = c.field("slot").required(r -> r.integer(INDEX));
    if (demandId.isEmpty() || seat.isEmpty() || slot.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new SlotRef(demandId.get(), seat.get(), slot.get()));
  }
}
