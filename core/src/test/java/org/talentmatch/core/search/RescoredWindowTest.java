package org.talentmatch.core.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.apache.lucene.search.ScoreDoc;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.Policy;
import org.talentmatch.api.model.Problem;
import org.talentmatch.core.generator.GeneratorSpec;
import org.talentmatch.core.generator.ProblemGenerator;

/**
 * {@link ExpertIndex#search} scores the text tie-break and the distance decay only where a level can
 * reach the window: it must read exactly the window (documents, order and scores) that one search
 * scoring every match returns, on a generated pool where many experts share a level.
 */
class RescoredWindowTest {
  private static final Problem PROBLEM = ProblemGenerator.generate(GeneratorSpec.of(3000, 300, 11));
  private static ExpertIndex index;

  @BeforeAll
  static void indexPool() {
    index = ExpertIndex.inMemory(SearchConfig.defaults());
    // Two commits: two segments, so documents are rescored across leaves.
    int half = PROBLEM.experts().size() / 2;
    index.putAll(PROBLEM.experts().subList(0, half));
    index.putAll(PROBLEM.experts().subList(half, PROBLEM.experts().size()));
  }

  @AfterAll
  static void close() throws Exception {
    index.close();
  }

  @ParameterizedTest(name = "window {0}, floor {1}")
  @CsvSource({"40, -1", "7, -1", "1, -1", "120, 0", "15, 0.05"})
  void sameWindowAsScoringEveryMatch(int window, double floor) {
    Policy policy = floor < 0 ? PROBLEM.policy() : PROBLEM.policy().withMinRelevance(floor);
    int seats = 0;
    int fullWindows = 0;
    for (Demand demand : PROBLEM.demands().subList(0, 120)) {
      for (int seat = 0; seat < demand.seats().size(); seat++) {
        ScoreDoc[][] windows = index.windowAndSinglePassWindow(demand, seat, policy, window);
        assertThat(render(windows[0])).as("%s seat %d", demand.id(), seat).isEqualTo(render(windows[1]));
        seats++;
        fullWindows += windows[1].length == window ? 1 : 0;
      }
    }
    // The comparison means something only if many windows are full (a boundary inside the matches).
    assertThat(fullWindows).isGreaterThan(seats / 10);
  }

  private static List<String> render(ScoreDoc[] docs) {
    return Arrays.stream(docs).map(d -> d.doc + ":" + d.score).toList();
  }
}
