package org.talentmatch.portal.planning;

import org.talentmatch.api.PlanProgress;

/** A planning job's state as the API and its event stream show it. */
public record Progress(PlanStatus status, int slotsFilled, int slotsTotal, long hard, long medium, long soft,
    long elapsedMillis) {

  static Progress starting() {
    return new Progress(PlanStatus.SOLVING, 0, 0, 0, 0, 0, 0);
  }

  static Progress of(PlanStatus status, PlanProgress progress) {
    return new Progress(status, progress.slotsFilled(), progress.slotsTotal(), progress.bestScore().hard(),
        progress.bestScore().medium(), progress.bestScore().soft(), progress.elapsed().toMillis());
  }

  Progress withStatus(PlanStatus newStatus) {
    return new Progress(newStatus, slotsFilled, slotsTotal, hard, medium, soft, elapsedMillis);
  }
}
