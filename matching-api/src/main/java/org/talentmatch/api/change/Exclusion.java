package org.talentmatch.api.change;

import static com.google.common.base.Preconditions.checkArgument;

/** An expert who declined a demand and is never proposed for it again. */
public record Exclusion(String demandId, String expertId) {

  public Exclusion {
    checkArgument(!demandId.isBlank(), "demandId must not be blank");
    checkArgument(!expertId.isBlank(), "expertId must not be blank");
  }
}
