package org.talentmatch.portal;

/** A request that the current state refuses (an id taken, a plan closed): a 409 whose message the client may read. */
public final class ConflictException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConflictException(String message) {
    super(message);
  }
}
