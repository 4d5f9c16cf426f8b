package org.talentmatch.examples.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A two-column table for terminal summaries. */
final class Table {
  private final List<String[]> rows = new ArrayList<>();

  void row(String label, String value) {
    rows.add(new String[] {label, value});
  }

  void print(PrintWriter out) {
    int width = rows.stream().mapToInt(r -> r[0].length()).max().orElse(0);
    for (String[] row : rows) {
      out.println("  " + row[0] + " ".repeat(width - row[0].length() + 2) + row[1]);
    }
  }
}
