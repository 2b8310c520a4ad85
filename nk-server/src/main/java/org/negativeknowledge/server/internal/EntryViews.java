package org.negativeknowledge.server.internal;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;
import org.negativeknowledge.bank.BankEntry;
import org.negativeknowledge.bank.search.SearchHit;
import org.negativeknowledge.taxonomy.Facet;

/** The JSON views of bank entries that the MCP tools and the HTTP API return. */
public final class EntryViews {
  private EntryViews() {}

  /** Metadata plus the untouched original object under {@code record}. */
  public static ObjectNode full(BankEntry e) {
    ObjectNode o = summary(e);
    ObjectNode prov = o.putObject("provenance");
    prov.put("source", e.provenance().sourceFile());
    prov.put("author", e.provenance().author());
    prov.put("created_at", e.provenance().createdAt().toString());
    ObjectNode hashes = prov.putObject("input_hashes");
    e.provenance().inputHashes().forEach(hashes::put);
    o.put("reason", e.reason());
    o.set("record", e.original());
    return o;
  }

  /** Metadata without the original object. */
  public static ObjectNode summary(BankEntry e) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("id", e.id());
    o.put("revision", e.revision());
    o.put("status", e.status().wireName());
    o.put("shape", e.shape().wireName());
    o.put("depth", e.depth());
    o.put("polarity", e.polarity().name().toLowerCase(Locale.ROOT));
    o.put("polarity_rule", e.polarityRule());
    o.put("domain", e.domain());
    o.put("task_id", e.taskId());
    ObjectNode facets = o.putObject("facets");
    for (Map.Entry<Facet, String> f : e.facets().entrySet()) {
      facets.put(f.getKey().fieldName(), f.getValue());
    }
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
