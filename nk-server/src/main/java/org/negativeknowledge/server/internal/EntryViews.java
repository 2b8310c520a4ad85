package org.negativeknowledge.server.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.negativeknowledge.bank.entry.BankEntry;
import org.negativeknowledge.bank.io.EntryJson;
import org.negativeknowledge.bank.search.SearchHit;

/** The JSON views of bank entries that the MCP tools and the HTTP API return. */
public final class EntryViews {
  private EntryViews() {}

  /** Metadata plus provenance and the untouched original object under {@code record}. */
  public static ObjectNode full(BankEntry e) {
    ObjectNode o = EntryJson.full(e);
    o.put("title", title(e));
    return o;
  }

  /** Metadata without the original object. */
  public static ObjectNode summary(BankEntry e) {
    ObjectNode o = EntryJson.metadata(e);
    o.put("title", title(e));
    return o;
  }

  /** A search hit: the summary, score, snippet and the original object. */
  public static ObjectNode hit(SearchHit h) {
    ObjectNode o = summary(h.entry());
    o.put("score", h.score());
    o.put("snippet", h.snippet());
    o.set("record", h.entry().original());
    return o;
  }

  /** A one-line title: the claim, the attempted route, the first ruled-out route, else the id. */
  public static String title(BankEntry e) {
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
    return one.length() <= 160 ? one : one.substring(0, 157) + "...";
  }
}
