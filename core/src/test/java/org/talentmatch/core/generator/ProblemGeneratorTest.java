package org.talentmatch.core.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.talentmatch.api.model.DateRange;
import org.talentmatch.api.model.Degree;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.Expert;
import org.talentmatch.api.model.HistoryEntry;
import org.talentmatch.api.model.HostUnitType;
import org.talentmatch.api.model.Problem;
import org.talentmatch.api.model.Program;
import org.talentmatch.api.model.SeatRole;
import org.talentmatch.api.model.Title;
import org.talentmatch.core.region.ShandongRegions;
import org.talentmatch.core.rules.Eligibility;

class ProblemGeneratorTest {
  private static final GeneratorSpec MID = GeneratorSpec.of(3_000, 600, 2027);
  private static final Problem MID_PROBLEM = ProblemGenerator.generate(MID);

  @Test
  void sameSpecGivesEqualProblem() {
    assertThat(ProblemGenerator.generate(MID)).isEqualTo(MID_PROBLEM);
  }

  @Test
  void differentSeedsGiveDifferentProblems() {
    Problem other = ProblemGenerator.generate(MID.toBuilder().seed(2028).build());
    assertThat(other.experts()).isNotEqualTo(MID_PROBLEM.experts());
    assertThat(other.demands()).isNotEqualTo(MID_PROBLEM.demands());
  }

  @Test
  void historyShareLeavesExpertsAndDemandsUnchanged() {
    Problem less = ProblemGenerator.generate(MID.toBuilder().historyShare(0.1).build());
    assertThat(less.experts()).isEqualTo(MID_PROBLEM.experts());
    assertThat(less.demands()).isEqualTo(MID_PROBLEM.demands());
    assertThat(less.history().size()).isLessThan(MID_PROBLEM.history().size());
  }

  @Test
  void midSizeProblemIsValid() {
    ProblemInvariants.assertValid(MID_PROBLEM, MID);
    assertThat(MID_PROBLEM.pinned()).hasSize(MID.pinCount()).hasSize(12);
  }

  @Test
  void everyProgramAppearsInItsShape() {
    Map<Program, List<Demand>> byProgram = MID_PROBLEM.demands().stream().collect(Collectors.groupingBy(Demand::program));
    assertThat(byProgram).containsOnlyKeys(EnumSet.allOf(Program.class));
    DateRange period = MID.period();

    assertThat(byProgram.get(Program.EXPERT_SERVICE)).allSatisfy(d -> {
      assertThat(d.dates().days()).isBetween(2L, 5L);
      assertThat(d.seats().get(0).role()).isEqualTo(SeatRole.LEAD);
      assertThat(d.seats().get(0).minTitle()).contains(Title.SENIOR);
      assertThat(d.slotCount() - 1).isBetween(1, 3);
    });
    assertThat(byProgram.get(Program.PHD_TO_ENTERPRISE)).allSatisfy(d -> {
      assertThat(d.slotCount()).isEqualTo(1);
      assertThat(d.seats().get(0).minDegree()).contains(Degree.DOCTORATE);
      assertThat(d.hostUnit().type()).isEqualTo(HostUnitType.ENTERPRISE);
      assertThat(d.dates().end()).isEqualTo(d.dates().start().plusYears(1).minusDays(1));
    });
    assertThat(byProgram.get(Program.SANZHI_YIFU)).allSatisfy(d -> {
      assertThat(d.dates().end()).isEqualTo(d.dates().start().plusYears(2).minusDays(1)).isAfter(period.end());
      assertThat(d.seats()).hasSize(1);
    });
    assertThat(byProgram.get(Program.SCI_TECH_COMMISSIONER)).allSatisfy(d -> {
      assertThat(d.slotCount()).isEqualTo(1);
      assertThat(d.hostUnit().type()).isIn(HostUnitType.COOPERATIVE, HostUnitType.VILLAGE, HostUnitType.ENTERPRISE);
    });
    assertThat(byProgram.get(Program.TEACHING_TO_COUNTRYSIDE)).allSatisfy(d -> {
      assertThat(d.hostUnit().type()).isEqualTo(HostUnitType.SCHOOL);
      assertThat(d.seats().get(0).role()).isEqualTo(SeatRole.LEAD);
      assertThat(d.dates().days()).isBetween(2L, 5L);
    });
    List<Demand> medical = byProgram.get(Program.MEDICAL_PAIRING);
    assertThat(medical).allSatisfy(d -> assertThat(d.hostUnit().name()).endsWith("卫生院"));
    assertThat(medical).anySatisfy(d -> assertThat(d.dates().days()).isGreaterThan(80)); // 业务院长 placement
    assertThat(medical).anySatisfy(d -> assertThat(d.dates().days()).isLessThanOrEqualTo(7)); // roving team
    assertThat(byProgram.get(Program.SCI_TECH_TO_COUNTRYSIDE)).allSatisfy(d -> assertThat(d.dates().days()).isBetween(1L, 3L));
  }

