package org.negativeknowledge.bank.internal;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import org.negativeknowledge.record.NkJson;

/** The {@code --with-meta} line: metadata around the untouched original under {@code record}. */
final class ExportLines {
  private ExportLines() {}

  static String withMeta(ExportRow row) {
    ObjectNode line = JsonNodeFactory.instance.objectNode();
    line.put("id", row.id());
    line.put("revision", row.revision());
    line.put("status", row.status());
    line.put("polarity", row.polarity());
    line.put("polarity_rule", row.polarityRule());
    line.put("domain", row.domain());
    ObjectNode prov = line.putObject("provenance");
    prov.put("source", row.source());
    prov.put("author", row.author());
    prov.put("created_at", row.createdAt());
    ObjectNode hashes = prov.putObject("input_hashes");
    for (Map.Entry<String, String> e : EntryTable.parseHashes(row.inputHashes()).entrySet()) {
      hashes.put(e.getKey(), e.getValue());
    }
    if (row.reason() != null) {
      line.put("reason", row.reason());
    }
    line.set("record", NkJson.parseObject(row.original()));
    return NkJson.compact(line);
  }
}
