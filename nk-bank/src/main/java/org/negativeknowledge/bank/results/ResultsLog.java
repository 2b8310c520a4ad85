package org.negativeknowledge.bank.results;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An AutoResearch-style results log: tab-separated, a header line, one row per attempt. Columns
 * vary between projects; {@code commit}, {@code status} and {@code description} are always there.
 * The primary metric is the first other column whose values are all numbers. Immutable.
 *
 * @param name the file name (used in entry ids and evidence)
 * @param header the column names in order
 * @param rows the rows in file order
 */
public record ResultsLog(String name, List<String> header, List<ResultsRow> rows) {
  static final List<String> REQUIRED = List.of("commit", "status", "description");

  public ResultsLog {
    header = List.copyOf(header);
    rows = List.copyOf(rows);
  }

  /**
   * Reads a results log.
   *
   * @throws ResultsFormatException naming the file when a required column is missing
   */
  public static ResultsLog read(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    String name = file.getFileName().toString();
    if (lines.isEmpty()) {
      throw new ResultsFormatException(name + ": empty file; a results log starts with a header line (commit, status, description, ...)");
    }
    List<String> header = List.of(lines.get(0).split("\t", -1));
    for (String col : REQUIRED) {
      if (!header.contains(col)) {
        throw new ResultsFormatException(
            name + ":1: no '" + col + "' column (header: " + String.join(", ", header)
                + "); a results log is tab-separated with commit, status and description columns");
      }
    }
    List<ResultsRow> rows = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      String l = lines.get(i);
      if (l.isBlank()) {
        continue;
      }
      String[] cells = l.split("\t", -1);
      Map<String, String> cols = new LinkedHashMap<>();
      for (int c = 0; c < header.size(); c++) {
        cols.put(header.get(c), c < cells.length ? cells[c].strip() : "");
      }
      if (cells.length > header.size()) {
        // A description holding tabs: join the overflow back into the last column.
        String last = header.get(header.size() - 1);
        StringBuilder sb = new StringBuilder(cols.get(last));
        for (int c = header.size(); c < cells.length; c++) {
          sb.append('\t').append(cells[c]);
        }
        cols.put(last, sb.toString().strip());
      }
      rows.add(new ResultsRow(i + 1, cols.get("commit"), cols.get("status"), cols.get("description"), cols));
    }
    return new ResultsLog(name, header, rows);
  }

  /** The file name without its extension. */
  public String stem() {
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /** The primary metric's column: the first non-required column whose every value is a number. */
  public Optional<String> primaryMetric() {
    for (String col : header) {
      if (REQUIRED.contains(col)) {
        continue;
      }
      boolean numeric = !rows.isEmpty();
      for (ResultsRow r : rows) {
        if (number(r.columns().get(col)).isEmpty()) {
          numeric = false;
          break;
        }
      }
      if (numeric) {
        return Optional.of(col);
      }
    }
    return Optional.empty();
  }

  /** The value as a number, if it is one. */
  static Optional<BigDecimal> number(String s) {
    if (s == null || s.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new BigDecimal(s.strip()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }
}
