package org.talentmatch.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.talentmatch.api.model.Degree;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.Expert;
import org.talentmatch.api.model.HostUnit;
import org.talentmatch.api.model.HostUnitType;
import org.talentmatch.api.model.Policy;
import org.talentmatch.api.model.Program;
import org.talentmatch.api.model.Seat;
import org.talentmatch.api.model.SeatRole;
import org.talentmatch.api.model.Title;

class EligibilityTest {
  private static final Demand CLINIC = Demand.builder("D1").program(Program.MEDICAL_PAIRING).title("卫生院帮扶")
      .hostUnit(HostUnit.of("某镇卫生院", HostUnitType.CLINIC, "山东省立医院"))
      .location("370102", 36.67, 117.08).dates("2027-04-01", "2027-04-03")
      .addSeat(Seat.of(SeatRole.MEMBER, 1, "全科医学")).build();

  @Test
  void conflictOfInterestIgnoresUnicodeWhiteSpaceAroundInstitutions() {
    assertThat(Eligibility.violations(doctorOf("山东省立医院\u3000"), CLINIC, 0, Policy.defaults()))
        .containsExactly(HardRule.CONFLICT_OF_INTEREST);
    assertThat(Eligibility.violations(doctorOf("\u00a0山东省立医院 "), CLINIC, 0, Policy.defaults()))
        .containsExactly(HardRule.CONFLICT_OF_INTEREST);
    assertThat(Eligibility.violations(doctorOf("山东大学齐鲁医院"), CLINIC, 0, Policy.defaults())).isEmpty();
  }

  @Test
  void haversineUsesFormatsEarthRadius() {
    // one degree of latitude on a 6371.0 km sphere
    assertThat(Geo.haversineKm(36.0, 117.0, 37.0, 117.0)).isCloseTo(Math.PI * 6371.0 / 180, org.assertj.core.data.Offset.offset(1e-9));
  }

  private static Expert doctorOf(String institution) {
    return Expert.builder("E1").institution(institution).title(Title.SENIOR).degree(Degree.DOCTORATE)
        .programs(Program.MEDICAL_PAIRING).skills("全科医学").location("370102", 36.67, 117.08).build();
  }
}
