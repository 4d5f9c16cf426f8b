package org.talentmatch.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.talentmatch.core.search.Fixtures.demand;
import static org.talentmatch.core.search.Fixtures.expert;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.talentmatch.api.model.DateRange;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.Expert;
import org.talentmatch.api.model.Pin;
import org.talentmatch.api.model.Problem;
import org.talentmatch.api.model.Seat;
import org.talentmatch.api.model.SeatRole;
import org.talentmatch.api.search.Candidate;

class CandidateGeneratorTest {
  private static final String[] SKILLS = {"设施蔬菜", "日光温室", "蔬菜栽培", "果树栽培", "土壤改良", "植物保护", "苹果", "冬枣"};

  private final ExpertIndex index = ExpertIndex.inMemory(SearchConfig.defaults());

  @AfterEach
  void close() throws Exception {
    index.close();
  }

  private Problem problem(int expertCount) {
    List<Expert> experts = new ArrayList<>();
    for (int i = 0; i < expertCount; i++) {
      // Every few experts share a location, so ties on relevance and distance are common.
      experts.add(expert(String.format("E%03d", i), SKILLS[i % SKILLS.length], SKILLS[(i / 3) % SKILLS.length])
          .location("3707" + String.format("%02d", 2 + i % 5), 36.5 + (i % 5) * 0.1, 118.5).build());
    }
    List<Demand> demands = List.of(
        demand("D1", new Seat(SeatRole.LEAD, 1, List.of("设施蔬菜"), Optional.empty(), Optional.empty()),
            Seat.of(SeatRole.MEMBER, 3, "土壤改良", "植物保护")).build(),
        demand("D2", Seat.of(SeatRole.MEMBER, 2, "苹果")).build(),
        demand("D3", Seat.of(SeatRole.MEMBER, 1, "心血管内科")).build());
    return Problem.builder(DateRange.of("2027-01-01", "2027-12-31")).experts(experts).demands(demands).build();
  }

  @Test
  void everySeatGetsItsBestCandidatesUpToCandidatesPerSlotTimesCount() {
    Problem problem = problem(200);
    index.putAll(problem.experts());

    CandidateTable table = CandidateGenerator.generate(index, problem, 4);

    assertThat(table.candidates("D1", 0)).hasSize(4);
    assertThat(table.candidates("D1", 1)).hasSize(12);
    assertThat(table.candidates("D2", 0)).hasSize(8);
    assertThat(table.bySeat()).doesNotContainKey(new SeatKey("D3", 0));
    for (Map.Entry<SeatKey, List<Candidate>> seat : table.bySeat().entrySet()) {
      Demand demand = problem.demands().stream().filter(d -> d.id().equals(seat.getKey().demandId())).findFirst().orElseThrow();
      assertThat(seat.getValue()).isEqualTo(index.search(demand, seat.getKey().seat(), problem.policy(), seat.getValue().size()));
      assertThat(seat.getValue()).allSatisfy(c -> assertThat(c.relevance()).isGreaterThanOrEqualTo(SearchConfig.DEFAULT_MIN_RELEVANCE));
    }
  }

  @Test
  void resultIsDeterministic() {
    Problem problem = problem(300);
    index.putAll(problem.experts());

    CandidateTable first = CandidateGenerator.generate(index, problem, 5);
    for (int run = 0; run < 3; run++) {
      assertThat(CandidateGenerator.generate(index, problem, 5)).isEqualTo(first);
    }
  }

  @Test
  void respectsThePolicyFloor() {
    Problem problem = problem(100);
    index.putAll(problem.experts());
    Problem strict = problem.toBuilder().policy(problem.policy().withMinRelevance(0.95)).build();

    CandidateTable lenient = CandidateGenerator.generate(index, problem, 50);
    CandidateTable table = CandidateGenerator.generate(index, strict, 50);

    assertThat(table.bySeat().values()).allSatisfy(list ->
        assertThat(list).allSatisfy(c -> assertThat(c.relevance()).isGreaterThanOrEqualTo(0.95)));
    assertThat(table.candidates("D1", 1)).isNotEmpty();
    assertThat(lenient.candidates("D1", 1)).containsAll(table.candidates("D1", 1))
        .anySatisfy(c -> assertThat(c.relevance()).isLessThan(0.95));
  }

  @Test
  void leavesOutIndexedExpertsThatAreNotInTheProblem() {
    Problem problem = problem(30);
    index.putAll(problem.experts());
    index.put(expert("Z999", "设施蔬菜").location("370783", 36.88, 118.79).build());

    CandidateTable table = CandidateGenerator.generate(index, problem, 10);

    assertThat(table.bySeat().values()).allSatisfy(list ->
        assertThat(list).extracting(Candidate::expertId).doesNotContain("Z999"));
  }

  @Test
  void checksEachHitAgainstTheProblemsRecordNotTheIndexedCopy() {
    Problem problem = problem(60);
    index.putAll(problem.experts());
    String best = CandidateGenerator.generate(index, problem, 4).candidates("D2", 0).get(0).expertId();
    // The problem now says the best expert is away during D2; the index still holds the old record.
    List<Expert> experts = problem.experts().stream()
        .map(e -> e.id().equals(best) ? e.toBuilder().unavailable(List.of(DateRange.of("2027-04-01", "2027-04-30"))).build() : e)
        .toList();
    Problem changed = problem.toBuilder().experts(experts).build();

    CandidateTable table = CandidateGenerator.generate(index, changed, 4);

    assertThat(table.candidates("D2", 0)).extracting(Candidate::expertId).isNotEmpty().doesNotContain(best);
  }

  @Test
  void pinnedExpertJoinsTheSeatListEvenBelowTheFloorWithTheirRelevance() {
    Problem problem = problem(40);
    Expert fruitGrower = problem.experts().stream()
        .filter(e -> e.skills().equals(List.of("果树栽培", "果树栽培"))).findFirst().orElseThrow();
    Problem pinned = problem.toBuilder().addPin(new Pin("D1", 0, fruitGrower.id())).build();
    index.putAll(pinned.experts());

    List<Candidate> lead = CandidateGenerator.generate(index, pinned, 2).candidates("D1", 0);

    assertThat(lead).hasSize(3).isSortedAccordingTo(ExpertIndex.BEST_FIRST);
    assertThat(lead).filteredOn(c -> c.expertId().equals(fruitGrower.id())).singleElement()
        .satisfies(c -> assertThat(c.relevance()).isLessThan(SearchConfig.DEFAULT_MIN_RELEVANCE)
            .isEqualTo(index.relevance(fruitGrower, pinned.demands().get(0), 0)));
  }
}
