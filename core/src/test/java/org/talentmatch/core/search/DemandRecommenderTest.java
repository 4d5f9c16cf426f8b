package org.talentmatch.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.talentmatch.core.search.Fixtures.demand;
import static org.talentmatch.core.search.Fixtures.expert;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.Expert;
import org.talentmatch.api.model.Policy;
import org.talentmatch.api.model.Program;
import org.talentmatch.api.model.Seat;
import org.talentmatch.api.model.SeatRole;
import org.talentmatch.api.model.Title;
import org.talentmatch.api.search.DemandMatch;

class DemandRecommenderTest {
  private final DemandRecommender recommender = new DemandRecommender(SearchConfig.defaults());
  private final Expert expert = expert("E1", "蔬菜栽培", "土壤改良").title(Title.ASSOCIATE).build();

  @Test
  void recommendsTheBestEligibleSeatOfEachFittingDemandBestFirst() {
    Demand leadNeedsSenior = demand("D1",
        Seat.of(SeatRole.LEAD, 1, "土壤改良").withMinTitle(Title.SENIOR),
        Seat.of(SeatRole.MEMBER, 2, "设施蔬菜")).build();
    Demand exact = demand("D2", Seat.of(SeatRole.MEMBER, 1, "土壤改良")).build();
    Demand fruit = demand("D3", Seat.of(SeatRole.MEMBER, 1, "果树栽培")).build();
    Demand otherProgram = demand("D4", Seat.of(SeatRole.MEMBER, 1, "土壤改良")).program(Program.MEDICAL_PAIRING).build();

    List<DemandMatch> matches = recommender.recommend(expert, List.of(leadNeedsSenior, exact, fruit, otherProgram),
        Policy.defaults(), 10);

    assertThat(matches).extracting(DemandMatch::demandId).containsExactly("D2", "D1");
    assertThat(matches.get(0).relevance()).isEqualTo(1.0);
    assertThat(matches.get(1).seat()).as("the lead seat needs a higher title").isEqualTo(1);
    assertThat(matches.get(1).relevance()).isEqualTo(0.6);
    assertThat(matches.get(1).reasons()).containsExactly("相关领域：蔬菜栽培 ⊃ 设施蔬菜");
  }

  @Test
  void floorAndLimitApply() {
    Demand exact = demand("D2", Seat.of(SeatRole.MEMBER, 1, "土壤改良")).build();
    Demand related = demand("D1", Seat.of(SeatRole.MEMBER, 1, "设施蔬菜")).build();

    assertThat(recommender.recommend(expert, List.of(exact, related), Policy.defaults().withMinRelevance(0.7), 10))
        .extracting(DemandMatch::demandId).containsExactly("D2");
    assertThat(recommender.recommend(expert, List.of(exact, related), Policy.defaults(), 1))
        .extracting(DemandMatch::demandId).containsExactly("D2");
  }
}
