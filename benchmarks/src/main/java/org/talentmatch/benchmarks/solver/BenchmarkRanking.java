package org.talentmatch.benchmarks.solver;

import java.io.File;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The ranking of one benchmark run, read back from the {@code plannerBenchmarkResult.xml} OptaPlanner
 * writes beside the HTML report, so that the command prints it without opening the report. Best
 * score first; one line per solver with its score calculation speed.
 */
final class BenchmarkRanking {
  private BenchmarkRanking() {}

  record Entry(String solver, HardMediumSoftLongScore score, long scoreCalculations, long millis) {
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%-58s %-28s %,9d evaluations/s", solver, score,
          scoreCalculations * 1000 / Math.max(1, millis));
    }
  }

  /** The solvers of the run in {@code reportDirectory}, best score first. */
  static List<Entry> read(File reportDirectory) throws Exception {
    Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(new File(reportDirectory, "plannerBenchmarkResult.xml"));
    List<Entry> entries = new ArrayList<>();
    NodeList solvers = xml.getElementsByTagName("solverBenchmarkResult");
    for (int i = 0; i < solvers.getLength(); i++) {
      Element solver = (Element) solvers.item(i);
      // One problem and one sub-single run per solver: the first result is the run.
      Element run = (Element) solver.getElementsByTagName("subSingleBenchmarkResult").item(0);
      entries.add(new Entry(text(solver, "name"), HardMediumSoftLongScore.parseScore(text(run, "score")),
          Long.parseLong(text(run, "scoreCalculationCount")), Long.parseLong(text(run, "timeMillisSpent"))));
    }
    entries.sort(Comparator.comparing(Entry::score).reversed());
    return entries;
  }

  private static String text(Element parent, String tag) {
    return parent.getElementsByTagName(tag).item(0).getTextContent().trim();
  }
}
