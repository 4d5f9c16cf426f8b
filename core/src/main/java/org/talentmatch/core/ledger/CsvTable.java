package org.talentmatch.core.ledger;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A table as RFC 4180 CSV for spreadsheets: UTF-8 with a byte-order mark (without it Excel reads
 * Chinese as the local code page), CRLF line ends, a field quoted when it holds a comma, a quote,
 * CR or LF, its quotes doubled. Immutable.
 */
public final class CsvTable {
  private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");
  static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final List<String> header;
  private final List<List<String>> rows;

  private CsvTable(List<String> header, List<List<String>> rows) {
    this.header = header;
    this.rows = rows;
  }

  public static CsvTable of(List<String> header, List<List<String>> rows) {
    List<String> head = List.copyOf(header);
    checkArgument(!head.isEmpty(), "a table needs at least one column");
    List<List<String>> body = new ArrayList<>(rows.size());
    for (List<String> row : rows) {
      checkArgument(row.size() == head.size(), "row has %s fields, the header %s: %s", row.size(), head.size(), row);
      body.add(List.copyOf(row));
    }
    return new CsvTable(head, List.copyOf(body));
  }

  public List<String> header() {
    return header;
  }

  public List<List<String>> rows() {
    return rows;
  }

  /** The file's bytes: BOM, header line, one line per row, every line ending in CRLF. */
  public byte[] toBytes() {
    StringBuilder text = new StringBuilder();
    appendLine(text, header);
    rows.forEach(row -> appendLine(text, row));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(BOM);
    out.writeBytes(text.toString().getBytes(StandardCharsets.UTF_8));
    return out.toByteArray();
  }

  private static void appendLine(StringBuilder text, List<String> fields) {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        text.append(',');
      }
      text.append(quote(fields.get(i)));
    }
    text.append("\r\n");
  }

  static String quote(String field) {
    field = defuseFormula(field);
    boolean needsQuotes = field.indexOf(',') >= 0 || field.indexOf('"') >= 0 || field.indexOf('\r') >= 0
        || field.indexOf('\n') >= 0;
    return needsQuotes ? '"' + field.replace("\"", "\"\"") + '"' : field;
  }

  /**
   * Text typed by clerks (unit names, ids) that starts like a spreadsheet formula would run as one
   * when the file is opened in Excel (OWASP "CSV injection"): such a field gets a leading apostrophe,
   * which spreadsheets show as text. Numbers, negative ones included, stay as they are.
   */
  private static String defuseFormula(String field) {
    if (field.isEmpty() || "=+-@\t\r".indexOf(field.charAt(0)) < 0 || NUMBER.matcher(field).matches()) {
      return field;
    }
    return "'" + field;
  }
}
