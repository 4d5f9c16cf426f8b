package org.talentmatch.core.generator;

import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.talentmatch.api.model.DateRange;
import org.talentmatch.api.model.Degree;
import org.talentmatch.api.model.Demand;
import org.talentmatch.api.model.HostUnit;
import org.talentmatch.api.model.Program;
import org.talentmatch.api.model.Seat;
import org.talentmatch.api.model.SeatRole;
import org.talentmatch.api.model.Title;
import org.talentmatch.core.region.County;

/**
 * Makes the demands of a problem in the shapes of the seven programs:
 *
 * <ul>
 *   <li>EXPERT_SERVICE: team event of 2–5 days, a LEAD seat (正高级) and 1–3 members;
 *   <li>PHD_TO_ENTERPRISE: one doctor at an enterprise for a year from a spring batch date;
 *   <li>SANZHI_YIFU: 1–3 graduates for two years from 1 August or 1 September;
 *   <li>SCI_TECH_COMMISSIONER: one commissioner paired with a cooperative, village or enterprise
 *       for a year;
 *   <li>TEACHING_TO_COUNTRYSIDE: team of 2–5 days in term time, a LEAD (副高级) and 1–3 members;
 *   <li>MEDICAL_PAIRING: a 业务院长 placement of 3–6 months, or a roving team of 3–7 days with
 *       members of other specialities, at a township health centre;
 *   <li>SCI_TECH_TO_COUNTRYSIDE: a visit of 1–3 days in the growing season by 1–2 technicians.
 * </ul>
 *
 * Group sizes (members, graduates, technicians) are multiplied by the spec's {@link
 * GeneratorSpec#teamScale()}. Seats ask for canonical terms; titles and descriptions use the
 * variants people write.
 */
final class DemandFactory {
  /** Relative number of demands per program, in {@link Program} order. */
  private static final int[] PROGRAM_WEIGHTS = {4, 10, 14, 20, 12, 18, 22};
  /** Priority 1..5, skewed to 3. */
  private static final int[] PRIORITY_WEIGHTS = {1, 2, 4, 2, 1};
  private static final double MEDICAL_PLACEMENT_SHARE = 0.4;

  private static final List<MonthDay> PHD_BATCHES = List.of(MonthDay.of(3, 1), MonthDay.of(4, 1), MonthDay.of(5, 1), MonthDay.of(6, 1));
  private static final List<MonthDay> SANZHI_BATCHES = List.of(MonthDay.of(8, 1), MonthDay.of(9, 1));
  private static final List<MonthDay> COMMISSIONER_BATCHES = List.of(MonthDay.of(1, 1), MonthDay.of(3, 1), MonthDay.of(4, 1));

  private final Catalog catalog;
  private final DateRange period;
  private final double teamScale;

  DemandFactory(Catalog catalog, DateRange period, double teamScale) {
    this.catalog = catalog;
    this.period = period;
    this.teamScale = teamScale;
  }

