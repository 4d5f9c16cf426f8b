package org.talentmatch.api.change;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import org.talentmatch.api.model.DateRange;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.Expert;
import org.talentmatch.api.plan.SlotRef;

/**
 * One change to a problem and its current plan (FORMAT.md "Changes file"). Changes are applied in
 * order; each may refer only to what exists after the earlier ones.
 */
public sealed interface PlanChange {

  /** The clerk confirmed the arrangement: it is pinned from now on. */
  record Confirm(SlotRef slot, String expertId) implements PlanChange {
    public Confirm {
      requireNonNull(slot, "slot");
      checkArgument(!expertId.isBlank(), "expertId must not be blank");
    }
  }

  /**
   * The expert declined the arrangement: they leave the slot and are never proposed for that demand
   * again. A decline of a confirmed (pinned) arrangement releases the pin.
   */
  record Decline(SlotRef slot, String expertId) implements PlanChange {
    public Decline {
      requireNonNull(slot, "slot");
      checkArgument(!expertId.isBlank(), "expertId must not be blank");
    }
  }

  /** The expert cannot serve on these dates (added to their unavailable ranges). */
  record Unavailable(String expertId, DateRange dates) implements PlanChange {
    public Unavailable {
      checkArgument(!expertId.isBlank(), "expertId must not be blank");
      requireNonNull(dates, "dates");
    }
  }

  /** The demand is withdrawn with its slots and pins. */
  record CancelDemand(String demandId) implements PlanChange {
    public CancelDemand {
      checkArgument(!demandId.isBlank(), "demandId must not be blank");
    }
  }

  /** The demand keeps its seats but takes place on other dates. */
  record MoveDemand(String demandId, DateRange dates) implements PlanChange {
    public MoveDemand {
      checkArgument(!demandId.isBlank(), "demandId must not be blank");
      requireNonNull(dates, "dates");
    }
  }

  /** A new demand, with an id the problem does not have yet. */
  record AddDemand(Demand demand) implements PlanChange {
    public AddDemand {
      requireNonNull(demand, "demand");
    }
  }

  /** A new expert, with an id the problem does not have yet. */
  record AddExpert(Expert expert) implements PlanChange {
    public AddExpert {
      requireNonNull(expert, "expert");
    }
  }
}
