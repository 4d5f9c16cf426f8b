package org.talentmatch.core.io;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.talentmatch.api.model.Degree;
import org.talentmatch.api.model.HostUnitType;
import org.talentmatch.api.model.Program;
import org.talentmatch.api.model.SeatRole;
import org.talentmatch.api.model.Title;

/** The codes of one enumerated field of FORMAT.md, in the order the format lists them. */
final class Codes<E extends Enum<E>> {
  static final Codes<Title> TITLE = highestFirst(Title.values());
  static final Codes<Degree> DEGREE = highestFirst(Degree.values());
  static final Codes<Program> PROGRAM = new Codes<>(List.of(Program.values()));
  static final Codes<HostUnitType> HOST_UNIT_TYPE = new Codes<>(List.of(HostUnitType.values()));
  static final Codes<SeatRole> SEAT_ROLE = new Codes<>(List.of(SeatRole.values()));

  private final List<E> values;

  private Codes(List<E> values) {
    this.values = values;
  }

  /** Titles and degrees are ordered lowest first in Java but listed highest first in FORMAT.md. */
  private static <E extends Enum<E>> Codes<E> highestFirst(E[] lowestFirst) {
    E[] reversed = lowestFirst.clone();
    Collections.reverse(Arrays.asList(reversed));
    return new Codes<>(List.of(reversed));
  }

  /** Codes are case-sensitive, exactly as FORMAT.md spells them. */
  Optional<E> lookUp(String code) {
    return values.stream().filter(value -> value.name().equals(code)).findFirst();
  }

  String listing() {
    return values.stream().map(Enum::name).collect(Collectors.joining(", "));
  }
}
