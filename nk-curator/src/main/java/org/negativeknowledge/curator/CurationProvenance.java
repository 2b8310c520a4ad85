package org.negativeknowledge.curator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a curated record came from, typed, for whoever stores it (a bank keeps the curator, the
 * input hashes and the signature key beside the record); the same for model and offline curations.
 *
 * @param curator which kind of curator wrote the record
 * @param model the model id for an {@link CuratorKind#LLM} curation, empty for offline
 * @param promptVariant the kind of curation and so the prompt (or rule set) used: {@code depth1},
 *     {@code round2} or {@code deep}
 * @param inputs every input read, with its SHA-256, in the order read
 * @param signatureKey the failure signature key, when the curator computed one (the offline
 *     curator does; a model curation leaves it empty)
 */
public record CurationProvenance(
    CuratorKind curator,
    Optional<String> model,
    String promptVariant,
    List<InputHash> inputs,
    Optional<String> signatureKey) {

  public CurationProvenance {
    Objects.requireNonNull(curator, "curator");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(promptVariant, "promptVariant");
    Objects.requireNonNull(signatureKey, "signatureKey");
    inputs = List.copyOf(inputs);
    if ((curator == CuratorKind.LLM) != model.isPresent()) {
      throw new IllegalArgumentException("a model id goes with an llm curation and only with it; got "
          + curator.wireName() + " " + model);
    }
  }

  /** The provenance of a model curation. */
  public static CurationProvenance llm(String model, String promptVariant, List<InputHash> inputs) {
    return new CurationProvenance(CuratorKind.LLM, Optional.of(model), promptVariant, inputs, Optional.empty());
  }

  /** The provenance of an offline curation. */
  public static CurationProvenance offline(String promptVariant, List<InputHash> inputs, String signatureKey) {
    return new CurationProvenance(
        CuratorKind.OFFLINE, Optional.empty(), promptVariant, inputs, Optional.ofNullable(signatureKey));
  }

  /** Input name to SHA-256, in input order (the form a bank stores). */
  public Map<String, String> inputHashes() {
    Map<String, String> m = new LinkedHashMap<>();
    inputs.forEach(i -> m.put(i.name(), i.sha256()));
    return m;
  }
}
