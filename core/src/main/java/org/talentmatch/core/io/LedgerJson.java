package org.talentmatch.core.io;

import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.talentmatch.api.InvalidProblemException;
import org.talentmatch.api.ValidationError;
import org.talentmatch.api.ledger.ServiceLedger;
import org.talentmatch.api.ledger.ServiceRecord;
import org.talentmatch.api.ledger.ServiceStatus;
import org.talentmatch.api.model.DateRange;
import org.talentmatch.api.model.HostUnit;
import org.talentmatch.api.model.HostUnitType;
import org.talentmatch.api.model.Program;
import org.talentmatch.core.validate.Limits;

/**
 * The ledger file of the batch job ({@code docs/LEDGER.md}): {@code {"format":
 * "talentmatch/v1-ledger", "records": [...]}}. Reading reports every error of the file at once,
 * each naming its JSON path ({@code $.records[3].rating}); unknown fields are ignored.
 */
public final class LedgerJson {
  public static final String FORMAT = "talentmatch/v1-ledger";
  private LedgerJson() {}

  /** Reads a ledger file with the limits of the other FORMAT.md files ({@link JsonDocuments#parse(Path)}). */
  public static List<ServiceRecord> read(Path file) throws IOException, InvalidProblemException {
    return records(JsonDocuments.parse(file));
  }

  public static List<ServiceRecord> read(String json) throws InvalidProblemException {
    return records(JsonDocuments.parse(requireNonNull(json, "json")));
  }

  private static List<ServiceRecord> records(JsonNode root) throws InvalidProblemException {
    if (!root.isObject()) {
      throw invalid("$", "expected an object");
    }
    Fields fields = new Fields(new ErrorLog());
    JsonNode format = root.path("format");
    if (!format.isTextual() || !format.textValue().equals(FORMAT)) {
      fields.errors.add(new ValidationError("$.format", "expected \"" + FORMAT + "\""));
    }
    JsonNode records = root.path("records");
    List<ServiceRecord> result = new ArrayList<>();
    if (!records.isArray()) {
      fields.errors.add(new ValidationError("$.records", records.isMissingNode() ? "required" : "expected an array"));
    } else {
      Map<String, Integer> seen = new HashMap<>();
      for (int i = 0; i < records.size(); i++) {
        String path = "$.records[" + i + "]";
        fields.record(records.get(i), path).ifPresent(result::add);
        // Checked on the raw id, so a duplicate is reported even when its first record is invalid.
        JsonNode id = records.get(i).path("recordId");
        if (id.isTextual()) {
          Integer first = seen.putIfAbsent(id.textValue(), i);
          if (first != null) {
            fields.errors.add(new ValidationError(path + ".recordId",
                "duplicate recordId \"" + id.textValue() + "\" (first at $.records[" + first + "])"));
          }
        }
      }
    }
    fields.errors.throwIfAny();
    return List.copyOf(result);
  }

  /** Writes the records in date order, atomically ({@link AtomicFiles}), pretty-printed like the plan file. */
  public static void write(Collection<ServiceRecord> records, Path file) throws IOException {
    JsonDocuments.write(document(records), file);
  }

  public static String toJson(Collection<ServiceRecord> records) {
    return JsonDocuments.print(document(records));
  }

  private static ObjectNode document(Collection<ServiceRecord> records) {
    ObjectNode root = JsonDocuments.object();
    root.put("format", FORMAT);
    ArrayNode array = root.putArray("records");
    records.stream().sorted(ServiceLedger.DATE_ORDER).forEach(r -> {
      ObjectNode o = array.addObject();
      o.put("recordId", r.recordId());
      o.put("expertId", r.expertId());
      o.put("demandId", r.demandId());
      o.put("program", r.program().name());
      ObjectNode unit = o.putObject("hostUnit");
      unit.put("name", r.hostUnit().name());
      unit.put("type", r.hostUnit().type().name());
      r.hostUnit().institution().ifPresent(institution -> unit.put("institution", institution));
      o.put("region", r.region());
      o.put("priorityArea", r.priorityArea());
      o.put("start", r.dates().start().toString());
      o.put("end", r.dates().end().toString());
      o.put("status", r.status().name());
      r.rating().ifPresent(rating -> o.put("rating", rating));
    });
    return root;
  }

  private static InvalidProblemException invalid(String path, String message) {
    return new InvalidProblemException(List.of(new ValidationError(path, message)));
  }

  /** Typed field readers that report to one error list and go on. */
  private record Fields(ErrorLog errors) {

