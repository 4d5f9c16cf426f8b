package org.talentmatch.portal;

/** What a request names does not exist: a 404 whose message the client may read. */
public final class NotFoundException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public NotFoundException(String message) {
    super(message);
  }
}
