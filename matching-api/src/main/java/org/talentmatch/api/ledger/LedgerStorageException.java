package org.talentmatch.api.ledger;

/** A {@link ServiceLedger}'s storage failed (a database error); the ledger is left as it was. */
public final class LedgerStorageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public LedgerStorageException(String message, Throwable cause) {
    super(message, cause);
  }
}
