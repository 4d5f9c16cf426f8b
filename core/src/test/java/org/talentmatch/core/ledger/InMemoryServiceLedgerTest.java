package org.talentmatch.core.ledger;

import org.talentmatch.api.ledger.ServiceLedger;

class InMemoryServiceLedgerTest extends ServiceLedgerContract {
  @Override
  ServiceLedger newLedger() {
    return new InMemoryServiceLedger();
  }
}
