package org.negativeknowledge.bank.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.negativeknowledge.bank.entry.BankEntry;
import org.negativeknowledge.record.NkJson;
import org.negativeknowledge.taxonomy.Facet;

/**
 * The JSON form of a bank entry that every front end shows (CLI {@code --format json}, MCP, HTTP),
 * so the field names are the same everywhere.
 */
public final class EntryJson {
  private EntryJson() {}

  /** The entry's metadata: id, revision, status, shape, depth, polarity, domain, task, facets, signature. */
  public static ObjectNode metadata(BankEntry e) {
    ObjectNode o = NkJson.mapper().createObjectNode();
    o.put("id", e.id());
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

  /** Metadata, provenance, the revision's reason and the untouched original under {@code record}. */
  public static ObjectNode full(BankEntry e) {
    ObjectNode o = metadata(e);
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
}
