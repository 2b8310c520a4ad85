package org.negativeknowledge.app.entries;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.negativeknowledge.bank.entry.BankEntry;

/** The one-line title of an entry, as every front end shows it. */
public final class EntryTitles {
  private static final int TITLE_CHARS = 160;

  private EntryTitles() {}

  /**
   * The claim, the attempted route, the diagnosis or the first ruled-out route (the first present),
   * on one line and at most {@value #TITLE_CHARS} characters; else the id.
   */
  public static String of(BankEntry e) {
    ObjectNode r = e.original();
    for (String f : new String[] {"claim", "attempted_route", "synthesised_diagnosis"}) {
      if (r.path(f).isTextual() && !r.path(f).asText().isBlank()) {
        return shorten(r.path(f).asText());
      }
    }
    if (r.path("ruled_out_routes").isArray() && r.path("ruled_out_routes").size() > 0) {
      return shorten(r.path("ruled_out_routes").get(0).asText());
    }
    return e.id();
  }

  private static String shorten(String s) {
    String one = s.replaceAll("\\s+", " ").strip();
    return one.length() <= TITLE_CHARS ? one : one.substring(0, TITLE_CHARS - 3) + "...";
  }
}
