package org.talentmatch.core.search;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.FeatureField;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.util.BytesRef;
import org.talentmatch.api.model.DateRange;
import org.talentmatch.api.model.Degree;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.GeoLocation;
import org.talentmatch.api.model.HostUnit;
import org.talentmatch.api.model.HostUnitType;
import org.talentmatch.api.model.Program;
import org.talentmatch.api.model.Seat;
import org.talentmatch.api.model.SeatRole;
import org.talentmatch.api.model.Title;

/**
 * The demand ↔ Lucene document mapping: the indexed fields push filters and ranks on, and the stored
 * fields that rebuild the {@link Demand} exactly.
 */
final class DemandDocuments {
  /** Demand id: indexed keyword, stored, and sorted doc values for deterministic tie-breaks. */
  static final String ID = "id";
  static final String PROGRAM = "program";
  /** First and last day as epoch-day {@link IntPoint}s, for the availability filter. */
  static final String START = "start";
  static final String END = "end";
  static final String LOCATION = "location";
  /** The host unit's owning institution, trimmed as rule 8 compares it; absent when it has none. */
  static final String HOST_INSTITUTION = "host_institution";
  /**
   * One 2-D point (minimum title rank, minimum degree rank) per seat: a box query finds demands with
   * at least one seat the expert is senior enough for.
   */
  static final String SEAT_MINIMUMS = "seat_minimums";
  /**
   * Each seat skill term, normalized like the expert's skill keywords, as a {@link FeatureField}
   * whose value is its weight in the seat's mean: (occurrences in the seat) / (terms in the seat),
   * the largest over the demand's seats. A linear query weighted by the level the expert reaches
   * for the term then scores at least the best seat's mean relevance.
   */
  static final String SEAT_TERM = "seat_term";

  private static final String TITLE = "title";
  private static final String DESCRIPTION = "description";
  private static final String HOST_NAME = "host_name";
  private static final String HOST_TYPE = "host_type";
  private static final String REGION = "region";
  private static final String LAT = "lat";
  private static final String LON = "lon";
  private static final String PRIORITY_AREA = "priority_area";
  private static final String PRIORITY = "priority";
  private static final String DATES = "dates";
  /** The seats as JSON: role, count, skills as written, minimums. */
  private static final String SEATS = "seats";

  private static final ObjectMapper JSON = new ObjectMapper();

  private DemandDocuments() {}

  static Document toDocument(Demand demand) {
    Document doc = new Document();
    doc.add(new StringField(ID, demand.id(), Field.Store.YES));
    doc.add(new SortedDocValuesField(ID, new BytesRef(demand.id())));
    doc.add(new StringField(PROGRAM, demand.program().name(), Field.Store.YES));
    doc.add(new StoredField(TITLE, demand.title()));
    doc.add(new StoredField(DESCRIPTION, demand.description()));
    HostUnit host = demand.hostUnit();
    doc.add(new StoredField(HOST_NAME, host.name()));
    doc.add(new StoredField(HOST_TYPE, host.type().name()));
    host.institution().ifPresent(owner -> doc.add(new StringField(HOST_INSTITUTION, owner, Field.Store.YES)));
    GeoLocation location = demand.location();
    doc.add(new LatLonPoint(LOCATION, location.lat(), location.lon()));
    doc.add(new StoredField(REGION, location.region()));
    doc.add(new StoredField(LAT, location.lat()));
    doc.add(new StoredField(LON, location.lon()));
    doc.add(new StoredField(PRIORITY_AREA, demand.priorityArea() ? 1 : 0));
    doc.add(new StoredField(PRIORITY, demand.priority()));
    doc.add(new IntPoint(START, ExpertDocuments.epochDay(demand.dates().start())));
    doc.add(new IntPoint(END, ExpertDocuments.epochDay(demand.dates().end())));
    doc.add(new StoredField(DATES, demand.dates().start() + "/" + demand.dates().end()));
    Map<String, Float> termWeights = new HashMap<>();
    for (Seat seat : demand.seats()) {
      doc.add(new IntPoint(SEAT_MINIMUMS, seat.minTitle().orElse(Title.NONE).ordinal(),
          seat.minDegree().orElse(Degree.OTHER).ordinal()));
      float share = 1f / seat.skills().size();
      Map<String, Float> inSeat = new HashMap<>();
      seat.skills().forEach(skill -> inSeat.merge(Terms.normalize(skill), share, Float::sum));
      inSeat.forEach((term, weight) -> termWeights.merge(term, weight, Math::max));
    }
    // FeatureField allows one value per feature and document, hence the merge above.
    termWeights.forEach((term, weight) -> doc.add(new FeatureField(SEAT_TERM, term, weight)));
    doc.add(new StoredField(SEATS, seatsJson(demand.seats())));
    return doc;
  }

  /** The document layout's version, see {@link LiveIndex.Schema}. */
  static final int SCHEMA_VERSION = 1;

  static Demand toDemand(Document doc) {
    String dates = doc.get(DATES);
    int slash = dates.indexOf('/');
    String owner = doc.get(HOST_INSTITUTION);
    return Demand.builder(doc.get(ID))
        .program(Program.valueOf(doc.get(PROGRAM)))
        .title(doc.get(TITLE))
        .description(doc.get(DESCRIPTION))
        .hostUnit(new HostUnit(doc.get(HOST_NAME), HostUnitType.valueOf(doc.get(HOST_TYPE)),
            Optional.ofNullable(owner)))
        .location(doc.get(REGION), doc.getField(LAT).numericValue().doubleValue(),
            doc.getField(LON).numericValue().doubleValue())
        .priorityArea(doc.getField(PRIORITY_AREA).numericValue().intValue() == 1)
        .priority(doc.getField(PRIORITY).numericValue().intValue())
        .dates(DateRange.of(dates.substring(0, slash), dates.substring(slash + 1)))
        .seats(seats(doc.get(SEATS)))
        .build();
  }

  /** The stored form of a seat: the API record with its enums by name and absent minimums as null. */
  private record StoredSeat(String role, int count, List<String> skills, String minTitle, String minDegree) {
    static StoredSeat of(Seat seat) {
      return new StoredSeat(seat.role().name(), seat.count(), seat.skills(),
          seat.minTitle().map(Title::name).orElse(null), seat.minDegree().map(Degree::name).orElse(null));
    }

    Seat toSeat() {
      return new Seat(SeatRole.valueOf(role), count, skills, Optional.ofNullable(minTitle).map(Title::valueOf),
          Optional.ofNullable(minDegree).map(Degree::valueOf));
    }
  }

  private static String seatsJson(List<Seat> seats) {
    try {
      return JSON.writeValueAsString(seats.stream().map(StoredSeat::of).toArray(StoredSeat[]::new));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("cannot store seats", e);
    }
  }

  private static List<Seat> seats(String json) {
    try {
      return List.of(JSON.readValue(json, StoredSeat[].class)).stream().map(StoredSeat::toSeat).toList();
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException("stored seats are unreadable: " + json, e);
    }
  }
}
