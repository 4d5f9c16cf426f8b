package org.talentmatch.api;

import java.time.Duration;
import org.talentmatch.api.plan.PlanScore;

/** A new best plan found while solving. */
public record PlanProgress(PlanScore bestScore, int slotsFilled, int slotsTotal, Duration elapsed) {}
