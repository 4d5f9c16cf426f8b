package org.talentmatch.core.generator;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Word lists and sentence templates keyed by name, read from {@code phrases.txt} (its header
 * documents the format and the placeholders).
 */
final class Phrases {
  private static final Phrases BUNDLED = parse(ResourceLines.read("phrases.txt"));

  private final Map<String, List<String>> lists;

  private Phrases(Map<String, List<String>> lists) {
    this.lists = Map.copyOf(lists);
  }

  static Phrases bundled() {
    return BUNDLED;
  }

  static Phrases parse(List<String> lines) {
    Map<String, List<String>> lists = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (ResourceLines.isSkipped(line)) {
        continue;
      }
      int eq = line.indexOf('=');
      checkArgument(eq > 0, "line %s: expected key = item | item", i + 1);
      String key = line.substring(0, eq).strip();
      List<String> items = ResourceLines.split(line.substring(eq + 1), "|");
      checkArgument(!items.isEmpty(), "line %s: key %s has no item", i + 1, key);
      lists.computeIfAbsent(key, k -> new ArrayList<>()).addAll(items);
    }
    lists.replaceAll((k, v) -> List.copyOf(v));
    return new Phrases(lists);
  }

  /** The items of {@code key}. */
  List<String> list(String key) {
    List<String> items = lists.get(key);
    checkArgument(items != null, "no phrase list %s", key);
    return items;
  }

  /**
   * The items of {@code prefix.canonical} (e.g. need.设施蔬菜), else {@code prefix.field}, else
   * {@code prefix.sector}, else {@code prefix}.
   */
  List<String> mostSpecific(String prefix, SkillGroup group) {
    return find(prefix + "." + group.canonical())
        .or(() -> find(prefix + "." + group.field()))
        .or(() -> find(prefix + "." + group.sector()))
        .orElseGet(() -> list(prefix));
  }

  Optional<List<String>> find(String key) {
    return Optional.ofNullable(lists.get(key));
  }
}
