package org.talentmatch.api.ledger;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.talentmatch.api.model.DateRange;
import org.talentmatch.api.model.HostUnit;
import org.talentmatch.api.model.Program;

/**
 * One service of one expert at one demand, as the ledger keeps it: the account the departments
 * give at year end (title evaluation, compensatory leave, commendations). Immutable; build one with
 * {@link #builder(String)}.
 *
 * @param recordId the ledger's key: recording a record with an id already present replaces it
 * @param region the six-digit GB/T 2260 code of the county served
 * @param priorityArea the demand was in a priority area (FORMAT.md's {@code priorityArea})
 * @param dates the days of the service, both ends included
 * @param rating the host unit's rating of the service, 1 (poor) to 5 (excellent), if it gave one
 */
public record ServiceRecord(
    String recordId,
    String expertId,
    String demandId,
    Program program,
    HostUnit hostUnit,
    String region,
    boolean priorityArea,
    DateRange dates,
    ServiceStatus status,
    OptionalInt rating) {

  public static final int MIN_RATING = 1;
  public static final int MAX_RATING = 5;
  private static final Pattern REGION = Pattern.compile("\\d{6}");

  public ServiceRecord {
    nonBlank(recordId, "recordId");
    nonBlank(expertId, "expertId");
    nonBlank(demandId, "demandId");
    requireNonNull(program, "program");
    requireNonNull(hostUnit, "hostUnit");
    requireNonNull(region, "region");
    checkArgument(REGION.matcher(region).matches(), "region must be a six-digit division code: %s", region);
    requireNonNull(dates, "dates");
    requireNonNull(status, "status");
    requireNonNull(rating, "rating");
    rating.ifPresent(r -> checkArgument(r >= MIN_RATING && r <= MAX_RATING, "rating must be in 1..5: %s", r));
  }

  private static void nonBlank(String value, String name) {
    requireNonNull(value, name);
    checkArgument(!value.isBlank(), "%s must not be blank", name);
  }

  public static Builder builder(String recordId) {
    return new Builder(recordId);
  }

  public Builder toBuilder() {
    Builder b = new Builder(recordId);
    b.expertId = expertId;
    b.demandId = demandId;
    b.program = program;
    b.hostUnit = hostUnit;
    b.region = region;
    b.priorityArea = priorityArea;
    b.dates = dates;
    b.status = status;
    b.rating = rating;
    return b;
  }

  /** True when the service took place and counts toward services and days. */
  public boolean isCompleted() {
    return status == ServiceStatus.COMPLETED;
  }

  /** Builder; {@code status} defaults to COMPLETED, {@code priorityArea} to false, no rating. */
  public static final class Builder {
    private final String recordId;
    private String expertId;
    private String demandId;
    private Program program;
    private HostUnit hostUnit;
    private String region;
    private boolean priorityArea;
    private DateRange dates;
    private ServiceStatus status = ServiceStatus.COMPLETED;
    private OptionalInt rating = OptionalInt.empty();

    private Builder(String recordId) {
      this.recordId = recordId;
    }

    public Builder expertId(String expertId) {
      this.expertId = expertId;
      return this;
    }

    public Builder demandId(String demandId) {
      this.demandId = demandId;
      return this;
    }

    public Builder program(Program program) {
      this.program = program;
      return this;
    }

    public Builder hostUnit(HostUnit hostUnit) {
      this.hostUnit = hostUnit;
      return this;
    }

    public Builder region(String region) {
      this.region = region;
      return this;
    }

    public Builder priorityArea(boolean priorityArea) {
      this.priorityArea = priorityArea;
      return this;
    }

    public Builder dates(DateRange dates) {
      this.dates = dates;
      return this;
    }

    public Builder dates(String start, String end) {
      return dates(DateRange.of(start, end));
    }

    public Builder status(ServiceStatus status) {
      this.status = status;
      return this;
    }

    public Builder rating(int rating) {
      this.rating = OptionalInt.of(rating);
      return this;
    }

    public Builder rating(OptionalInt rating) {
      this.rating = rating;
      return this;
    }

    public ServiceRecord build() {
      return new ServiceRecord(recordId, expertId, demandId, program, hostUnit, region, priorityArea, dates, status,
          rating);
    }
  }
}
