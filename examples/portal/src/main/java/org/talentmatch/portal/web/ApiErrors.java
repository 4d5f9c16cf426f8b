package org.talentmatch.portal.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.talentmatch.api.InvalidProblemException;
import org.talentmatch.api.ValidationError;
import org.talentmatch.api.ledger.LedgerStorageException;
import org.talentmatch.portal.ConflictException;
import org.talentmatch.portal.NotFoundException;

/**
 * Every failure as RFC 9457 problem details. Validation failures list each field
 * ({@code errors: [{path, message}]}, paths as in FORMAT.md, or a query parameter's name). Only the
 * portal's own exceptions carry their message to the client; anything else is a 500 (or a 503 for
 * the database) with a fixed text, logged here: no stack trace, no library or driver message
 * reaches a client.
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

  static ProblemDetail invalidInput(List<FieldError> errors) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
        errors.size() + " field(s) are not valid: see errors.");
    problem.setTitle("Invalid input");
    problem.setProperty("errors", errors);
    return problem;
  }

  @ExceptionHandler(InvalidProblemException.class)
  ProblemDetail invalid(InvalidProblemException e) {
    return invalidInput(e.errors().stream().map(FieldError::of).toList());
  }

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
  }

  @ExceptionHandler(ConflictException.class)
  ProblemDetail conflict(ConflictException e) {
    return ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
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

  /** A body that is not JSON, or JSON of the wrong type somewhere: named by its path where Jackson knows it. */
  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
      HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    FieldError error = e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
        ? new FieldError(path(mapping.getPath()), "wrong type or value")
        : new FieldError("$", "not well-formed JSON");
    return ResponseEntity.badRequest().body(invalidInput(List.of(error)));
  }

  private static String path(List<JsonMappingException.Reference> references) {
    StringBuilder path = new StringBuilder("$");
    for (JsonMappingException.Reference reference : references) {
      path.append(reference.getFieldName() != null ? "." + reference.getFieldName() : "[" + reference.getIndex() + "]");
    }
    return path.toString();
  }
}
