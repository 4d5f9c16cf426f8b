package org.talentmatch.core.io;

import static com.google.common.base.Preconditions.checkState;
import static java.util.Objects.requireNonNull;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.Range;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.talentmatch.api.InvalidProblemException;
import org.talentmatch.api.ValidationError;
import org.talentmatch.api.search.Candidate;
import org.talentmatch.core.search.CandidateGenerator.SeatCandidates;
import org.talentmatch.core.search.SeatKey;
import org.talentmatch.core.validate.Limits;

/**
 * Candidates of a whole problem as JSON Lines: one line per seat, in problem order,
 * <pre>{@code {"demandId":"D1","seat":0,"candidates":[{"expertId":"E9","relevance":0.87,"distanceKm":12.3,"reasons":["…"]}]}}</pre>
 * with candidates best first. Relevance is rounded to 4 decimals and distance to 0.1 km, as in plan
 * files, so a line reads back equal to the written one once its values carry that precision.
 *
 * <p>A file of ten thousand seats is streamed, not built in memory: {@link #create} writes to a
 * temporary file in the target's directory and {@link Writer#commit} renames it over the target
 * atomically, with the guarantees of {@link AtomicFiles#write}.
 */
public final class CandidatesJsonl {
  private static final int RELEVANCE_DECIMALS = 4;
  private static final int KM_DECIMALS = 1;
  private static final int BUFFER_BYTES = 1 << 16;
  private static final JsonFactory FACTORY = JsonFactory.builder().enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();
  private static final Range<Integer> INDEX = Range.atLeast(0);
  private static final Range<Double> UNIT_INTERVAL = Range.closed(0.0, 1.0);
  private static final Range<Double> NON_NEGATIVE = Range.atLeast(0.0);

  private CandidatesJsonl() {}

  /** One seat as its line, without the line end. */
  public static String line(SeatCandidates seat) {
    requireNonNull(seat, "seat");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonGenerator json = FACTORY.createGenerator(bytes, JsonEncoding.UTF8)) {
      write(json, seat);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory cannot fail", e);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /**
   * Starts writing {@code target}: lines go to a new temporary file next to it (missing parent
   * directories are created); the target appears, complete, only on {@link Writer#commit}.
   */
  public static Writer create(Path target) throws IOException {
    requireNonNull(target, "target");
    return new Writer(target);
  }

  /** Reads a whole file back; every malformed line is reported, named by its line number. */
  public static List<SeatCandidates> read(Path file) throws IOException, InvalidProblemException {
    requireNonNull(file, "file");
    List<SeatCandidates> seats = new ArrayList<>();
    ErrorLog errors = new ErrorLog();
    try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      int number = 0;
      for (String text = lines.readLine(); text != null; text = lines.readLine()) {
        number++;
        try {
          seats.add(parse(text));
        } catch (InvalidProblemException e) {
          String where = "line " + number + " ";
          e.errors().forEach(error -> errors.add(new ValidationError(where + error.path(), error.message())));
        }
      }
    }
    errors.throwIfAny();
    return List.copyOf(seats);
  }

  /** Reads one line, reporting every error in it with its JSON path. */
  public static SeatCandidates parse(String line) throws InvalidProblemException {
    requireNonNull(line, "line");
    JsonNode document = JsonDocuments.parse(line);
    ErrorLog errors = new ErrorLog();
    JsonCursor root = JsonCursor.root(document, errors);
    Optional<SeatCandidates> seat = Optional.empty();
    if (root.expectObject()) {
      int mark = root.errorCount();
      Optional<String> demandId = root.field("demandId").required(JsonCursor::nonBlankString);
      Optional<Integer> index = root.field("seat").required(c -> c.integer(INDEX));
      Optional<List<Candidate>> candidates =
          root.field("candidates").required(JsonCursor.arrayOf(Limits.MAX_EXPERTS, CandidatesJsonl::candidate));
      seat = root.build(mark, () -> new SeatCandidates(new SeatKey(demandId.get(), index.get()), candidates.get()));
    }
    errors.throwIfAny();
    return seat.orElseThrow();
  }

  private static Optional<Candidate> candidate(JsonCursor node) {
    if (!node.expectObject()) {
      return Optional.empty();
    }
    int mark = node.errorCount();
    Optional<String> expertId = node.field("expertId").required(JsonCursor::nonBlankString);
    Optional<Double> relevance = node.field("relevance").required(c -> c.number(UNIT_INTERVAL));
    Optional<Double> distanceKm = node.field("distanceKm").required(c -> c.number(NON_NEGATIVE));
    Optional<List<String>> reasons = node.field("reasons").required(JsonCursor.arrayOf(PlanJson.MAX_REASONS, JsonCursor::string));
    return node.build(mark, () -> new Candidate(expertId.get(), relevance.get(), distanceKm.get(), reasons.get()));
  }

  private static void write(JsonGenerator json, SeatCandidates seat) throws IOException {
    json.writeStartObject();
    json.writeStringField("demandId", seat.seat().demandId());
    json.writeNumberField("seat", seat.seat().seat());
    json.writeArrayFieldStart("candidates");
    for (Candidate candidate : seat.candidates()) {
      json.writeStartObject();
      json.writeStringField("expertId", candidate.expertId());
      json.writeNumberField("relevance", JsonDocuments.rounded(candidate.relevance(), RELEVANCE_DECIMALS).decimalValue());
      json.writeNumberField("distanceKm", JsonDocuments.rounded(candidate.distanceKm(), KM_DECIMALS).decimalValue());
      json.writeArrayFieldStart("reasons");
      for (String reason : candidate.reasons()) {
        json.writeString(reason);
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }


  /**
   * Streams lines to a temporary file; {@link #commit} publishes it under the target's name, {@link
   * #close} without a commit deletes it and leaves the target as it was. Not thread-safe.
   */
  public static final class Writer implements Closeable {
    private final Path target;
    private final AtomicFiles.Pending file;
    private final JsonGenerator json;
    private long lines;
    private boolean committed;
    private boolean closed;

    private Writer(Path target) throws IOException {
      this.target = target;
      this.file = AtomicFiles.open(target);
      this.json = FACTORY.createGenerator(new BufferedOutputStream(file.stream(), BUFFER_BYTES), JsonEncoding.UTF8);
      // One line per document: the generator's root separator is the line end.
      json.setRootValueSeparator(null);
    }

    /** Appends one seat's line. */
    public void write(SeatCandidates seat) throws IOException {
      requireNonNull(seat, "seat");
      checkState(!committed && !closed, "writer of %s is already committed or closed", target);
      CandidatesJsonl.write(json, seat);
      json.writeRaw('\n');
      lines++;
    }

    /** Lines written so far. */
    public long lineCount() {
      return lines;
    }

    /** Forces the lines to the device and renames the temporary file over the target atomically. */
    public void commit() throws IOException {
      checkState(!committed && !closed, "writer of %s is already committed or closed", target);
      json.flush();
      file.commit();
      committed = true;
    }

    /** Releases the file; without a {@link #commit} the temporary file is deleted. */
    @Override
    public void close() throws IOException {
      if (closed) {
        return;
      }
      closed = true;
      try {
        json.close();
      } finally {
        file.close();
      }
    }
  }
}