  List<Demand> create(int count, SplittableRandom rng) {
    Program[] programs = allocate(count, rng);
    int idWidth = Ids.width(count);
    List<Demand> demands = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      demands.add(demand(Ids.of("D", i + 1, idWidth), programs[i], rng));
    }
    return demands;
  }

  /**
   * The program of each demand: counts in proportion to {@link #PROGRAM_WEIGHTS} (largest
   * remainder, and every program at least once from seven demands on), in random order.
   */
  static Program[] allocate(int count, SplittableRandom rng) {
    Program[] all = Program.values();
    int[] counts = Apportion.largestRemainder(count, PROGRAM_WEIGHTS);
    if (count >= all.length) {
      for (int p = 0; p < all.length; p++) {
        if (counts[p] == 0) {
          counts[Apportion.indexOfMax(counts)]--;
          counts[p]++;
        }
      }
    }
    Program[] programs = new Program[count];
    int next = 0;
    for (int p = 0; p < all.length; p++) {
      for (int k = 0; k < counts[p]; k++) {
        programs[next++] = all[p];
      }
    }
    Apportion.shuffle(programs, rng);
    return programs;
  }

  private Demand demand(String id, Program program, SplittableRandom rng) {
    Geography geography = catalog.geography();
    TextComposer text = catalog.text();
    SkillGroup group = Draw.one(catalog.vocabulary().groupsFor(program), rng);
    County county = program == Program.PHD_TO_ENTERPRISE ? geography.enterpriseCounty(rng) : geography.ruralCounty(rng);
    HostUnit host = catalog.hostUnits().create(program, group, county, rng);
    boolean placement = program == Program.MEDICAL_PAIRING && Draw.chance(MEDICAL_PLACEMENT_SHARE, rng);
    String shape = program != Program.MEDICAL_PAIRING ? "" : placement ? ".placement" : ".team";
    TextComposer.Context context = new TextComposer.Context(group, host.name(), geography.shortLabel(county), null);
    return Demand.builder(id)
        .program(program)
        .title(text.compose("title." + program + shape, context, rng))
        .description(text.composeSpecific("need", context, rng) + text.compose("ask." + program + shape, context, rng))
        .hostUnit(host)
        .location(geography.location(county))
        .priorityArea(geography.drawPriorityArea(county, rng))
        .priority(1 + Draw.weighted(PRIORITY_WEIGHTS, rng))
        .dates(dates(program, placement, rng))
        .seats(seats(program, placement, group, rng))
        .build();
  }

  private DateRange dates(Program program, boolean placement, SplittableRandom rng) {
    return switch (program) {
      case EXPERT_SERVICE -> Dates.ofDays(Dates.uniform(period, rng), Draw.between(2, 5, rng));
      case PHD_TO_ENTERPRISE -> Dates.ofYears(Dates.batchStart(period, PHD_BATCHES, rng), 1);
      case SANZHI_YIFU -> Dates.ofYears(Dates.batchStart(period, SANZHI_BATCHES, rng), 2);
      case SCI_TECH_COMMISSIONER -> Dates.ofYears(Dates.batchStart(period, COMMISSIONER_BATCHES, rng), 1);
      case TEACHING_TO_COUNTRYSIDE -> Dates.ofDays(Dates.preferring(period, Dates::inSchoolTerm, rng), Draw.between(2, 5, rng));
      case MEDICAL_PAIRING -> placement
          ? Dates.ofMonths(Dates.uniform(period, rng), Draw.between(3, 6, rng))
          : Dates.ofDays(Dates.uniform(period, rng), Draw.between(3, 7, rng));
      case SCI_TECH_TO_COUNTRYSIDE -> Dates.ofDays(Dates.preferring(period, Dates::inGrowingSeason, rng), Draw.between(1, 3, rng));
    };
  }

  private List<Seat> seats(Program program, boolean placement, SkillGroup group, SplittableRandom rng) {
    String skill = group.canonical();
    List<Seat> seats = new ArrayList<>(3);
    switch (program) {
      case EXPERT_SERVICE -> {
        seats.add(Seat.of(SeatRole.LEAD, 1, skill).withMinTitle(Title.SENIOR));
        addMembers(seats, program, group, 0.4, rng);
      }
      case PHD_TO_ENTERPRISE -> seats.add(Seat.of(SeatRole.MEMBER, 1, skill).withMinDegree(Degree.DOCTORATE));
      case SANZHI_YIFU -> seats.add(Seat.of(SeatRole.MEMBER, group(1 + Draw.weighted(new int[] {6, 3, 1}, rng), rng), skill)
          .withMinDegree(Degree.BACHELOR));
      case SCI_TECH_COMMISSIONER -> {
        Seat seat = Draw.chance(0.3, rng)
            ? new Seat(SeatRole.MEMBER, 1, distinct(skill, neighbour(group, program, 0, rng).canonical()),
                Optional.empty(), Optional.empty())
            : Seat.of(SeatRole.MEMBER, 1, skill);
        seats.add(Draw.chance(0.5, rng) ? seat.withMinTitle(Title.INTERMEDIATE) : seat);
      }
      case TEACHING_TO_COUNTRYSIDE -> {
        seats.add(Seat.of(SeatRole.LEAD, 1, skill).withMinTitle(Title.ASSOCIATE));
        addMembers(seats, program, group, 0.4, rng);
      }
      case MEDICAL_PAIRING -> {
        seats.add(Seat.of(SeatRole.LEAD, 1, skill).withMinTitle(Title.ASSOCIATE));
        if (!placement) {
          addMembers(seats, program, group, 0.25, rng); // a roving team mixes specialities
        }
      }
      case SCI_TECH_TO_COUNTRYSIDE -> seats.add(Seat.of(SeatRole.MEMBER, group(Draw.between(1, 2, rng), rng), skill));
    }
    return seats;
  }

  /** One to three member slots, in one seat entry or two, of the same skill or a neighbouring one. */
  private void addMembers(List<Seat> seats, Program program, SkillGroup group, double sameSkill, SplittableRandom rng) {
    int total = group(Draw.between(1, 3, rng), rng);
    int first = total == 1 || Draw.chance(0.5, rng) ? total : 1;
    seats.add(member(first, neighbour(group, program, sameSkill, rng), rng));
    if (first < total) {
      seats.add(member(total - first, neighbour(group, program, 0, rng), rng));
    }
  }

  /**
   * A group of {@code people} scaled by the spec's team scale, rounded up or down at random so the
   * mean is exact. At scale 1 it draws nothing, which keeps the problems of unscaled specs unchanged.
   */
  private int group(int people, SplittableRandom rng) {
    if (teamScale == 1) {
      return people;
    }
    double scaled = people * teamScale;
    int whole = (int) scaled;
    return whole + (Draw.chance(scaled - whole, rng) ? 1 : 0);
  }

  private static Seat member(int count, SkillGroup group, SplittableRandom rng) {
    Seat seat = Seat.of(SeatRole.MEMBER, count, group.canonical());
    return Draw.chance(0.5, rng) ? seat.withMinTitle(Title.INTERMEDIATE) : seat;
  }

  /** {@code group} itself with probability {@code same}, else another group of its sector in the program. */
  private SkillGroup neighbour(SkillGroup group, Program program, double same, SplittableRandom rng) {
    if (Draw.chance(same, rng)) {
      return group;
    }
    List<SkillGroup> others = catalog.vocabulary().groupsFor(program).stream()
        .filter(g -> g.sector().equals(group.sector()) && !g.equals(group))
        .toList();
    return others.isEmpty() ? group : Draw.one(others, rng);
  }

  private static List<String> distinct(String first, String second) {
    return first.equals(second) ? List.of(first) : List.of(first, second);
  }
}
