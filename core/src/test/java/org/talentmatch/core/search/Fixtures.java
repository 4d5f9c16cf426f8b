package org.talentmatch.core.search;

import org.talentmatch.api.model.Degree;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.Expert;
import org.talentmatch.api.model.HostUnit;
import org.talentmatch.api.model.HostUnitType;
import org.talentmatch.api.model.Program;
import org.talentmatch.api.model.Seat;
import org.talentmatch.api.model.SeatRole;
import org.talentmatch.api.model.Title;

/** Small experts and demands for search tests: everyone eligible unless a test says otherwise. */
final class Fixtures {
  /** 历下区, Jinan. */
  static final double JINAN_LAT = 36.67;
  static final double JINAN_LON = 117.07;
  /** 寿光市, about 150 km east of Jinan. */
  static final double SHOUGUANG_LAT = 36.88;
  static final double SHOUGUANG_LON = 118.79;

  private Fixtures() {}

  static Expert.Builder expert(String id, String... skills) {
    return Expert.builder(id)
        .name("专家" + id)
        .institution("山东农业大学")
        .title(Title.SENIOR)
        .degree(Degree.DOCTORATE)
        .programs(Program.EXPERT_SERVICE)
        .skills(skills)
        .location("370102", JINAN_LAT, JINAN_LON);
  }

  static Demand.Builder demand(String id, Seat... seats) {
    Demand.Builder demand = Demand.builder(id)
        .program(Program.EXPERT_SERVICE)
        .title("技术指导")
        .hostUnit(HostUnit.of("某专业合作社", HostUnitType.COOPERATIVE))
        .location("370783", SHOUGUANG_LAT, SHOUGUANG_LON)
        .dates("2027-04-10", "2027-04-12");
    for (Seat seat : seats) {
      demand.addSeat(seat);
    }
    return demand;
  }

  static Seat seat(String... skills) {
    return Seat.of(SeatRole.MEMBER, 1, skills);
  }
}
