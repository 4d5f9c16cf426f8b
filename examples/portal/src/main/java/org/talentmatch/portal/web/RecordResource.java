package org.talentmatch.portal.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.talentmatch.api.InvalidProblemException;
import org.talentmatch.api.ValidationError;
import org.talentmatch.portal.NotFoundException;
import org.talentmatch.portal.catalog.Catalog;

/**
 * Create, read, update and delete of one kind of record, in its FORMAT.md shape: experts and demands
 * share it. A body is validated as the problem file's element would be, errors naming the field from
 * the record's root ({@code $.seats[0].count}).
 */
abstract class RecordResource<T> {
  private final Catalog<T> catalog;
  private final Function<T, String> idOf;
  private final String kind;

  RecordResource(Catalog<T> catalog, Function<T, String> idOf, String kind) {
    this.catalog = catalog;
    this.idOf = idOf;
    this.kind = kind;
  }

  T existing(String id) {
    return catalog.find(id).orElseThrow(() -> new NotFoundException("no " + kind + " " + id));
  }

  @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
  public JsonNode list() {
    ArrayNode all = JsonNodeFactory.instance.arrayNode();
    catalog.all().forEach(value -> all.add(Json.tree(catalog.toJson(value))));
    return all;
  }

  @GetMapping(path = "/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
  public JsonNode get(@PathVariable String id) {
    return Json.tree(catalog.toJson(existing(id)));
  }

  /** Creates a record; 409 when its id is taken (PUT replaces). */
  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<JsonNode> create(@RequestBody String body) throws InvalidProblemException {
    T value = catalog.parse(body);
    String id = idOf.apply(value);
    catalog.insert(value);
    return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(id).toUri())
        .body(Json.tree(catalog.toJson(value)));
  }

  /** Creates or replaces the record with this id; the body's {@code id} must be the same. */
  @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<JsonNode> put(@PathVariable String id, @RequestBody String body)
      throws InvalidProblemException {
    T value = catalog.parse(body);
    if (!idOf.apply(value).equals(id)) {
      throw new InvalidProblemException(List.of(new ValidationError("$.id",
          "must be the id in the address, \"" + id + "\": \"" + idOf.apply(value) + "\"")));
    }
    boolean created = catalog.put(value);
    return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).body(Json.tree(catalog.toJson(value)));
  }

  @DeleteMapping("/{id}")
  public ResponseEntity<Void> delete(@PathVariable String id) {
    if (!catalog.remove(id)) {
      throw new NotFoundException("no " + kind + " " + id);
    }
    return ResponseEntity.noContent().build();
  }
}
