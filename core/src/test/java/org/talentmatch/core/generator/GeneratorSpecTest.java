package org.talentmatch.core.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.talentmatch.api.model.DateRange;

class GeneratorSpecTest {

  @Test
  void defaultsFollowTheBrief() {
    GeneratorSpec spec = GeneratorSpec.builder().build();
    assertThat(spec.period()).isEqualTo(DateRange.of("2027-01-01", "2027-12-31"));
    assertThat(spec.policy().maxAssignmentsPerExpert()).isEqualTo(3);
    assertThat(spec.policy().cooldownDays()).isEqualTo(30);
    assertThat(spec.policy().maxTravelKm()).hasValue(400);
    assertThat(spec.policy().minRelevance()).isEmpty();
    assertThat(spec.pinCount()).isEqualTo(6); // 2% of 300 demands
  }

  @Test
  void explicitPinsOverrideTheDefaultShare() {
    assertThat(GeneratorSpec.of(100, 1_000, 1).pinCount()).isEqualTo(20);
    assertThat(GeneratorSpec.of(100, 1_000, 1).toBuilder().pins(0).build().pinCount()).isZero();
  }

  @Test
  void toBuilderRoundTrips() {
    GeneratorSpec spec = GeneratorSpec.builder().experts(7).demands(3).seed(9).historyShare(0.5).pins(1).build();
    assertThat(spec.toBuilder().build()).isEqualTo(spec);
  }

  @Test
  void rejectsNegativeSizesAndSharesOutsideZeroToOne() {
    assertThatThrownBy(() -> GeneratorSpec.of(-1, 3, 1)).hasMessageContaining("experts");
    assertThatThrownBy(() -> GeneratorSpec.builder().historyShare(1.5).build()).hasMessageContaining("historyShare");
    assertThatThrownBy(() -> GeneratorSpec.builder().pins(-2).build()).hasMessageContaining("pins");
  }
}
