package org.talentmatch.portal.web;

import java.util.List;
import java.util.NoSuchElementException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.talentmatch.api.InvalidProblemException;
import org.talentmatch.api.ValidationError;
import org.talentmatch.api.ledger.LedgerStorageException;

/**
 * Every failure as RFC 9457 problem details. Validation failures list each field
 * ({@code errors: [{path, message}]}, paths as in FORMAT.md); nothing internal — no stack trace, no
 * exception text of an unexpected failure — reaches a client: those are logged here instead.
 */
@RestControllerAdvice
public class ApiErrors extends ResponseEntityExceptionHandler {
  private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

  /** One invalid field: its JSON path (FORMAT.md's) and what is wrong with it. */
  public record FieldError(String path, String message) {
    static FieldError of(ValidationError error) {
      return new FieldError(error.path(), error.message());
    }
  }

  @ExceptionHandler(InvalidProblemException.class)
  ProblemDetail invalid(InvalidProblemException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
        e.errors().size() + " field(s) are not valid: see errors.");
    problem.setTitle("Invalid input");
    problem.setProperty("errors", e.errors().stream().map(FieldError::of).toList());
    return problem;
  }

  @ExceptionHandler(NoSuchElementException.class)
  ProblemDetail notFound(NoSuchElementException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
  }

  @ExceptionHandler(IllegalStateException.class)
  ProblemDetail conflict(IllegalStateException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
  }

  /** The library's preconditions (a seat index out of range, a year the calendar lacks): the caller's mistake. */
  @ExceptionHandler({IllegalArgumentException.class, IndexOutOfBoundsException.class})
  ProblemDetail badArgument(RuntimeException e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
    problem.setTitle("Invalid input");
    problem.setProperty("errors", List.of());
    return problem;
  }

  @ExceptionHandler({DataAccessException.class, LedgerStorageException.class})
  ProblemDetail storage(RuntimeException e) {
    LOG.error("Database failure", e);
    return ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
        "The database is unavailable; try again later.");
  }

  @ExceptionHandler(Exception.class)
  ProblemDetail unexpected(Exception e) {
    LOG.error("Unexpected failure", e);
    return ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
        "The portal failed to answer; the failure is logged.");
  }
}
