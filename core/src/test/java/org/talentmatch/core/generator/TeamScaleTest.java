package org.talentmatch.core.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.Problem;
import org.talentmatch.api.model.Program;
import org.talentmatch.api.model.Seat;
import org.talentmatch.api.model.SeatRole;

class TeamScaleTest {

  @Test
  void benchmarkScaleAsksForAboutThreeSlotsPerDemandOverAllSevenPrograms() {
    Problem mid = ProblemGenerator.generate(GeneratorSpec.midSize(7).toBuilder().experts(2_000).build());
    double slotsPerDemand = (double) mid.slotCount() / mid.demands().size();
    assertThat(slotsPerDemand).isBetween(2.8, 3.2);
    Set<Program> programs = mid.demands().stream().map(Demand::program).collect(Collectors.toSet());
    assertThat(programs).isEqualTo(EnumSet.allOf(Program.class));
  }

  @Test
  void unscaledSpecsAskForFewerSlots() {
    Problem plain = ProblemGenerator.generate(GeneratorSpec.of(2_000, 1_000, 7));
    assertThat((double) plain.slotCount() / plain.demands().size()).isBetween(1.5, 1.9);
  }

  @Test
  void scalingLeavesLeadsAndOnePersonPlacementsAtOne() {
    Problem scaled = ProblemGenerator.generate(GeneratorSpec.builder().experts(500).demands(500)
        .teamScale(GeneratorSpec.MAX_TEAM_SCALE).seed(3).build());
    List<Seat> single = scaled.demands().stream()
        .filter(d -> EnumSet.of(Program.PHD_TO_ENTERPRISE, Program.SCI_TECH_COMMISSIONER).contains(d.program()))
        .flatMap(d -> d.seats().stream())
        .toList();
    assertThat(single).isNotEmpty().allSatisfy(seat -> assertThat(seat.count()).isOne());
    assertThat(scaled.demands().stream().flatMap(d -> d.seats().stream()).filter(s -> s.role() == SeatRole.LEAD))
        .isNotEmpty().allSatisfy(seat -> assertThat(seat.count()).isOne());
  }

  @Test
  void scaleIsDeterministic() {
    GeneratorSpec spec = GeneratorSpec.midSize(11).toBuilder().experts(300).demands(200).build();
    assertThat(ProblemGenerator.generate(spec)).isEqualTo(ProblemGenerator.generate(spec));
  }

  @Test
  void rejectsScalesOutsideOneToMax() {
    assertThatThrownBy(() -> GeneratorSpec.builder().teamScale(0.5).build()).hasMessageContaining("teamScale");
    assertThatThrownBy(() -> GeneratorSpec.builder().teamScale(GeneratorSpec.MAX_TEAM_SCALE + 1).build())
        .hasMessageContaining("teamScale");
  }
}
