package org.talentmatch.api.model;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Precondition helpers shared by the value types of this package. */
final class Checks {
  private Checks() {}

  static String nonBlank(String value, String name) {
    requireNonNull(value, name);
    checkArgument(!value.isBlank(), "%s must not be blank", name);
    return value;
  }

  static <T> List<T> list(Collection<? extends T> values, String name) {
    requireNonNull(values, name);
    return List.copyOf(values);
  }

  static <T> List<T> nonEmptyList(Collection<? extends T> values, String name) {
    List<T> copy = list(values, name);
    checkArgument(!copy.isEmpty(), "%s must not be empty", name);
    return copy;
  }

  static <T> Set<T> nonEmptySet(Collection<? extends T> values, String name) {
    requireNonNull(values, name);
    Set<T> copy = Set.copyOf(values);
    checkArgument(!copy.isEmpty(), "%s must not be empty", name);
    return copy;
  }

  static List<String> skills(Collection<String> skills, String name) {
    List<String> copy = nonEmptyList(skills, name);
    for (String skill : copy) {
      checkArgument(!skill.isBlank(), "%s must not contain a blank term", name);
    }
    return copy;
  }
}
