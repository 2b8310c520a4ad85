package org.negativeknowledge.bank.results;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One row of an AutoResearch results log.
 *
 * @param line the 1-based line number in the file (the header is line 1)
 * @param commit the commit the row names
 * @param status {@code keep}, {@code discard}, {@code crash} or whatever the log says (lower case)
 * @param description what was tried, often followed by {@code " — "} and a comment
 * @param columns every column by header name, in file order
 */
public record ResultsRow(int line, String commit, String status, String description, Map<String, String> columns) {

  public ResultsRow {
    Objects.requireNonNull(commit, "commit");
    status = Objects.requireNonNull(status, "status").strip().toLowerCase(Locale.ROOT);
    Objects.requireNonNull(description, "description");
    columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
  }

  /** Whether the row was kept (a positive result). */
  public boolean kept() {
    return status.equals("keep");
  }

  /** Whether the row rules its route out: a discarded or crashed attempt. */
  public boolean ruledOut() {
    return status.equals("discard") || status.equals("crash");
  }

  /**
   * The route tried: the description up to the first {@code " — "} or {@code " -- "} (the rest is
   * the author's comment on the outcome).
   */
  public String route() {
    String d = description;
    for (String sep : new String[] {" — ", " -- "}) {
      int i = d.indexOf(sep);
      if (i > 0) {
        d = d.substring(0, i);
      }
    }
    return d.strip();
  }

  /** The comment after the route, or blank. */
  public String comment() {
    String r = route();
    return description.strip().length() > r.length()
        ? description.strip().substring(r.length()).replaceFirst("^\\s*(—|--)\\s*", "")
        : "";
  }
}
