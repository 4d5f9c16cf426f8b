package org.talentmatch.core.validate;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.talentmatch.api.ValidationError;
import org.talentmatch.api.model.DateRange;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.Expert;
import org.talentmatch.api.model.HistoryEntry;
import org.talentmatch.api.model.Pin;
import org.talentmatch.api.model.Problem;
import org.talentmatch.core.rules.Eligibility;
import org.talentmatch.core.rules.HardRule;
import org.talentmatch.core.search.SeatKey;

/**
 * The semantic checks of a typed {@link Problem}: the {@link Limits}, unique ids, dates consistent with the period,
 * references that resolve, and pins that can all hold at once without breaking a hard rule. The
 * types already guarantee the structural rules (ranges, non-empty lists, end not before start).
 * Rule 10 (relevance) needs the engine and is not checked here.
 *
 * <p>Errors name JSON paths with list indices ({@code $.pinned[2]}), so a problem built through the
 * Java API gets the same messages as one read from a file. Each fault is reported once: a pin
 * whose references do not resolve is not checked further, and a pin already reported as a second
 * slot of one demand does not count again toward seat capacity, date overlap or the cap.
 */
public final class ProblemValidator {
  private ProblemValidator() {}

  /** Every semantic error of {@code problem}, in document order by section; empty when it is valid. */
  public static List<ValidationError> validate(Problem problem) {
    requireNonNull(problem, "problem");
    List<ValidationError> errors = new ArrayList<>();
    Map<String, Integer> experts = indexIds(problem.experts(), Expert::id, "$.experts", errors);
    Map<String, Integer> demands = indexIds(problem.demands(), Demand::id, "$.demands", errors);
    LimitCheck.run(problem, errors);
    checkDemandDates(problem, errors);
    checkHistory(problem, experts, errors);
    new PinCheck(problem, experts, demands, errors).run();
    return List.copyOf(errors);
  }

