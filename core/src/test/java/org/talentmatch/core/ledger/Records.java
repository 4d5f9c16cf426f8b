package org.talentmatch.core.ledger;

import org.talentmatch.api.ledger.ServiceRecord;
import org.talentmatch.api.ledger.ServiceStatus;
import org.talentmatch.api.model.HostUnit;
import org.talentmatch.api.model.HostUnitType;
import org.talentmatch.api.model.Program;

/** Hand-built records for the ledger tests. */
public final class Records {
  /** 寿光市, Weifang. */
  static final String SHOUGUANG = "370783";
  /** 临朐县, Weifang. */
  static final String LINQU = "370724";
  /** 历下区, Jinan. */
  static final String LIXIA = "370102";

  private Records() {}

  public static ServiceRecord.Builder record(String id, String expert, String unit, String start, String end) {
    return ServiceRecord.builder(id).expertId(expert).demandId("D-" + id).program(Program.EXPERT_SERVICE)
        .hostUnit(HostUnit.of(unit, HostUnitType.COOPERATIVE)).region(SHOUGUANG).dates(start, end)
        .status(ServiceStatus.COMPLETED);
  }
}
