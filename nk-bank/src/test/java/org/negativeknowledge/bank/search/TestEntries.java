package org.negativeknowledge.bank.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import org.negativeknowledge.bank.entry.BankEntry;
import org.negativeknowledge.bank.entry.EntryStatus;
import org.negativeknowledge.bank.entry.Provenance;
import org.negativeknowledge.record.InferredPolarity;
import org.negativeknowledge.record.NkJson;
import org.negativeknowledge.record.PolarityInference;
import org.negativeknowledge.record.RecordShape;
import org.negativeknowledge.taxonomy.Facet;

/** Builds {@link BankEntry} values from JSON the way a store would, for tests without a store. */
public final class TestEntries {
  /** A depth-1 record about a missing {@code shap} module, shared by the search and render tests. */
  public static final String SHAP_RECORD =
      """
      {"task_id": "002",
       "attempted_route": "shap.TreeExplainer.shap_values() on a RandomForestRegressor",
       "observation": "ModuleNotFoundError: No module named 'shap'",
       "failure": {"layer": "implementation_failure", "scope": "local_failure", "degree": "artifact_driven",
                   "recommended_action": "change_method", "risk": "low_risk_omission"},
       "rationale": "The package is absent from the environment.",
       "recommended_alternative": "sklearn.inspection.permutation_importance(rf, X, y, n_repeats=10)"}
      """;

  private TestEntries() {}

  /** An active first revision of {@code json} with the given id and sequence. */
  public static BankEntry entry(String id, String json, long sequence) {
    return entry(id, NkJson.parseObject(json), sequence, 1, EntryStatus.ACTIVE, null);
  }

  /** An entry of {@code original} with the derived metadata a store would compute. */
  public static BankEntry entry(
      String id, ObjectNode original, long sequence, int revision, EntryStatus status, String reason) {
    InferredPolarity p = PolarityInference.infer(original);
    Map<Facet, String> facets = new EnumMap<>(Facet.class);
    JsonNode failure = original.path("failure");
    for (Facet f : Facet.values()) {
      JsonNode v = failure.get(f.fieldName());
      if (v != null && v.isTextual()) {
        facets.put(f, v.asText());
      }
    }
    return new BankEntry(
        id,
        revision,
        sequence,
        RecordShape.detect(original),
        RecordShape.inferDepth(original),
        p.polarity(),
        p.rule(),
        original.hasNonNull("domain") ? original.get("domain").asText() : null,
        original.hasNonNull("task_id") ? original.get("task_id").asText() : null,
        facets,
        status,
        Provenance.of("test", "tester", Instant.parse("2026-01-01T00:00:00Z")),
        original,
        reason,
        null,
        1);
  }

  /** Reads one JSON object file. */
  public static ObjectNode read(Path file) {
    try {
      return NkJson.parseObject(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
