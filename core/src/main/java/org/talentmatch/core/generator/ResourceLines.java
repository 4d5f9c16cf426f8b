package org.talentmatch.core.generator;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Reads a bundled UTF-8 text resource of this package. */
final class ResourceLines {
  private ResourceLines() {}

  static List<String> read(String name) {
    try (InputStream in = ResourceLines.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return reader.lines().collect(Collectors.toUnmodifiableList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** True for blank lines and comments, which every resource of this package skips. */
  static boolean isSkipped(String line) {
    String trimmed = line.strip();
    return trimmed.isEmpty() || trimmed.startsWith("#");
  }

  /** Splits {@code text} at {@code separator}, trimming parts and dropping empty ones. */
  static List<String> split(String text, String separator) {
    return Arrays.stream(text.split(Pattern.quote(separator)))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .collect(Collectors.toUnmodifiableList());
  }
}
