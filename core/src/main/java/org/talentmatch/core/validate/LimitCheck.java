package org.talentmatch.core.validate;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.talentmatch.api.ValidationError;
import org.talentmatch.api.model.DateRange;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.Expert;
import org.talentmatch.api.model.HistoryEntry;
import org.talentmatch.api.model.Policy;
import org.talentmatch.api.model.Problem;
import org.talentmatch.api.model.Seat;

/**
 * {@link Limits} applied to a typed problem, each breach reported at the path of the value that
 * breaks it. The file readers refuse over-long arrays and out-of-range dates already; this check
 * also holds for problems built through the Java API, and checks the string lengths and counts a
 * reader accepts structurally.
 */
final class LimitCheck {
  private final List<ValidationError> errors;

  private LimitCheck(List<ValidationError> errors) {
    this.errors = errors;
  }

  static void run(Problem problem, List<ValidationError> errors) {
    new LimitCheck(errors).problem(problem);
  }

  private void problem(Problem problem) {
    dates(problem.period(), "$.period");
    policy(problem.policy());
    count(problem.experts(), Limits.MAX_EXPERTS, "$.experts");
    count(problem.demands(), Limits.MAX_DEMANDS, "$.demands");
    count(problem.history(), Limits.MAX_HISTORY, "$.history");
    count(problem.pinned(), Limits.MAX_PINS, "$.pinned");
    for (int i = 0; i < problem.experts().size(); i++) {
      expert(problem.experts().get(i), "$.experts[" + i + "]");
    }
    long slots = 0;
    for (int i = 0; i < problem.demands().size(); i++) {
      slots += demand(problem.demands().get(i), "$.demands[" + i + "]");
    }
    if (slots > Limits.MAX_SLOTS) {
      errors.add(new ValidationError("$.demands", "more than " + Limits.MAX_SLOTS + " slots in all: " + slots));
    }
    for (int i = 0; i < problem.history().size(); i++) {
      history(problem.history().get(i), "$.history[" + i + "]");
    }
  }

  private void policy(Policy policy) {
    if (policy.maxAssignmentsPerExpert() > Limits.MAX_ASSIGNMENTS_PER_EXPERT) {
      errors.add(new ValidationError("$.policy.maxAssignmentsPerExpert",
          "must be ≤ " + Limits.MAX_ASSIGNMENTS_PER_EXPERT));
    }
    if (policy.cooldownDays() > Limits.MAX_COOLDOWN_DAYS) {
      errors.add(new ValidationError("$.policy.cooldownDays", "must be ≤ " + Limits.MAX_COOLDOWN_DAYS));
    }
  }

  private void expert(Expert expert, String path) {
    length(expert.id(), Limits.MAX_TERM_CHARS, path + ".id");
    length(expert.name(), Limits.MAX_NAME_CHARS, path + ".name");
    length(expert.institution(), Limits.MAX_TERM_CHARS, path + ".institution");
    terms(expert.skills(), Limits.MAX_SKILLS_PER_EXPERT, path + ".skills");
    length(expert.profile(), Limits.MAX_TEXT_CHARS, path + ".profile");
    count(expert.unavailable(), Limits.MAX_UNAVAILABLE_PER_EXPERT, path + ".unavailable");
    for (int k = 0; k < expert.unavailable().size(); k++) {
      dates(expert.unavailable().get(k), path + ".unavailable[" + k + "]");
    }
    expert.maxAssignments().ifPresent(cap -> {
      if (cap > Limits.MAX_ASSIGNMENTS_PER_EXPERT) {
        errors.add(new ValidationError(path + ".maxAssignments", "must be ≤ " + Limits.MAX_ASSIGNMENTS_PER_EXPERT));
      }
    });
  }

  /** Checks one demand and returns its number of slots. */
  private long demand(Demand demand, String path) {
    length(demand.id(), Limits.MAX_TERM_CHARS, path + ".id");
    length(demand.title(), Limits.MAX_TITLE_CHARS, path + ".title");
    length(demand.description(), Limits.MAX_TEXT_CHARS, path + ".description");
    length(demand.hostUnit().name(), Limits.MAX_TERM_CHARS, path + ".hostUnit.name");
    demand.hostUnit().institution()
        .ifPresent(owner -> length(owner, Limits.MAX_TERM_CHARS, path + ".hostUnit.institution"));
    dates(demand.dates(), path);
    count(demand.seats(), Limits.MAX_SEATS_PER_DEMAND, path + ".seats");
    long slots = 0;
    for (int s = 0; s < demand.seats().size(); s++) {
      Seat seat = demand.seats().get(s);
      String seatPath = path + ".seats[" + s + "]";
      slots += seat.count();
      if (seat.count() > Limits.MAX_SLOTS_PER_SEAT) {
        errors.add(new ValidationError(seatPath + ".count", "must be ≤ " + Limits.MAX_SLOTS_PER_SEAT));
      }
      terms(seat.skills(), Limits.MAX_SKILLS_PER_SEAT, seatPath + ".skills");
    }
    return slots;
  }

  private void history(HistoryEntry entry, String path) {
    length(entry.expertId(), Limits.MAX_TERM_CHARS, path + ".expertId");
    entry.demandId().ifPresent(id -> length(id, Limits.MAX_TERM_CHARS, path + ".demandId"));
    length(entry.hostUnit(), Limits.MAX_TERM_CHARS, path + ".hostUnit");
    dates(entry.dates(), path);
  }

  /** A list of terms the index keeps whole: its size, then each term's length. */
  private void terms(List<String> terms, int maxTerms, String path) {
    count(terms, maxTerms, path);
    for (int k = 0; k < terms.size(); k++) {
      length(terms.get(k), Limits.MAX_TERM_CHARS, path + "[" + k + "]");
    }
  }

  private void count(List<?> list, int max, String path) {
    report(Limits.tooMany(list.size(), max), path);
  }

  private void length(String value, int maxChars, String path) {
    report(Limits.tooLong(value, maxChars), path);
  }

  /** The {@code start} and {@code end} of a range owned by the object at {@code path}. */
  private void dates(DateRange range, String path) {
    date(range.start(), path + ".start");
    date(range.end(), path + ".end");
  }

  private void date(LocalDate day, String path) {
    report(Limits.outOfRange(day), path);
  }

  private void report(Optional<String> message, String path) {
    message.ifPresent(text -> errors.add(new ValidationError(path, text)));
  }
}