  @Test
  void credentialsFollowTheMainProgram() {
    assertThat(only(Program.PHD_TO_ENTERPRISE)).isNotEmpty().allSatisfy(e -> assertThat(e.degree()).isEqualTo(Degree.DOCTORATE));
    assertThat(only(Program.SANZHI_YIFU)).isNotEmpty().allSatisfy(e -> {
      assertThat(e.degree()).isIn(Degree.BACHELOR, Degree.MASTER);
      assertThat(e.title()).isIn(Title.NONE, Title.JUNIOR);
    });
    assertThat(only(Program.EXPERT_SERVICE)).isNotEmpty()
        .allSatisfy(e -> assertThat(e.title()).isGreaterThanOrEqualTo(Title.INTERMEDIATE));
    long seniorLeads = only(Program.EXPERT_SERVICE).stream().filter(e -> e.title() == Title.SENIOR).count();
    assertThat(seniorLeads).isGreaterThan(only(Program.EXPERT_SERVICE).size() / 3);
  }

  @Test
  void expertsWriteVariantsAndDemandsAskCanonicalTerms() {
    Vocabulary vocabulary = Vocabulary.bundled();
    long withCanonical = MID_PROBLEM.experts().stream()
        .filter(e -> e.skills().stream().anyMatch(s -> vocabulary.groupOf(s).map(g -> g.canonical().equals(s)).orElse(false)))
        .count();
    long variantsOnly = MID_PROBLEM.experts().size() - withCanonical;
    assertThat(withCanonical).isGreaterThan(MID.experts() / 3);
    assertThat(variantsOnly).isGreaterThan(MID.experts() / 5);
    assertThat(MID_PROBLEM.experts()).allSatisfy(e -> assertThat(e.profile()).isNotBlank());
  }

  @Test
  void sharesOfUnavailabilityHistoryCardsAndCapsAreNearTheSpec() {
    int n = MID.experts();
    assertThat(count(e -> !e.unavailable().isEmpty()) / (double) n).isBetween(0.15, 0.25);
    long withHistory = MID_PROBLEM.history().stream().map(HistoryEntry::expertId).distinct().count();
    assertThat(withHistory / (double) n).isBetween(0.2, 0.32);
    assertThat(count(Expert::huicaiCard) / (double) n).isBetween(0.02, 0.06);
    assertThat(count(e -> e.maxAssignments().isPresent())).isPositive();
  }

  @Test
  void someCommissionerDemandsContinueAPairingOfTheYearBefore() {
    Map<String, Expert> experts = MID_PROBLEM.experts().stream().collect(Collectors.toMap(Expert::id, e -> e));
    long continued = MID_PROBLEM.demands().stream()
        .filter(d -> d.program() == Program.SCI_TECH_COMMISSIONER)
        .filter(d -> MID_PROBLEM.history().stream().anyMatch(h -> h.hostUnit().equals(d.hostUnit().name())
            && Eligibility.isEligible(experts.get(h.expertId()), d, 0, MID.policy())))
        .count();
    assertThat(continued).isGreaterThan(5);
  }

