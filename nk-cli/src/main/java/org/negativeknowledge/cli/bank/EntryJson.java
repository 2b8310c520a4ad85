package org.negativeknowledge.cli.bank;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;
import org.negativeknowledge.bank.BankEntry;
import org.negativeknowledge.taxonomy.Facet;

/** The JSON form of a bank entry shown by {@code nk bank get --format json} and friends. */
public final class EntryJson {
  private EntryJson() {}

  /** Metadata and the untouched original under {@code record}. */
  public static ObjectNode of(BankEntry e) {
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
    ObjectNode prov = o.putObject("provenance");
    prov.put("source", e.provenance().sourceFile());
    prov.put("author", e.provenance().author());
    prov.put("created_at", e.provenance().createdAt().toString());
    ObjectNode hashes = prov.putObject("input_hashes");
    e.provenance().inputHashes().forEach(hashes::put);
    prov.put("curator", e.provenance().curator());
    o.put("reason", e.reason());
    o.put("signature_key", e.signatureKey());
    o.put("occurrences", e.occurrences());
    o.set("record", e.original());
    return o;
  }
}
