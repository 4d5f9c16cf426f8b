package org.talentmatch.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.talentmatch.api.ValidationError;
import org.talentmatch.api.model.DateRange;
import org.talentmatch.api.model.Degree;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.Expert;
import org.talentmatch.api.model.GeoLocation;
import org.talentmatch.api.model.HistoryEntry;
import org.talentmatch.api.model.HostUnit;
import org.talentmatch.api.model.HostUnitType;
import org.talentmatch.api.model.Policy;
import org.talentmatch.api.model.Problem;
import org.talentmatch.api.model.Program;
import org.talentmatch.api.model.Seat;
import org.talentmatch.api.model.SeatRole;
import org.talentmatch.api.model.Title;

/**
 * Any single bad value anywhere in the sample is reported at its own path, and so are two at once;
 * and valid problems survive writing and reading unchanged.
 */
class ProblemJsonProperties {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final DateRange PERIOD = DateRange.of("2027-01-01", "2027-12-31");

  /** What may be wrong with each member of the format, keyed by its path with indices removed. */
  private static final Map<String, Field> SCHEMA = schema();

  @Property
  void aMutatedFieldIsReportedAtItsPath(@ForAll("mutations") Mutation mutation) {
    List<ValidationError> errors = Samples.errorsOf(Samples.mutated(mutation::apply));

    assertThat(errors).extracting(ValidationError::path).as("%s", mutation).contains(mutation.path());
  }

  @Property
  void twoMutationsAreBothReported(@ForAll("independentPairs") Tuple2<Mutation, Mutation> pair) {
    List<ValidationError> errors = Samples.errorsOf(Samples.mutated(root -> {
      pair.get1().apply(root);
      pair.get2().apply(root);
    }));

    assertThat(errors).extracting(ValidationError::path).as("%s", pair)
        .contains(pair.get1().path(), pair.get2().path());
  }

  @Property(tries = 200)
  void validProblemsRoundTrip(@ForAll("problems") Problem problem) throws Exception {
    String json = ProblemJson.toJson(problem);

    assertThat(ProblemJson.parse(json)).isEqualTo(problem);
    assertThat(ProblemJson.toJson(ProblemJson.parse(json))).isEqualTo(json);
  }

  // ---- mutations of the sample

  /** Replaces (or, with no value, removes) the member at {@code steps} of the sample. */
  record Mutation(String path, List<Object> steps, Optional<JsonNode> value) {
    void apply(ObjectNode root) {
      JsonNode parent = root;
      for (Object step : steps.subList(0, steps.size() - 1)) {
        parent = step instanceof String name ? parent.get(name) : parent.get((Integer) step);
      }
      Object last = steps.get(steps.size() - 1);
      if (last instanceof String name) {
        if (value.isPresent()) {
          ((ObjectNode) parent).set(name, value.get());
        } else {
          ((ObjectNode) parent).remove(name);
        }
      } else {
        ((ArrayNode) parent).set((Integer) last, value.orElseThrow());
      }
    }

    boolean isInside(Mutation other) {
      return path.equals(other.path) || path.startsWith(other.path + ".") || path.startsWith(other.path + "[");
    }

    @Override
    public String toString() {
      return path + (value.isPresent() ? " := " + value.get() : " removed");
    }
  }

  @Provide
  Arbitrary<Mutation> mutations() {
    return Arbitraries.of(allMutations());
  }

  @Provide
  Arbitrary<Tuple2<Mutation, Mutation>> independentPairs() {
    Arbitrary<Mutation> any = mutations();
    return Combinators.combine(any, any).as(Tuple::of)
        .filter(pair -> !pair.get1().isInside(pair.get2()) && !pair.get2().isInside(pair.get1()));
  }

  private static List<Mutation> allMutations() {
    List<Mutation> mutations = new ArrayList<>();
    collect(Samples.sampleTree(), "$", new ArrayList<>(), mutations);
    return mutations;
  }

