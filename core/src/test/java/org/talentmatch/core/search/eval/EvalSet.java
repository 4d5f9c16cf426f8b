package org.talentmatch.core.search.eval;

import static com.google.common.base.Preconditions.checkArgument;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.talentmatch.api.InvalidProblemException;
import org.talentmatch.api.model.DateRange;
import org.talentmatch.api.model.Expert;
import org.talentmatch.api.model.Problem;
import org.talentmatch.api.model.Program;
import org.talentmatch.api.model.Title;
import org.talentmatch.core.io.ProblemJson;

/**
 * The relevance evaluation set: experts, seat queries and graded judgments, read from and written
 * to the files described in the {@code README.md} beside them. Immutable.
 *
 * @param grades query id → (expert id → grade 0–3), in file order; unjudged experts are grade 0
 */
public record EvalSet(List<Expert> experts, List<EvalQuery> queries, Map<String, Map<String, Integer>> grades) {

  /** Where the set lives on the class path. */
  public static final String RESOURCE_DIR = "/org/talentmatch/core/search/eval/";
  public static final String EXPERTS_FILE = "experts.json";
  public static final String QUERIES_FILE = "queries.json";
  public static final String QRELS_FILE = "qrels.tsv";
  static final String QRELS_HEADER = "queryId\texpertId\tgrade";
  /** The period of the experts' problem file; it has no demands, queries become demands one by one. */
  static final DateRange PERIOD = DateRange.of("2027-01-01", "2027-12-31");
  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public EvalSet {
    experts = List.copyOf(experts);
    queries = List.copyOf(queries);
    Map<String, Map<String, Integer>> copy = new LinkedHashMap<>();
    grades.forEach((query, judged) -> copy.put(query, Map.copyOf(judged)));
    grades = Collections.unmodifiableMap(copy);
  }

  /** The committed set, from the class path. */
  public static EvalSet load() {
    try {
      List<Expert> experts = ProblemJson.parse(resource(EXPERTS_FILE)).experts();
      return new EvalSet(experts, parseQueries(resource(QUERIES_FILE)), parseQrels(resource(QRELS_FILE)));
    } catch (InvalidProblemException e) {
      throw new IllegalStateException("the committed " + EXPERTS_FILE + " is invalid: " + e.getMessage(), e);
    }
  }

  /** The grade of an expert for a query; 0 when unjudged. */
  public int grade(String queryId, String expertId) {
    return grades.getOrDefault(queryId, Map.of()).getOrDefault(expertId, 0);
  }

  /** The judgments of one query (expert id → grade), possibly empty. */
  public Map<String, Integer> judgments(String queryId) {
    return grades.getOrDefault(queryId, Map.of());
  }

  /** The three files' contents by file name, as the generator commits them. */
  Map<String, String> files() {
    Problem problem = Problem.builder(PERIOD).experts(experts).build();
    return Map.of(EXPERTS_FILE, ProblemJson.toJson(problem), QUERIES_FILE, queriesJson(), QRELS_FILE, qrelsTsv());
  }

  private String queriesJson() {
    ArrayNode array = JSON.createArrayNode();
    for (EvalQuery query : queries) {
      ObjectNode node = array.addObject()
          .put("id", query.id())
          .put("concept", query.concept())
          .put("program", query.program().name())
          .put("title", query.title())
          .put("description", query.description());
      query.skills().forEach(node.putArray("skills")::add);
      query.minTitle().ifPresent(title -> node.put("minTitle", title.name()));
    }
    try {
      return JSON.writeValueAsString(array) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String qrelsTsv() {
    StringBuilder text = new StringBuilder(QRELS_HEADER).append('\n');
    grades.forEach((query, judged) -> judged.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> text.append(query).append('\t').append(e.getKey()).append('\t').append(e.getValue()).append('\n')));
    return text.toString();
  }

  private static List<EvalQuery> parseQueries(String json) {
    try {
      List<EvalQuery> queries = new ArrayList<>();
      for (JsonNode node : JSON.readTree(json)) {
        List<String> skills = new ArrayList<>();
        node.path("skills").forEach(skill -> skills.add(skill.asText()));
        Optional<Title> minTitle = node.hasNonNull("minTitle")
            ? Optional.of(Title.valueOf(node.get("minTitle").asText()))
            : Optional.empty();
        queries.add(new EvalQuery(required(node, "id"), required(node, "concept"),
            Program.valueOf(required(node, "program")), required(node, "title"),
            node.path("description").asText(""), skills, minTitle));
      }
      return queries;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + QUERIES_FILE, e);
    }
  }

  private static String required(JsonNode node, String field) {
    checkArgument(node.hasNonNull(field), "%s: a query lacks %s", QUERIES_FILE, field);
    return node.get(field).asText();
  }

  private static Map<String, Map<String, Integer>> parseQrels(String tsv) {
    Map<String, Map<String, Integer>> grades = new LinkedHashMap<>();
    String[] lines = tsv.split("\n");
    checkArgument(lines.length > 0 && lines[0].equals(QRELS_HEADER), "%s must start with its header", QRELS_FILE);
    for (int i = 1; i < lines.length; i++) {
      String[] fields = lines[i].split("\t");
      checkArgument(fields.length == 3, "%s line %s: 3 tab-separated fields expected", QRELS_FILE, i + 1);
      int grade = Integer.parseInt(fields[2]);
      checkArgument(grade >= 0 && grade <= 3, "%s line %s: grade must be 0-3", QRELS_FILE, i + 1);
      Integer previous = grades.computeIfAbsent(fields[0], q -> new LinkedHashMap<>()).put(fields[1], grade);
      checkArgument(previous == null, "%s line %s: %s judged twice for %s", QRELS_FILE, i + 1, fields[1], fields[0]);
    }
    return grades;
  }

  static String resource(String name) {
    try (InputStream in = EvalSet.class.getResourceAsStream(RESOURCE_DIR + name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE_DIR + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }
}
