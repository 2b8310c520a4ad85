package org.negativeknowledge.bank.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.negativeknowledge.bank.entry.BankEntry;
import org.negativeknowledge.bank.entry.EntryStatus;
import org.negativeknowledge.bank.entry.Provenance;
import org.negativeknowledge.record.NkJson;
import org.negativeknowledge.record.Polarity;
import org.negativeknowledge.record.RecordShape;
import org.negativeknowledge.taxonomy.Facet;

/**
 * Writes a {@link BankEntry} to the JSON kept in the index's stored field and reads it back, so a
 * search needs no round trip to the store. The original object is kept exactly (lossless codec).
 */
public final class EntryCodec {

  private EntryCodec() {}

  /** One-line JSON of the entry with its metadata. */
  public static String encode(BankEntry e) {
    return encode(e, null);
  }

  /**
   * One-line JSON of the entry with its metadata, taking the original object from {@code
   * originalJson} when given: the store's JSON text of {@link BankEntry#original()}, spliced in as
   * is, because writing the parsed object out again was about a fifth of a bulk catch-up's time.
   * Null writes the original from the entry.
   */
  public static String encode(BankEntry e, String originalJson) {
    ObjectNode n = NkJson.mapper().createObjectNode();
    n.put("id", e.id());
    n.put("revision", e.revision());
    n.put("sequence", e.sequence());
    n.put("shape", e.shape().wireName());
    n.put("depth", e.depth());
    n.put("polarity", e.polarity().wireName());
    n.put("polarity_rule", e.polarityRule());
    n.put("domain", e.domain());
    n.put("task_id", e.taskId());
    ObjectNode facets = n.putObject("facets");
    e.facets().forEach((f, v) -> facets.put(f.fieldName(), v));
    n.put("status", e.status().wireName());
    ObjectNode p = n.putObject("provenance");
    p.put("source_file", e.provenance().sourceFile());
    p.put("author", e.provenance().author());
    p.put("created_at", e.provenance().createdAt().toString());
    ObjectNode hashes = p.putObject("input_hashes");
    e.provenance().inputHashes().forEach(hashes::put);
    if (e.provenance().curator() != null) {
      p.put("curator", e.provenance().curator());
    }
    n.put("reason", e.reason());
    if (e.signatureKey() != null) {
      n.put("signature_key", e.signatureKey());
    }
    n.put("occurrences", e.occurrences());
    if (originalJson == null) {
      n.set("original", e.original());
      return NkJson.compact(n);
    }
    String meta = NkJson.compact(n); // an object: ends with '}'
    return new StringBuilder(meta.length() + originalJson.length() + 16)
        .append(meta, 0, meta.length() - 1)
        .append(",\"original\":")
        .append(originalJson)
        .append('}')
        .toString();
  }

  /** Reads back what {@link #encode} wrote. */
  public static BankEntry decode(String json) {
    ObjectNode n = NkJson.parseObject(json);
    Map<Facet, String> facets = new EnumMap<>(Facet.class);
    for (Map.Entry<String, JsonNode> f : n.path("facets").properties()) {
      facets.put(Facet.fromFieldName(f.getKey()), f.getValue().asText());
    }
    JsonNode p = n.path("provenance");
    Map<String, String> hashes = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> h : p.path("input_hashes").properties()) {
      hashes.put(h.getKey(), h.getValue().asText());
    }
    Provenance provenance =
        new Provenance(
            text(p, "source_file"), text(p, "author"), Instant.parse(p.path("created_at").asText()), hashes,
            text(p, "curator"));
    return new BankEntry(
        n.path("id").asText(),
        n.path("revision").asInt(),
        n.path("sequence").asLong(),
        RecordShape.fromWireName(n.path("shape").asText()),
        n.path("depth").asInt(),
        Polarity.fromWireName(n.path("polarity").asText()),
        text(n, "polarity_rule"),
        text(n, "domain"),
        text(n, "task_id"),
        facets,
        EntryStatus.fromWireName(n.path("status").asText()),
        provenance,
        (ObjectNode) n.get("original"),
        text(n, "reason"),
        text(n, "signature_key"),
        Math.max(1, n.path("occurrences").asInt(1)));
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