  private static void collect(JsonNode node, String path, List<Object> steps, List<Mutation> out) {
    Field field = SCHEMA.get(path.replaceAll("\\[\\d+]", "[]"));
    if (field != null && !steps.isEmpty()) {
      if (field.required()) {
        out.add(new Mutation(path, List.copyOf(steps), Optional.empty()));
      }
      field.badValues().forEach(bad -> out.add(new Mutation(path, List.copyOf(steps), Optional.of(bad))));
    }
    if (node.isObject()) {
      for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        steps.add(name);
        collect(node.get(name), path + "." + name, steps, out);
        steps.remove(steps.size() - 1);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        steps.add(i);
        collect(node.get(i), path + "[" + i + "]", steps, out);
        steps.remove(steps.size() - 1);
      }
    }
  }

  /** A member of the format: whether leaving it out is an error, and values that are always wrong. */
  private record Field(boolean required, List<JsonNode> badValues) {}

  private static Map<String, Field> schema() {
    JsonNode anObject = NODES.objectNode().put("x", 1);
    JsonNode anArray = NODES.arrayNode().add(1);
    JsonNode emptyArray = NODES.arrayNode();
    JsonNode nullValue = NODES.nullNode();
    List<JsonNode> date = List.of(text("2027-13-45"), text("2027/04/01"), num(20270401));
    List<JsonNode> region = List.of(num(370783), text("37078"), text("37O783"));
    List<JsonNode> nonBlank = List.of(num(7), text(" "), anArray);
    List<JsonNode> element = List.of(nullValue, text("x"));
    Map<String, Field> schema = new HashMap<>();
    schema.put("$.format", required(num(1), text("talentmatch/v9")));
    schema.put("$.period", required(text("2027"), anArray));
    schema.put("$.period.start", required(date));
    schema.put("$.period.end", required(date));
    schema.put("$.policy", optional(text("default"), anArray));
    schema.put("$.policy.maxAssignmentsPerExpert", optional(text("3"), num(0), num(2.5)));
    schema.put("$.policy.cooldownDays", optional(text("30"), num(-1)));
    schema.put("$.policy.maxTravelKm", optional(text("400"), num(0), num(-5)));
    schema.put("$.policy.minRelevance", optional(text("0.3"), num(1.01), num(-0.1)));
    schema.put("$.experts", required(anObject, text("E1")));
    schema.put("$.experts[]", optional(element));
    schema.put("$.experts[].id", required(nonBlank));
    schema.put("$.experts[].name", optional(num(7), anObject));
    schema.put("$.experts[].institution", required(nonBlank));
    schema.put("$.experts[].title", required(num(5), text("PROFESSOR"), text("senior")));
    schema.put("$.experts[].degree", required(NODES.booleanNode(true), text("PHD")));
    schema.put("$.experts[].programs", required(text("EXPERT_SERVICE"), emptyArray));
    schema.put("$.experts[].programs[]", optional(num(7), text("NO_SUCH_PROGRAM"), nullValue));
    schema.put("$.experts[].skills", required(text("设施蔬菜"), emptyArray, anObject));
    schema.put("$.experts[].skills[]", optional(num(7), text("  "), nullValue));
    schema.put("$.experts[].profile", optional(NODES.booleanNode(false)));
    schema.put("$.experts[].location", required(text("370911"), anArray));
    schema.put("$.experts[].location.region", required(region));
    schema.put("$.experts[].location.lat", required(text("36.1"), num(90.01), num(-91)));
    schema.put("$.experts[].location.lon", required(text("117"), num(180.5), num(-181)));
    schema.put("$.experts[].huicaiCard", optional(text("false"), num(0)));
    schema.put("$.experts[].unavailable", optional(anObject, text("none")));
    schema.put("$.experts[].unavailable[]", optional(nullValue, text("2027-03-01")));
    schema.put("$.experts[].unavailable[].start", required(date));
    schema.put("$.experts[].unavailable[].end", required(date));
    schema.put("$.experts[].maxAssignments", optional(text("2"), num(-1), num(1.5)));
    schema.put("$.demands", required(anObject));
    schema.put("$.demands[]", optional(element));
    schema.put("$.demands[].id", required(nonBlank));
    schema.put("$.demands[].program", required(num(1), text("EXPERT")));
    schema.put("$.demands[].title", required(nonBlank));
    schema.put("$.demands[].description", optional(num(1)));
    schema.put("$.demands[].hostUnit", required(text("某合作社"), anArray));
    schema.put("$.demands[].hostUnit.name", required(nonBlank));
    schema.put("$.demands[].hostUnit.type", required(num(1), text("FARM")));
    schema.put("$.demands[].hostUnit.institution", optional(num(1), anObject));
    schema.put("$.demands[].location", required(text("370783")));
    schema.put("$.demands[].location.region", required(region));
    schema.put("$.demands[].location.lat", required(text("36.8"), num(-90.5)));
    schema.put("$.demands[].location.lon", required(text("118"), num(181)));
    schema.put("$.demands[].priorityArea", optional(text("true")));
    schema.put("$.demands[].priority", optional(text("4"), num(0), num(6), num(3.5)));
    schema.put("$.demands[].start", required(date));
    schema.put("$.demands[].end", required(date));
    schema.put("$.demands[].seats", required(emptyArray, anObject));
    schema.put("$.demands[].seats[]", optional(element));
    schema.put("$.demands[].seats[].role", required(num(0), text("CHAIR")));
    schema.put("$.demands[].seats[].count", required(text("1"), num(0), num(-1), num(1.5)));
    schema.put("$.demands[].seats[].skills", required(emptyArray, text("设施蔬菜")));
    schema.put("$.demands[].seats[].skills[]", optional(num(7), text(""), nullValue));
    schema.put("$.demands[].seats[].minTitle", optional(num(4), text("PROFESSOR")));
    schema.put("$.demands[].seats[].minDegree", optional(num(4), text("PHD")));
    schema.put("$.history", optional(anObject));
    schema.put("$.history[]", optional(element));
    schema.put("$.history[].expertId", required(nonBlank));
    schema.put("$.history[].demandId", optional(num(7), text(" ")));
    schema.put("$.history[].hostUnit", required(nonBlank));
    schema.put("$.history[].region", required(region));
    schema.put("$.history[].start", required(date));
    schema.put("$.history[].end", required(date));
    schema.put("$.pinned", optional(anObject, text("D1")));
    schema.put("$.pinned[]", optional(element));
    schema.put("$.pinned[].demandId", required(nonBlank));
    schema.put("$.pinned[].seat", required(text("0"), num(-1), num(0.5)));
    schema.put("$.pinned[].expertId", required(nonBlank));
    return Map.copyOf(schema);
  }

  private static Field required(JsonNode... bad) {
    return new Field(true, List.of(bad));
  }

  private static Field required(List<JsonNode> bad) {
    return new Field(true, bad);
  }

  private static Field optional(JsonNode... bad) {
    return new Field(false, List.of(bad));
  }

  private static Field optional(List<JsonNode> bad) {
    return new Field(false, bad);
  }

  private static JsonNode text(String value) {
    return NODES.textNode(value);
  }

  private static JsonNode num(double value) {
    return value == Math.rint(value) ? NODES.numberNode((long) value) : NODES.numberNode(value);
  }

  // ---- valid problems

  @Provide
  Arbitrary<Problem> problems() {
    Arbitrary<List<Expert>> experts = experts().list().ofMaxSize(5).uniqueElements(Expert::id);
    Arbitrary<List<Demand>> demands = demands().list().ofMaxSize(4).uniqueElements(Demand::id);
    return Combinators.combine(policies(), experts, demands).flatAs((policy, expertList, demandList) ->
        history(expertList).map(history -> Problem.builder(PERIOD).policy(policy).experts(expertList)
            .demands(demandList).history(history).build()));
  }

  private static Arbitrary<Policy> policies() {
    return Combinators.combine(
        Arbitraries.integers().between(1, 10),
        Arbitraries.integers().between(0, 120),
        Arbitraries.doubles().between(0.1, 2000).ofScale(6).optional(0.7),
        Arbitraries.doubles().between(0, 1).ofScale(6).optional(0.7))
        .as((cap, cooldown, km, relevance) -> new Policy(cap, cooldown,
            km.map(OptionalDouble::of).orElse(OptionalDouble.empty()),
            relevance.map(OptionalDouble::of).orElse(OptionalDouble.empty())));
  }

  private static Arbitrary<Expert> experts() {
    return Combinators.combine(ids("E"), text(), nonBlankText(), Arbitraries.of(Title.class), Arbitraries.of(Degree.class),
            Arbitraries.of(Program.class).set().ofMinSize(1), nonBlankText().list().ofMinSize(1).ofMaxSize(3), text())
        .flatAs((id, name, institution, title, degree, programs, skills, profile) -> Combinators.combine(
                locations(), Arbitraries.of(true, false), ranges().list().ofMaxSize(2),
                Arbitraries.integers().between(0, 5).optional(0.5))
            .as((location, card, unavailable, cap) -> new Expert(id, name, institution, title, degree, programs,
                skills, profile, location, card, unavailable, cap.map(OptionalInt::of).orElse(OptionalInt.empty()))));
  }

  private static Arbitrary<Demand> demands() {
    Arbitrary<HostUnit> hostUnits = Combinators.combine(nonBlankText(), Arbitraries.of(HostUnitType.class),
        text().optional(0.5)).as(HostUnit::new);
    Arbitrary<Seat> seats = Combinators.combine(Arbitraries.of(SeatRole.class), Arbitraries.integers().between(1, 5),
            nonBlankText().list().ofMinSize(1).ofMaxSize(3), Arbitraries.of(Title.class).optional(0.5),
            Arbitraries.of(Degree.class).optional(0.5))
        .as(Seat::new);
    Arbitrary<DateRange> dates = Combinators.combine(Arbitraries.integers().between(0, 364),
            Arbitraries.integers().between(0, 800))
        .as((offset, length) -> new DateRange(PERIOD.start().plusDays(offset), PERIOD.start().plusDays(offset + length)));
    return Combinators.combine(ids("D"), Arbitraries.of(Program.class), nonBlankText(), text(), hostUnits, locations(),
            Arbitraries.of(true, false), Arbitraries.integers().between(1, 5))
        .flatAs((id, program, title, description, hostUnit, location, priorityArea, priority) ->
            Combinators.combine(dates, seats.list().ofMinSize(1).ofMaxSize(3))
                .as((range, seatList) -> new Demand(id, program, title, description, hostUnit, location, priorityArea,
                    priority, range, seatList)));
  }

  /** History entries of the given experts, all before the period. */
  private static Arbitrary<List<HistoryEntry>> history(List<Expert> experts) {
    if (experts.isEmpty()) {
      return Arbitraries.just(List.of());
    }
    Arbitrary<DateRange> before = Combinators.combine(Arbitraries.integers().between(2, 1000),
            Arbitraries.integers().between(0, 1))
        .as((back, length) -> new DateRange(PERIOD.start().minusDays(back), PERIOD.start().minusDays(back - length)));
    return Combinators.combine(Arbitraries.of(experts).map(Expert::id), ids("D").optional(0.5), nonBlankText(),
            regions(), before)
        .as(HistoryEntry::new).list().ofMaxSize(3);
  }

  private static Arbitrary<GeoLocation> locations() {
    return Combinators.combine(regions(), Arbitraries.doubles().between(-90, 90).ofScale(9), Arbitraries.doubles().between(-180, 180).ofScale(9))
        .as(GeoLocation::new);
  }

  private static Arbitrary<DateRange> ranges() {
    return Combinators.combine(Arbitraries.integers().between(0, 364), Arbitraries.integers().between(0, 30))
        .as((offset, length) -> new DateRange(PERIOD.start().plusDays(offset), PERIOD.start().plusDays(offset + length)));
  }

  private static Arbitrary<String> regions() {
    return Arbitraries.strings().numeric().ofLength(6);
  }

  private static Arbitrary<String> ids(String prefix) {
    return Arbitraries.strings().alpha().numeric().ofMinLength(1).ofMaxLength(6).map(s -> prefix + s);
  }

  /** Text with CJK, ASCII and the characters JSON must escape. */
  private static Arbitrary<String> text() {
    return Arbitraries.strings().withCharRange('\u4e00', '\u9fa5').alpha().numeric()
        .withChars(' ', '"', '\\', '\n', '\t', '/', '…', '\u0001').ofMaxLength(20);
  }

  private static Arbitrary<String> nonBlankText() {
    return text().filter(s -> !s.isBlank());
  }
}
