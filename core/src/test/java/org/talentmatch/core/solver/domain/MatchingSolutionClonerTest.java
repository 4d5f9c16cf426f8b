package org.talentmatch.core.solver.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.talentmatch.api.model.SeatRole;
import org.talentmatch.api.plan.SlotRef;

class MatchingSolutionClonerTest {
  private final ExpertFact wang = new ExpertFact("E1", 3, 30, false, List.of());
  private final ExpertFact li = new ExpertFact("E2", 3, 30, true, List.of());
  private final DemandFacts demand = new DemandFacts("D1", 0, org.talentmatch.api.model.Program.EXPERT_SERVICE, 10, 12,
      3, true, "370783", "合作社");

  private SeatSlot slot(int index) {
    CandidateFit fit = new CandidateFit(OptionalDouble.of(0.9), 12.0, List.of("设施蔬菜"));
    return new SeatSlot(new SlotRef("D1", 0, index), demand, SeatRole.MEMBER, 3, List.of(wang, li),
        Map.of(wang, fit, li, fit));
  }

  @Test
  void copiesEveryFieldOfEverySlot() throws IllegalAccessException {
    SeatSlot pinned = slot(0);
    pinned.pin(li);
    SeatSlot replanned = slot(1);
    replanned.startFromPrevious(wang);
    MatchingSolution original = new MatchingSolution(List.of(wang, li), List.of(pinned, replanned, slot(2)),
        new MatchingConstraintConfiguration(1, 2, 1, 100, 10, 300, 200, 300));

    MatchingSolution clone = new MatchingSolution.Cloner().cloneSolution(original);

    assertThat(clone.slots()).hasSize(3);
    for (int i = 0; i < 3; i++) {
      SeatSlot a = original.slots().get(i);
      SeatSlot b = clone.slots().get(i);
      assertThat(b).isNotSameAs(a);
      // Every instance field, so that a field added to SeatSlot and forgotten by the cloner fails here.
      for (Field field : SeatSlot.class.getDeclaredFields()) {
        if (!Modifier.isStatic(field.getModifiers())) {
          field.setAccessible(true);
          assertThat(field.get(b)).as(field.getName()).isEqualTo(field.get(a));
        }
      }
    }
    assertThat(clone.experts()).isSameAs(original.experts());
    assertThat(clone.configuration()).isSameAs(original.configuration());
  }

  @Test
  void aChangeToTheCloneLeavesTheOriginalAlone() {
    MatchingSolution original = new MatchingSolution(List.of(wang, li), List.of(slot(0)),
        new MatchingConstraintConfiguration(1, 2, 1, 100, 10, 300, 200, 300));

    MatchingSolution clone = new MatchingSolution.Cloner().cloneSolution(original);
    clone.slots().get(0).setExpert(li);

    assertThat(original.slots().get(0).expert()).isNull();
  }
}
