package org.talentmatch.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.talentmatch.api.MatchingEngine;
import org.talentmatch.api.SolveOptions;
import org.talentmatch.api.model.DateRange;
import org.talentmatch.api.model.Degree;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.Expert;
import org.talentmatch.api.model.HostUnit;
import org.talentmatch.api.model.HostUnitType;
import org.talentmatch.api.model.Policy;
import org.talentmatch.api.model.Problem;
import org.talentmatch.api.model.Program;
import org.talentmatch.api.model.Seat;
import org.talentmatch.api.model.SeatRole;
import org.talentmatch.api.model.Title;
import org.talentmatch.api.plan.Plan;
import org.talentmatch.api.search.Candidate;

/** The embedding example of README.md, kept here so that it compiles and runs. */
class EmbeddingExampleTest {

  @Test
  void readmeEmbeddingExample(@TempDir Path indexDir) throws Exception {
    // --- README example begins ---
    Expert wang = Expert.builder("E1")
        .name("王建国").institution("山东农业大学")
        .title(Title.SENIOR).degree(Degree.DOCTORATE)
        .programs(Program.EXPERT_SERVICE)
        .skills("蔬菜栽培", "土壤改良")
        .profile("长期从事日光温室黄瓜栽培与土壤连作障碍治理研究。")
        .location("370911", 36.16, 117.16)
        .build();
    Demand shouguang = Demand.builder("D1")
        .program(Program.EXPERT_SERVICE)
        .title("寿光设施蔬菜连作障碍治理")
        .hostUnit(HostUnit.of("寿光市某蔬菜专业合作社", HostUnitType.COOPERATIVE))
        .location("370783", 36.88, 118.79)
        .priorityArea(true)
        .dates("2027-04-10", "2027-04-12")
        .addSeat(Seat.of(SeatRole.LEAD, 1, "设施蔬菜").withMinTitle(Title.SENIOR))
        .build();
    Policy policy = Policy.defaults().withMaxTravelKm(400);

    try (MatchingEngine engine = TalentMatchEngine.builder().indexDirectory(indexDir).build()) {
      engine.putExpert(wang);
      List<Candidate> candidates = engine.searchCandidates(shouguang, 0, policy, 10);

      Problem problem = Problem.builder(DateRange.of("2027-01-01", "2027-12-31"))
          .policy(policy).addExpert(wang).addDemand(shouguang).build();
      Plan plan = engine.plan(problem, SolveOptions.builder().seed(1).evaluationLimit(1_000).build());
      // --- README example ends ---

      assertThat(candidates).extracting(Candidate::expertId).containsExactly("E1");
      assertThat(plan.assignments()).singleElement().satisfies(a -> {
        assertThat(a.expertId()).isEqualTo("E1");
        assertThat(a.reasons()).isNotEmpty();
      });
      assertThat(plan.unfilled()).isEmpty();
    }
  }
}
