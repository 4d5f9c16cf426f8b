package org.talentmatch.portal.config;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.talentmatch.api.model.DateRange;
import org.talentmatch.api.model.Policy;

/**
 * The portal's settings, {@code talentmatch.portal.*} in {@code application.yml}.
 *
 * @param indexPath where the search index lives; rebuilt from the database when missing
 * @param sampleFile a FORMAT.md problem file whose experts and demands are imported into an empty
 *     database on start (absent: none)
 * @param users the accounts of the example; roles {@code CLERK} (may write) and {@code VIEWER}
 */
@ConfigurationProperties("talentmatch.portal")
public record PortalProperties(
    @DefaultValue("data/index") Path indexPath,
    Path sampleFile,
    @DefaultValue Planning planning,
    @DefaultValue PolicyDefaults policy,
    @DefaultValue List<Account> users) {

  public PortalProperties {
    requireNonNull(indexPath, "talentmatch.portal.index-path");
    users = List.copyOf(users);
  }

  public Optional<Path> sample() {
    return Optional.ofNullable(sampleFile);
  }

  /**
   * @param periodStart first day of the planning period: demands starting within the period are planned
   * @param historyLookback how far back the ledger's completed services count as history (cool-down, continuity)
   */
  public record Planning(
      @DefaultValue("2027-01-01") LocalDate periodStart,
      @DefaultValue("2027-12-31") LocalDate periodEnd,
      @DefaultValue("P1Y") Period historyLookback,
      @DefaultValue("30s") Duration timeLimit,
      @DefaultValue("10s") Duration unimprovedTimeLimit,
      @DefaultValue("4") int maxLiveSessions) {

    public DateRange period() {
      return DateRange.of(periodStart, periodEnd);
    }
  }

  /** The policy of every plan (FORMAT.md {@code policy}); absent numbers keep the engine's defaults. */
  public record PolicyDefaults(
      @DefaultValue("3") int maxAssignmentsPerExpert,
      @DefaultValue("30") int cooldownDays,
      Double maxTravelKm,
      Double minRelevance) {

    public Policy toPolicy() {
      return new Policy(maxAssignmentsPerExpert, cooldownDays, optional(maxTravelKm), optional(minRelevance));
    }

    private static OptionalDouble optional(Double value) {
      return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }
  }

  /** @param password with its encoding prefix, e.g. {@code {bcrypt}$2a$…} ({@code {noop}} for the example only) */
  public record Account(String name, String password, @DefaultValue List<String> roles) {}
}
