package org.talentmatch.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.talentmatch.core.search.Fixtures.demand;
import static org.talentmatch.core.search.Fixtures.expert;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.talentmatch.api.model.DateRange;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.Expert;
import org.talentmatch.api.model.Problem;
import org.talentmatch.api.model.Seat;
import org.talentmatch.api.model.SeatRole;
import org.talentmatch.core.search.CandidateGenerator.SeatCandidates;

/** {@link CandidateGenerator#forEachSeat}: the streamed export of a whole problem's candidates. */
class CandidateStreamTest {
  private static final String[] SKILLS = {"设施蔬菜", "日光温室", "土壤改良", "植物保护", "苹果", "冬枣", "心血管内科"};

  private final ExpertIndex index = ExpertIndex.inMemory(SearchConfig.defaults());

  @AfterEach
  void close() throws Exception {
    index.close();
  }

  /** More seats than one parallel batch, so that order across batches is exercised. */
  private static Problem problem() {
    List<Expert> experts = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      experts.add(expert(String.format("E%03d", i), SKILLS[i % 6], SKILLS[(i / 6) % 6])
          .location("3707" + String.format("%02d", 2 + i % 5), 36.5 + (i % 5) * 0.1, 118.5).build());
    }
    List<Demand> demands = new ArrayList<>();
    for (int d = 0; d < CandidateGenerator.STREAM_BATCH_SEATS; d++) {
      // Every seventh demand asks for a cardiologist, whom nobody is; demands have one or two seats.
      Seat first = Seat.of(SeatRole.MEMBER, 1 + d % 3, SKILLS[d % SKILLS.length]);
      demands.add(d % 2 == 0
          ? demand(String.format("D%04d", d), first).build()
          : demand(String.format("D%04d", d), first, Seat.of(SeatRole.LEAD, 1, SKILLS[(d + 1) % 6])).build());
    }
    return Problem.builder(DateRange.of("2027-01-01", "2027-12-31")).experts(experts).demands(demands).build();
  }

  private static List<SeatCandidates> collect(ExpertIndex index, Problem problem, int top) throws IOException {
    List<SeatCandidates> seats = new ArrayList<>();
    CandidateGenerator.forEachSeat(index, problem, top, seats::add);
    return seats;
  }

  @Test
  void deliversEverySeatInProblemOrderWithWhatSearchRanks() throws IOException {
    Problem problem = problem();
    index.putAll(problem.experts());

    List<SeatCandidates> seats = collect(index, problem, 7);

    List<SeatKey> expectedOrder = new ArrayList<>();
    problem.demands().forEach(d -> {
      for (int s = 0; s < d.seats().size(); s++) {
        expectedOrder.add(new SeatKey(d.id(), s));
      }
    });
    assertThat(seats).extracting(SeatCandidates::seat).containsExactlyElementsOf(expectedOrder);
    assertThat(expectedOrder.size()).isGreaterThan(CandidateGenerator.STREAM_BATCH_SEATS);
    for (SeatCandidates seat : seats) {
      Demand demand = problem.demands().stream().filter(d -> d.id().equals(seat.seat().demandId())).findFirst().orElseThrow();
      assertThat(seat.candidates()).isEqualTo(index.search(demand, seat.seat().seat(), problem.policy(), 7));
    }
    assertThat(seats).filteredOn(s -> s.seat().equals(new SeatKey("D0006", 0))).singleElement()
        .satisfies(s -> assertThat(s.candidates()).as("nobody is a cardiologist").isEmpty());
    assertThat(seats).filteredOn(s -> s.candidates().size() == 7).hasSizeGreaterThan(seats.size() / 2);
  }

  @Test
  void isDeterministic() throws IOException {
    Problem problem = problem();
    index.putAll(problem.experts());

    List<SeatCandidates> first = collect(index, problem, 5);

    assertThat(collect(index, problem, 5)).isEqualTo(first);
  }

  @Test
  void leavesOutIndexedExpertsThatAreNotInTheProblem() throws IOException {
    Problem problem = problem();
    index.putAll(problem.experts());
    index.put(expert("Z999", "设施蔬菜").location("370783", Fixtures.SHOUGUANG_LAT, Fixtures.SHOUGUANG_LON).build());

    assertThat(collect(index, problem, 50)).allSatisfy(seat ->
        assertThat(seat.candidates()).noneMatch(c -> c.expertId().equals("Z999")));
  }

  @Test
  void stopsAtTheFirstFailureOfTheConsumer() throws IOException {
    Problem problem = problem();
    index.putAll(problem.experts());
    List<SeatKey> delivered = new ArrayList<>();

    assertThatThrownBy(() -> CandidateGenerator.forEachSeat(index, problem, 3, seat -> {
      delivered.add(seat.seat());
      if (delivered.size() == 3) {
        throw new IOException("disk full");
      }
    })).isInstanceOf(IOException.class).hasMessage("disk full");
    assertThat(delivered).hasSize(3);
  }
}