  /** Maps each id to the index of its first occurrence and reports every later one. */
  private static <T> Map<String, Integer> indexIds(List<T> items, Function<T, String> id, String listPath,
      List<ValidationError> errors) {
    Map<String, Integer> firstIndex = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      String value = id.apply(items.get(i));
      Integer first = firstIndex.putIfAbsent(value, i);
      if (first != null) {
        errors.add(new ValidationError(listPath + "[" + i + "].id",
            "duplicate id \"" + value + "\" (first at " + listPath + "[" + first + "])"));
      }
    }
    return firstIndex;
  }

  /** Demands start within the period; they may end after it (a two-year placement). */
  private static void checkDemandDates(Problem problem, List<ValidationError> errors) {
    DateRange period = problem.period();
    for (int i = 0; i < problem.demands().size(); i++) {
      Demand demand = problem.demands().get(i);
      if (!period.contains(demand.dates().start())) {
        errors.add(new ValidationError("$.demands[" + i + "].start",
            "must be within the period " + period + ": " + demand.dates().start()));
      }
    }
  }

  /** History names experts of this file and ends before the period; its demandId is never checked. */
  private static void checkHistory(Problem problem, Map<String, Integer> experts, List<ValidationError> errors) {
    for (int i = 0; i < problem.history().size(); i++) {
      HistoryEntry entry = problem.history().get(i);
      String path = "$.history[" + i + "]";
      if (!experts.containsKey(entry.expertId())) {
        errors.add(new ValidationError(path + ".expertId", "no expert \"" + entry.expertId() + "\""));
      }
      if (!entry.dates().end().isBefore(problem.period().start())) {
        errors.add(new ValidationError(path + ".end",
            "must be before the period start " + problem.period().start() + ": " + entry.dates().end()));
      }
    }
  }

  /** The checks of the pins, alone (references, static rules) and together (rules 4, 5, 6, seat count). */
  private static final class PinCheck {
    private final Problem problem;
    private final Map<String, Integer> experts;
    private final Map<String, Integer> demands;
    private final List<ValidationError> errors;

    PinCheck(Problem problem, Map<String, Integer> experts, Map<String, Integer> demands,
        List<ValidationError> errors) {
      this.problem = problem;
      this.experts = experts;
      this.demands = demands;
      this.errors = errors;
    }

    /** A pin whose expert, demand and seat all exist. */
    private record Resolved(int index, Expert expert, Demand demand, int seat) {
      String path() {
        return pinPath(index);
      }
    }

    void run() {
      Map<String, List<Resolved>> earlierByExpert = new LinkedHashMap<>();
      Map<SeatKey, Integer> pinsPerSeat = new HashMap<>();
      for (int i = 0; i < problem.pinned().size(); i++) {
        Optional<Resolved> resolved = resolve(i, problem.pinned().get(i));
        if (resolved.isEmpty()) {
          continue;
        }
        Resolved pin = resolved.get();
        for (HardRule rule : Eligibility.violations(pin.expert(), pin.demand(), pin.seat(), problem.policy())) {
          breaks(pin, rule, "");
        }
        List<Resolved> earlier = earlierByExpert.computeIfAbsent(pin.expert().id(), id -> new ArrayList<>());
        if (checkAgainstEarlierPins(pin, earlier)) {
          checkSeatCount(pin, pinsPerSeat);
          earlier.add(pin);
          int cap = pin.expert().capUnder(problem.policy());
          if (earlier.size() > cap) {
            breaks(pin, HardRule.CAP, "; cap " + cap);
          }
        }
      }
    }

    private Optional<Resolved> resolve(int index, Pin pin) {
      String path = pinPath(index);
      Integer expert = experts.get(pin.expertId());
      Integer demand = demands.get(pin.demandId());
      if (demand == null) {
        errors.add(new ValidationError(path + ".demandId", "no demand \"" + pin.demandId() + "\""));
      }
      if (expert == null) {
        errors.add(new ValidationError(path + ".expertId", "no expert \"" + pin.expertId() + "\""));
      }
      if (demand == null || expert == null) {
        return Optional.empty();
      }
      Demand pinned = problem.demands().get(demand);
      if (pin.seat() >= pinned.seats().size()) {
        errors.add(new ValidationError(path + ".seat", "demand \"" + pin.demandId() + "\" has no seat " + pin.seat()
            + " (it has " + pinned.seats().size() + ")"));
        return Optional.empty();
      }
      return Optional.of(new Resolved(index, problem.experts().get(expert), pinned, pin.seat()));
    }

    /**
     * Rule 6 against the expert's earlier pins, else rule 4. Returns false when the pin is a second
     * slot of one demand, which then counts no further.
     */
    private boolean checkAgainstEarlierPins(Resolved pin, List<Resolved> earlier) {
      for (Resolved other : earlier) {
        if (other.demand().id().equals(pin.demand().id())) {
          breaks(pin, HardRule.ONE_SLOT_PER_DEMAND, "; also pinned at " + other.path());
          return false;
        }
      }
      for (Resolved other : earlier) {
        if (other.demand().dates().overlaps(pin.demand().dates())) {
          breaks(pin, HardRule.DATE_OVERLAP, "; with " + other.path());
        }
      }
      return true;
    }

    private void checkSeatCount(Resolved pin, Map<SeatKey, Integer> pinsPerSeat) {
      int count = pin.demand().seats().get(pin.seat()).count();
      int pins = pinsPerSeat.merge(new SeatKey(pin.demand().id(), pin.seat()), 1, Integer::sum);
      if (pins > count) {
        errors.add(new ValidationError(pin.path(), "more pins on seat " + pin.seat() + " of demand \""
            + pin.demand().id() + "\" than its count " + count));
      }
    }

    private void breaks(Resolved pin, HardRule rule, String detail) {
      errors.add(new ValidationError(pin.path(),
          "breaks hard rule " + rule.number() + " (" + rule.english() + ")" + detail));
    }

    private static String pinPath(int index) {
      return "$.pinned[" + index + "]";
    }
  }
}