    Optional<ServiceRecord> record(JsonNode node, String path) {
      if (!node.isObject()) {
        errors.add(new ValidationError(path, "expected an object"));
        return Optional.empty();
      }
      int mark = errors.count();
      Optional<String> recordId = text(node, path, "recordId");
      Optional<String> expertId = text(node, path, "expertId");
      Optional<String> demandId = text(node, path, "demandId");
      Optional<Program> program = code(node, path, "program", Program.values());
      Optional<HostUnit> hostUnit = hostUnit(node.path("hostUnit"), path + ".hostUnit");
      Optional<String> region = text(node, path, "region").filter(r -> check(r.matches("\\d{6}"),
          path + ".region", "must be a six-digit division code"));
      boolean priorityArea = bool(node, path, "priorityArea");
      Optional<LocalDate> start = date(node, path, "start");
      Optional<LocalDate> end = date(node, path, "end");
      Optional<ServiceStatus> status = code(node, path, "status", ServiceStatus.values());
      OptionalInt rating = rating(node, path);
      if (start.isPresent() && end.isPresent()) {
        check(!end.get().isBefore(start.get()), path + ".end", "is before start " + start.get());
      }
      if (errors.count() > mark) {
        return Optional.empty();
      }
      return Optional.of(new ServiceRecord(recordId.get(), expertId.get(), demandId.get(), program.get(),
          hostUnit.get(), region.get(), priorityArea, DateRange.of(start.get(), end.get()), status.get(), rating));
    }

    private Optional<HostUnit> hostUnit(JsonNode node, String path) {
      if (!node.isObject()) {
        errors.add(new ValidationError(path, node.isMissingNode() || node.isNull() ? "required" : "expected an object"));
        return Optional.empty();
      }
      Optional<String> name = text(node, path, "name");
      Optional<HostUnitType> type = code(node, path, "type", HostUnitType.values());
      JsonNode institution = node.path("institution");
      Optional<String> owner = Optional.empty();
      if (!institution.isMissingNode() && !institution.isNull()) {
        owner = text(node, path, "institution");
      }
      if (name.isEmpty() || type.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(new HostUnit(name.get(), type.get(), owner));
    }

    private Optional<String> text(JsonNode parent, String path, String field) {
      JsonNode node = parent.path(field);
      String where = path + "." + field;
      if (node.isMissingNode() || node.isNull()) {
        errors.add(new ValidationError(where, "required"));
      } else if (!node.isTextual()) {
        errors.add(new ValidationError(where, "expected a string"));
      } else if (node.textValue().isBlank()) {
        errors.add(new ValidationError(where, "must not be blank"));
      } else if (node.textValue().length() > JsonCursor.MAX_STRING_CHARS) {
        errors.add(new ValidationError(where, "must be at most " + JsonCursor.MAX_STRING_CHARS + " characters long"));
      } else {
        return Optional.of(node.textValue());
      }
      return Optional.empty();
    }

    private <E extends Enum<E>> Optional<E> code(JsonNode parent, String path, String field, E[] values) {
      return text(parent, path, field).flatMap(code -> {
        for (E value : values) {
          if (value.name().equals(code)) {
            return Optional.of(value);
          }
        }
        errors.add(new ValidationError(path + "." + field, "unknown code \"" + code + "\"; expected one of "
            + String.join(", ", Arrays.stream(values).map(Enum::name).toList())));
        return Optional.empty();
      });
    }

    private Optional<LocalDate> date(JsonNode parent, String path, String field) {
      return text(parent, path, field).flatMap(value -> {
        try {
          if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            LocalDate day = LocalDate.parse(value);
            Optional<String> outOfRange = Limits.outOfRange(day);
            outOfRange.ifPresent(message -> errors.add(new ValidationError(path + "." + field, message)));
            return outOfRange.isPresent() ? Optional.empty() : Optional.of(day);
          }
        } catch (DateTimeParseException e) {
          // an impossible day such as 2026-02-30: same error as any other bad date
        }
        errors.add(new ValidationError(path + "." + field, "expected a date YYYY-MM-DD"));
        return Optional.empty();
      });
    }

    /** Optional, default false. */
    private boolean bool(JsonNode parent, String path, String field) {
      JsonNode node = parent.path(field);
      if (node.isMissingNode() || node.isNull()) {
        return false;
      }
      check(node.isBoolean(), path + "." + field, "expected a boolean");
      return node.booleanValue();
    }

    /** Optional: absent or null means the host unit gave no rating. */
    private OptionalInt rating(JsonNode parent, String path) {
      JsonNode node = parent.path("rating");
      if (node.isMissingNode() || node.isNull()) {
        return OptionalInt.empty();
      }
      if (check(node.isIntegralNumber() && node.canConvertToInt()
          && node.intValue() >= ServiceRecord.MIN_RATING && node.intValue() <= ServiceRecord.MAX_RATING,
          path + ".rating", "expected an integer between 1 and 5")) {
        return OptionalInt.of(node.intValue());
      }
      return OptionalInt.empty();
    }

    private boolean check(boolean condition, String path, String message) {
      if (!condition) {
        errors.add(new ValidationError(path, message));
      }
      return condition;
    }
  }
}
