package org.talentmatch.api.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A grassroots service demand with one or more seats. Immutable; build one with {@link
 * #builder(String)}.
 *
 * @param priority 1 (low) to 5 (urgent); weighs the cost of leaving its slots empty
 * @param priorityArea in a poverty-relief key township, weak township or the western belt: its
 *     unfilled slots cost twice as much
 */
public record Demand(
    String id,
    Program program,
    String title,
    String description,
    HostUnit hostUnit,
    GeoLocation location,
    boolean priorityArea,
    int priority,
    DateRange dates,
    List<Seat> seats) {

  public static final int DEFAULT_PRIORITY = 3;

  public Demand {
    Checks.nonBlank(id, "id");
    requireNonNull(program, "program");
    Checks.nonBlank(title, "title");
    requireNonNull(description, "description");
    requireNonNull(hostUnit, "hostUnit");
    requireNonNull(location, "location");
    checkArgument(priority >= 1 && priority <= 5, "priority must be in 1..5: %s", priority);
    requireNonNull(dates, "dates");
    seats = Checks.nonEmptyList(seats, "seats");
  }

  public static Builder builder(String id) {
    return new Builder(id);
  }

  public Builder toBuilder() {
    Builder b = new Builder(id);
    b.program = program;
    b.title = title;
    b.description = description;
    b.hostUnit = hostUnit;
    b.location = location;
    b.priorityArea = priorityArea;
    b.priority = priority;
    b.dates = dates;
    b.seats.addAll(seats);
    return b;
  }

  /** Total number of slots over all seats. */
  public int slotCount() {
    return seats.stream().mapToInt(Seat::count).sum();
  }

  /** FORMAT.md's cost of leaving one slot of {@code seat} empty. */
  public int unfilledCost(int seatIndex) {
    return priority * (priorityArea ? 2 : 1) * (seats.get(seatIndex).role() == SeatRole.LEAD ? 2 : 1);
  }

  /** Builder with FORMAT.md's defaults for optional fields. */
  public static final class Builder {
    private final String id;
    private Program program;
    private String title;
    private String description = "";
    private HostUnit hostUnit;
    private GeoLocation location;
    private boolean priorityArea;
    private int priority = DEFAULT_PRIORITY;
    private DateRange dates;
    private final List<Seat> seats = new ArrayList<>();

    private Builder(String id) {
      this.id = id;
    }

    public Builder program(Program program) {
      this.program = program;
      return this;
    }

    public Builder title(String title) {
      this.title = title;
      return this;
    }

    public Builder description(String description) {
      this.description = description;
      return this;
    }

    public Builder hostUnit(HostUnit hostUnit) {
      this.hostUnit = hostUnit;
      return this;
    }

    public Builder location(GeoLocation location) {
      this.location = location;
      return this;
    }

    public Builder location(String region, double lat, double lon) {
      return location(new GeoLocation(region, lat, lon));
    }

    public Builder priorityArea(boolean priorityArea) {
      this.priorityArea = priorityArea;
      return this;
    }

    public Builder priority(int priority) {
      this.priority = priority;
      return this;
    }

    public Builder dates(DateRange dates) {
      this.dates = dates;
      return this;
    }

    public Builder dates(String start, String end) {
      return dates(DateRange.of(start, end));
    }

    public Builder seats(Collection<Seat> seats) {
      this.seats.clear();
      this.seats.addAll(seats);
      return this;
    }

    public Builder addSeat(Seat seat) {
      this.seats.add(requireNonNull(seat, "seat"));
      return this;
    }

    public Demand build() {
      return new Demand(id, program, title, description, hostUnit, location, priorityArea, priority, dates, seats);
    }
  }
}
