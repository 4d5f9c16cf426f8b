package org.talentmatch.api.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A person in the talent pool. Immutable; build one with {@link #builder(String)}.
 *
 * @param name personal data: never logged at INFO or above
 * @param huicaiCard holds the 山东惠才卡, which boosts them for priority demands
 * @param maxAssignments overrides the policy's per-expert cap when present
 */
public record Expert(
    String id,
    String name,
    String institution,
    Title title,
    Degree degree,
    Set<Program> programs,
    List<String> skills,
    String profile,
    GeoLocation location,
    boolean huicaiCard,
    List<DateRange> unavailable,
    OptionalInt maxAssignments) {

  public Expert {
    Checks.nonBlank(id, "id");
    requireNonNull(name, "name");
    Checks.nonBlank(institution, "institution");
    requireNonNull(title, "title");
    requireNonNull(degree, "degree");
    programs = Set.copyOf(EnumSet.copyOf(Checks.nonEmptySet(programs, "programs")));
    skills = Checks.skills(skills, "skills");
    requireNonNull(profile, "profile");
    requireNonNull(location, "location");
    unavailable = Checks.list(unavailable, "unavailable");
    requireNonNull(maxAssignments, "maxAssignments");
    maxAssignments.ifPresent(m -> checkArgument(m >= 0, "maxAssignments must be >= 0: %s", m));
  }

  /** Only the id and non-personal fields: a logged expert never leaks a name or a profile. */
  @Override
  public String toString() {
    return "Expert[id=" + id + ", title=" + title + ", degree=" + degree + ", programs=" + programs + "]";
  }

  public static Builder builder(String id) {
    return new Builder(id);
  }

  public Builder toBuilder() {
    Builder b = new Builder(id);
    b.name = name;
    b.institution = institution;
    b.title = title;
    b.degree = degree;
    b.programs.addAll(programs);
    b.skills.addAll(skills);
    b.profile = profile;
    b.location = location;
    b.huicaiCard = huicaiCard;
    b.unavailable.addAll(unavailable);
    b.maxAssignments = maxAssignments;
    return b;
  }

  /** The cap in force for this expert under a policy. */
  public int capUnder(Policy policy) {
    return maxAssignments.orElse(policy.maxAssignmentsPerExpert());
  }

  /** True when none of the expert's unavailable ranges touches {@code dates}. */
  public boolean isAvailable(DateRange dates) {
    return unavailable.stream().noneMatch(dates::overlaps);
  }

  /** Builder with FORMAT.md's defaults for optional fields. */
  public static final class Builder {
    private final String id;
    private String name = "";
    private String institution;
    private Title title;
    private Degree degree;
    private final Set<Program> programs = EnumSet.noneOf(Program.class);
    private final List<String> skills = new ArrayList<>();
    private String profile = "";
    private GeoLocation location;
    private boolean huicaiCard;
    private final List<DateRange> unavailable = new ArrayList<>();
    private OptionalInt maxAssignments = OptionalInt.empty();

    private Builder(String id) {
      this.id = id;
    }

    public Builder name(String name) {
      this.name = name;
      return this;
    }

    public Builder institution(String institution) {
      this.institution = institution;
      return this;
    }

    public Builder title(Title title) {
      this.title = title;
      return this;
    }

    public Builder degree(Degree degree) {
      this.degree = degree;
      return this;
    }

    public Builder programs(Program... programs) {
      return programs(List.of(programs));
    }

    public Builder programs(Collection<Program> programs) {
      this.programs.clear();
      this.programs.addAll(programs);
      return this;
    }

    public Builder skills(String... skills) {
      return skills(List.of(skills));
    }

    public Builder skills(Collection<String> skills) {
      this.skills.clear();
      this.skills.addAll(skills);
      return this;
    }

    public Builder profile(String profile) {
      this.profile = profile;
      return this;
    }

    public Builder location(GeoLocation location) {
      this.location = location;
      return this;
    }

    public Builder location(String region, double lat, double lon) {
      return location(new GeoLocation(region, lat, lon));
    }

    public Builder huicaiCard(boolean huicaiCard) {
      this.huicaiCard = huicaiCard;
      return this;
    }

    public Builder unavailable(Collection<DateRange> ranges) {
      this.unavailable.clear();
      this.unavailable.addAll(ranges);
      return this;
    }

    public Builder addUnavailable(DateRange range) {
      this.unavailable.add(requireNonNull(range, "range"));
      return this;
    }

    public Builder maxAssignments(int max) {
      this.maxAssignments = OptionalInt.of(max);
      return this;
    }

    public Builder maxAssignments(OptionalInt max) {
      this.maxAssignments = requireNonNull(max, "maxAssignments");
      return this;
    }

    public Expert build() {
      return new Expert(id, name, institution, title, degree, programs, skills, profile, location,
          huicaiCard, unavailable, maxAssignments);
    }
  }
}
