package org.talentmatch.core.solver;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.optaplanner.core.api.solver.change.ProblemChange;
import org.optaplanner.core.api.solver.change.ProblemChangeDirector;
import org.talentmatch.api.plan.SlotRef;
import org.talentmatch.core.solver.domain.ExpertFact;
import org.talentmatch.core.solver.domain.MatchingSolution;
import org.talentmatch.core.solver.domain.SeatSlot;

/**
 * One problem change of a planning session, as OptaPlanner applies it on its own thread: brings the
 * working solution in step with the model of the changed problem. New experts join the facts; slots
 * whose model is unchanged stay as they are, with their experts; slots gone (a cancelled demand) are
 * removed; slots whose candidates, dates or pin changed are replaced by the new model's slot, which
 * keeps the expert it held when that expert is still a candidate and the demand's dates did not move
 * (a moved demand starts empty: its old expert may clash on the new dates). The target model is
 * consumed: its slots become working entities. Every slot then remembers the expert it holds as the
 * previous plan's, so that the {@code keep-previous-assignment} constraint keeps re-planning minimal.
 */
final class SessionSync implements ProblemChange<MatchingSolution> {
  private final MatchingSolution target;
  private final long revision;

  SessionSync(MatchingSolution target, long revision) {
    this.target = requireNonNull(target, "target");
    checkArgument(revision > 0, "revision must be > 0: %s", revision);
    this.revision = revision;
  }

  @Override
  public void doChange(MatchingSolution working, ProblemChangeDirector director) {
    for (ExpertFact expert : target.experts()) {
      if (director.lookUpWorkingObject(expert).isEmpty()) {
        director.addProblemFact(expert, working::addExpert);
      }
    }
    Map<SlotRef, SeatSlot> wanted = new LinkedHashMap<>();
    target.slots().forEach(slot -> wanted.put(slot.ref(), slot));
    for (SeatSlot slot : List.copyOf(working.slots())) {
      SeatSlot next = wanted.remove(slot.ref());
      if (next == null) {
        director.removeEntity(slot, working::removeSlot);
      } else if (!slot.hasSameModelAs(next)) {
        if (!next.isPinned() && slot.isFilled() && slot.demand().equals(next.demand())) {
          next.candidate(slot.expert()).ifPresent(next::setExpert);
        }
        next.rememberCurrentAsPrevious();
        director.removeEntity(slot, working::removeSlot);
        director.addEntity(next, working::addSlot);
      } else {
        director.changeProblemProperty(slot, SeatSlot::rememberCurrentAsPrevious);
      }
    }
    wanted.values().forEach(next -> director.addEntity(next, working::addSlot));
    working.advanceRevision(revision);
  }
}
