package org.talentmatch.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.Problem;
import org.talentmatch.api.search.Candidate;
import org.talentmatch.core.engine.TalentMatchEngine;
import org.talentmatch.core.io.CandidatesJsonl;
import org.talentmatch.core.io.ProblemJson;
import org.talentmatch.core.rules.Eligibility;
import org.talentmatch.core.search.CandidateGenerator.SeatCandidates;
import org.talentmatch.core.search.SearchConfig;
import org.talentmatch.core.search.SeatKey;

class CandidatesCommandTest {
  private static final Path SAMPLE = Path.of("sample", "problem.json");
  /** Ties in relevance are the search's to order (text strength, nearness): only relevance must not rise. */
  private static final Comparator<Candidate> BY_RELEVANCE = Comparator.comparingDouble(Candidate::relevance).reversed();

  @RegisterExtension final CapturedConsole console = new CapturedConsole();

  @TempDir Path dir;

  @Test
  void writesOneLinePerSeatInProblemOrderWithRankedEligibleCandidates() throws Exception {
    Path file = dir.resolve("candidates.jsonl");

    int exit = TalentMatchCli.run("candidates", "--problem", SAMPLE.toString(), "--top", "5", "--out", file.toString());

    assertThat(exit).as(console.err()).isZero();
    Problem problem = ProblemJson.read(SAMPLE);
    List<SeatKey> seatsInOrder = new ArrayList<>();
    for (Demand demand : problem.demands()) {
      for (int s = 0; s < demand.seats().size(); s++) {
        seatsInOrder.add(new SeatKey(demand.id(), s));
      }
    }
    List<SeatCandidates> lines = CandidatesJsonl.read(file);
    assertThat(lines).extracting(SeatCandidates::seat).containsExactlyElementsOf(seatsInOrder);
    assertThat(lines).filteredOn(line -> line.candidates().size() == 5).hasSizeGreaterThan(lines.size() / 2);
    double floor = problem.policy().minRelevanceOr(SearchConfig.DEFAULT_MIN_RELEVANCE);
    try (TalentMatchEngine engine = TalentMatchEngine.builder().build()) {
      engine.putExperts(problem.experts());
      for (SeatCandidates line : lines) {
        Demand demand = problem.demands().stream().filter(d -> d.id().equals(line.seat().demandId())).findFirst().orElseThrow();
        assertThat(line.candidates()).extracting(Candidate::expertId).as("as search ranks them").containsExactlyElementsOf(
            engine.searchCandidates(demand, line.seat().seat(), problem.policy(), 5).stream().map(Candidate::expertId).toList());
      }
    }
    for (SeatCandidates line : lines) {
      Demand demand = problem.demands().stream().filter(d -> d.id().equals(line.seat().demandId())).findFirst().orElseThrow();
      assertThat(line.candidates()).hasSizeLessThanOrEqualTo(5).isSortedAccordingTo(BY_RELEVANCE)
          .allSatisfy(c -> {
            assertThat(c.relevance()).isGreaterThanOrEqualTo(floor);
            assertThat(c.reasons()).isNotEmpty();
            assertThat(Eligibility.isEligible(problem.experts().stream().filter(e -> e.id().equals(c.expertId()))
                .findFirst().orElseThrow(), demand, line.seat().seat(), problem.policy())).isTrue();
          });
    }
    assertThat(console.out()).contains(seatsInOrder.size() + " seats");
    assertThat(console.err()).contains("seats " + seatsInOrder.size() + "/" + seatsInOrder.size());
    assertThat(listing(dir)).containsExactly("candidates.jsonl");
  }

  @Test
  void badInputExitsWithTwoAndWritesNothing() throws Exception {
    Path file = dir.resolve("candidates.jsonl");
    Path invalid = dir.resolve("bad.json");
    Files.writeString(invalid, "{\"format\":\"talentmatch/v1\",\"period\":{\"start\":\"2027-01-01\",\"end\":\"2027-12-31\"},"
        + "\"experts\":[],\"demands\":[{\"id\":\"D1\"}]}");

    assertThat(TalentMatchCli.run("candidates", "--problem", invalid.toString(), "--out", file.toString()))
        .isEqualTo(TalentMatchCli.EXIT_BAD_INPUT);
    assertThat(console.err()).contains("$.demands[0].program");
    assertThat(TalentMatchCli.run("candidates", "--problem", dir.resolve("none.json").toString(), "--out", file.toString()))
        .isEqualTo(TalentMatchCli.EXIT_BAD_INPUT);
    assertThat(TalentMatchCli.run("candidates", "--problem", SAMPLE.toString(), "--top", "0", "--out", file.toString()))
        .isEqualTo(TalentMatchCli.EXIT_BAD_INPUT);
    assertThat(TalentMatchCli.run("candidates", "--problem", SAMPLE.toString())).isEqualTo(TalentMatchCli.EXIT_BAD_INPUT);
    assertThat(listing(dir)).containsExactly("bad.json");
  }

  private static List<String> listing(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }
}
