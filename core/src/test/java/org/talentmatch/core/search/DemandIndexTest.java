package org.talentmatch.core.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.talentmatch.core.search.Fixtures.demand;
import static org.talentmatch.core.search.Fixtures.expert;
import static org.talentmatch.core.search.Fixtures.seat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentmatch.api.model.Degree;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.Expert;
import org.talentmatch.api.model.HostUnit;
import org.talentmatch.api.model.HostUnitType;
import org.talentmatch.api.model.Policy;
import org.talentmatch.api.model.Seat;
import org.talentmatch.api.model.SeatRole;
import org.talentmatch.api.model.Title;
import org.talentmatch.api.search.DemandMatch;

class DemandIndexTest {
  private static final Demand FULL = demand("D1",
      Seat.of(SeatRole.LEAD, 1, "设施蔬菜", "CT诊断").withMinTitle(Title.SENIOR).withMinDegree(Degree.MASTER),
      Seat.of(SeatRole.MEMBER, 3, "土壤改良", "植物保护"))
      .title("寿光设施蔬菜连作障碍治理")
      .description("合作社大棚黄瓜连年减产，需要土壤改良和病害防控技术指导。\n第二行\t含制表符")
      .hostUnit(HostUnit.of("某蔬菜专业合作社", HostUnitType.COOPERATIVE, "寿光市农业农村局"))
      .priorityArea(true)
      .priority(5)
      .build();

  @Test
  void storesEnoughToRebuildEveryDemandExactly() throws Exception {
    Demand minimal = demand("D2", seat("果树栽培")).build();
    try (DemandIndex index = DemandIndex.inMemory(SearchConfig.defaults())) {
      index.putAll(List.of(FULL, minimal));

      assertThat(index.size()).isEqualTo(2);
      assertThat(index.get("D1")).contains(FULL);
      assertThat(index.get("D2")).contains(minimal);
      assertThat(index.get("D3")).isEmpty();
    }
  }

  @Test
  void putReplacesByIdAndRemoveReportsWhetherItRemoved() throws Exception {
    Demand replaced = FULL.toBuilder().title("新标题").seats(List.of(seat("果树栽培"))).build();
    try (DemandIndex index = DemandIndex.inMemory(SearchConfig.defaults())) {
      index.put(FULL);
      index.put(replaced);

      assertThat(index.size()).isEqualTo(1);
      assertThat(index.get("D1")).contains(replaced);
      Expert vegetables = expert("E1", "设施蔬菜").build();
      assertThat(new DemandRecommender(index).recommend(vegetables, Policy.defaults(), 5))
          .as("the replaced seat terms no longer match").isEmpty();
      assertThat(index.remove("D1")).isTrue();
      assertThat(index.remove("D1")).isFalse();
      assertThat(index.size()).isZero();
    }
  }

  @Test
  void reopensFromDiskWithTheSameDemandsAndTheSameResults(@TempDir Path dir) throws Exception {
    Expert expert = expert("E1", "设施蔬菜", "土壤改良").build();
    List<DemandMatch> before;
    try (DemandIndex index = DemandIndex.open(dir, SearchConfig.defaults())) {
      index.putAll(List.of(FULL, demand("D2", seat("土壤改良")).build(), demand("D3", seat("果树栽培")).build()));
      assertThat(index.remove("D3")).isTrue();
      before = new DemandRecommender(index).recommend(expert, Policy.defaults(), 10);
    }
    try (DemandIndex index = DemandIndex.open(dir, SearchConfig.defaults())) {
      assertThat(index.size()).isEqualTo(2);
      assertThat(index.get("D1")).contains(FULL);
      assertThat(new DemandRecommender(index).recommend(expert, Policy.defaults(), 10))
          .isEqualTo(before).extracting(DemandMatch::demandId).containsExactly("D2", "D1");
    }
  }
}