  @Test
  void someClinicsBelongToHospitalsWhoseDoctorsTherebyHaveAConflict() {
    Set<String> owners = MID_PROBLEM.demands().stream()
        .flatMap(d -> d.hostUnit().institution().stream())
        .collect(Collectors.toSet());
    assertThat(owners).anyMatch(o -> o.endsWith("人民医院"));
    assertThat(MID_PROBLEM.experts()).anyMatch(e -> owners.contains(e.institution()));
  }

  @Test
  void priorityAreasLieInTheWesternBeltOrRuralCounties() {
    ShandongRegions regions = ShandongRegions.get();
    List<Demand> priority = MID_PROBLEM.demands().stream().filter(Demand::priorityArea).toList();
    assertThat(priority.size()).isBetween(MID.demands() / 4, MID.demands() * 3 / 4);
    assertThat(priority).allSatisfy(d -> assertThat(regions.county(d.location().region()).orElseThrow().zone()).isFalse());
    assertThat(MID_PROBLEM.demands()).filteredOn(d -> d.location().region().startsWith("3717") && d.location().region().compareTo("371721") >= 0
            && d.location().region().compareTo("371728") <= 0)
        .isNotEmpty().allMatch(Demand::priorityArea); // 菏泽's rural counties
    assertThat(MID_PROBLEM.demands().stream().mapToInt(Demand::priority).average().orElseThrow()).isBetween(2.7, 3.3);
  }

  @Test
  void mostSlotsHaveAStaticallyEligibleExpertWithTheSkill() {
    Catalog catalog = Catalog.bundled();
    ExpertsBySkill index = ExpertsBySkill.of(MID_PROBLEM.experts(), catalog.vocabulary());
    int seats = 0;
    int covered = 0;
    for (Demand demand : MID_PROBLEM.demands()) {
      for (int s = 0; s < demand.seats().size(); s++) {
        SkillGroup group = catalog.vocabulary().groupOf(demand.seats().get(s).skills().get(0)).orElseThrow();
        int seat = s;
        seats++;
        if (Arrays.stream(index.experts(demand.program(), group))
            .anyMatch(i -> Eligibility.isEligible(MID_PROBLEM.experts().get(i), demand, seat, MID.policy()))) {
          covered++;
        }
      }
    }
    assertThat(covered / (double) seats).isGreaterThan(0.85);
  }

  @Test
  void tinyAndEmptyProblemsAreValid() {
    GeneratorSpec tiny = GeneratorSpec.of(10, 3, 5);
    ProblemInvariants.assertValid(ProblemGenerator.generate(tiny), tiny);
    GeneratorSpec empty = GeneratorSpec.of(0, 0, 5);
    Problem problem = ProblemGenerator.generate(empty);
    assertThat(problem.experts()).isEmpty();
    assertThat(problem.demands()).isEmpty();
    assertThat(problem.pinned()).isEmpty();
  }

  @Test
  @Timeout(value = 10, unit = TimeUnit.SECONDS)
  void generatesOneHundredThousandExpertsQuickly() {
    GeneratorSpec big = GeneratorSpec.of(100_000, 5_000, 42);
    Problem problem = ProblemGenerator.generate(big);
    assertThat(problem.experts()).hasSize(100_000);
    assertThat(problem.demands()).hasSize(5_000);
    assertThat(problem.slotCount()).isBetween(7_500, 15_000);
    assertThat(problem.pinned()).hasSize(100);
  }

  private static List<Expert> only(Program program) {
    return MID_PROBLEM.experts().stream().filter(e -> e.programs().equals(Set.of(program))).toList();
  }

  private static long count(Predicate<Expert> predicate) {
    return MID_PROBLEM.experts().stream().filter(predicate).count();
  }
}
