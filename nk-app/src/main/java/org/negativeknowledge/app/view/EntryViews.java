package org.negativeknowledge.app.view;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.negativeknowledge.app.entries.AddResult;
import org.negativeknowledge.app.entries.EntryDetail;
import org.negativeknowledge.app.entries.EntryTitles;
import org.negativeknowledge.app.entries.SearchPage;
import org.negativeknowledge.bank.consult.EntryUsefulness;
import org.negativeknowledge.bank.entry.BankEntry;
import org.negativeknowledge.bank.entry.BankStats;
import org.negativeknowledge.bank.io.ImportReport;
import org.negativeknowledge.bank.io.Rejection;
import org.negativeknowledge.bank.search.SearchHit;
import org.negativeknowledge.taxonomy.Facet;

/**
 * The one JSON view of each entry-side object (entries, hits, searches, details, histories, stats,
 * import reports, usefulness), used by {@code --format json}, the HTTP API and MCP alike, so the
 * keys are the same everywhere.
 */
public final class EntryViews {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private EntryViews() {}

  /** The entry's metadata and title, without the record. */
  public static ObjectNode summary(BankEntry e) {
    ObjectNode o = F.objectNode();
    o.put("id", e.id());
    o.put("title", EntryTitles.of(e));
    o.put("revision", e.revision());
    o.put("status", e.status().wireName());
    o.put("shape", e.shape().wireName());
    o.put("depth", e.depth());
    o.put("polarity", e.polarity().wireName());
    o.put("polarity_rule", e.polarityRule());
    o.put("domain", e.domain());
    o.put("task_id", e.taskId());
    ObjectNode facets = o.putObject("facets");
    for (Map.Entry<Facet, String> f : e.facets().entrySet()) {
      facets.put(f.getKey().fieldName(), f.getValue());
    }
    o.put("signature_key", e.signatureKey());
    o.put("occurrences", e.occurrences());
    return o;
  }

  /** The summary, provenance, the revision's reason and the untouched original under {@code record}. */
  public static ObjectNode full(BankEntry e) {
    ObjectNode o = summary(e);
    ObjectNode prov = o.putObject("provenance");
    prov.put("source", e.provenance().sourceFile());
    prov.put("author", e.provenance().author());
    prov.put("created_at", e.provenance().createdAt().toString());
    ObjectNode hashes = prov.putObject("input_hashes");
    e.provenance().inputHashes().forEach(hashes::put);
    prov.put("curator", e.provenance().curator());
    o.put("reason", e.reason());
    o.set("record", e.original());
    return o;
  }

  /** An entry with its flags, usefulness and citations in imported research graphs. */
  public static ObjectNode detail(EntryDetail d) {
    ObjectNode o = full(d.entry());
    strings(o.putArray("flags"), d.flags());
    o.set("usefulness", usefulness(d.usefulness()));
    o.putObject("imported_bank_use").put("cited", d.importedCited()).put("rejected", d.importedRejected());
    return o;
  }

  /** Every revision of one entry, oldest first. */
  public static ObjectNode history(String id, List<BankEntry> revisions) {
    ObjectNode o = F.objectNode();
    o.put("id", id);
    ArrayNode arr = o.putArray("revisions");
    revisions.forEach(r -> arr.add(full(r)));
    return o;
  }

  /** A search hit: the summary, score, snippet, flags and the original record. */
  public static ObjectNode hit(SearchHit h, List<String> flags) {
    ObjectNode o = summary(h.entry());
    o.put("score", h.score());
    o.put("snippet", h.snippet());
    strings(o.putArray("flags"), flags);
    o.set("record", h.entry().original());
    return o;
  }

  /** A page of hits: {@code total} (entries that matched) and the {@code hits}, best first. */
  public static ObjectNode searchPage(SearchPage page) {
    ObjectNode o = F.objectNode();
    o.put("total", page.results().totalMatches());
    ArrayNode hits = o.putArray("hits");
    for (SearchHit h : page.hits()) {
      hits.add(hit(h, page.flagsOf(h.entry().id())));
    }
    return o;
  }

  /** What adding one record did: {@code id}, {@code status} (imported|unchanged), the entry, warnings. */
  public static ObjectNode added(AddResult r) {
    ObjectNode o = F.objectNode();
    o.put("id", r.entry().id());
    o.put("status", r.status());
    o.set("entry", full(r.entry()));
    strings(o.putArray("warnings"), r.warnings());
    return o;
  }

  /** What an import did, with the listed rejections and the counts per rejection code. */
  public static ObjectNode importReport(ImportReport r) {
    ObjectNode o = F.objectNode();
    o.put("committed", r.committed());
    o.put("imported", r.imported());
    o.put("unchanged", r.unchanged());
    o.put("rejected", r.rejected());
    o.put("deduplicated", r.deduplicated());
    o.put("superseded", r.superseded());
    o.put("summary", r.summary());
    ArrayNode rej = o.putArray("rejections");
    for (Rejection x : r.rejections()) {
      rej.addObject().put("source", x.source()).put("code", x.code()).put("reason", x.reason());
    }
    o.put("rejections_not_listed", r.rejectionsNotListed());
    ObjectNode counts = o.putObject("rejection_counts");
    r.rejectionCounts().forEach(counts::put);
    strings(o.putArray("warnings"), r.warnings());
    strings(o.putArray("entry_ids"), r.entryIds());
    return o;
  }

  /** Counts by polarity, domain, depth, shape, facet (every facet) and status. */
  public static ObjectNode stats(BankStats s) {
    ObjectNode o = F.objectNode();
    o.put("active_entries", s.activeEntries());
    o.put("revisions", s.revisions());
    o.set("by_polarity", counts(s.byPolarity()));
    o.set("by_domain", counts(s.byDomain()));
    ObjectNode depth = o.putObject("by_depth");
    s.byDepth().forEach((k, v) -> depth.put(String.valueOf(k), v));
    o.set("by_shape", counts(s.byShape()));
    ObjectNode facets = o.putObject("by_facet");
    for (Facet f : Facet.values()) {
      facets.set(f.fieldName(), counts(s.byFacet().getOrDefault(f, Map.of())));
    }
    ObjectNode status = o.putObject("by_status");
    s.byStatus().forEach((k, v) -> status.put(k.wireName(), v));
    return o;
  }

  /** One entry's usefulness counters. */
  public static ObjectNode usefulness(EntryUsefulness u) {
    ObjectNode v = F.objectNode();
    v.put("entry_id", u.entryId());
    v.put("surfaced", u.surfaced());
    v.put("adopted", u.adopted());
    v.put("rejected", u.rejected());
    v.put("adopted_then_success", u.adoptedThenSuccess());
    v.put("adopted_then_partial", u.adoptedThenPartial());
    v.put("adopted_then_failure", u.adoptedThenFailure());
    v.put("net", u.net());
    v.put("misleading", u.misleading());
    return v;
  }

  /** Every surfaced entry's usefulness, most helpful first, and those flagged misleading. */
  public static ObjectNode usefulnessReport(List<EntryUsefulness> all) {
    ObjectNode o = F.objectNode();
    ArrayNode entries = o.putArray("entries");
    ArrayNode misleading = o.putArray("misleading");
    for (EntryUsefulness u : all) {
      entries.add(usefulness(u));
      if (u.misleading()) {
        misleading.add(u.entryId());
      }
    }
    return o;
  }

  static ArrayNode strings(ArrayNode arr, List<String> values) {
    values.forEach(arr::add);
    return arr;
  }

  private static ObjectNode counts(Map<String, Long> m) {
    ObjectNode o = F.objectNode();
    m.forEach(o::put);
    return o;
  }
}
