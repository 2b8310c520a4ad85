package org.negativeknowledge.taxonomy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The explicit repair of known facet drift: replaces each facet value that is a known alias in
 * the profile (e.g. {@code regime_bound}) by its canonical value ({@code regime_bound_failure})
 * and reports every change. Values that are neither allowed nor known aliases are left as they
 * are, for the validator to report. Validation never calls this. Thread-safe.
 */
public final class AliasNormalizer {
  private final TaxonomyProfile profile;

  private AliasNormalizer(TaxonomyProfile profile) {
    this.profile = Objects.requireNonNull(profile, "profile");
  }

  /** A normalizer using this profile's aliases. */
  public static AliasNormalizer of(TaxonomyProfile profile) {
    return new AliasNormalizer(profile);
  }

  /** Returns a normalised deep copy of {@code record} and the list of changes. */
  public NormalizationResult normalize(ObjectNode record) {
    ObjectNode copy = record.deepCopy();
    List<NormalizationChange> changes = new ArrayList<>();
    JsonNode failure = copy.get("failure");
    if (failure instanceof ObjectNode block) {
      for (Facet facet : Facet.values()) {
        JsonNode value = block.get(facet.fieldName());
        if (value != null && value.isTextual() && !profile.allows(facet, value.textValue())) {
          String from = value.textValue();
          profile
              .canonicalFor(facet, from)
              .ifPresent(
                  to -> {
                    block.put(facet.fieldName(), to);
                    changes.add(new NormalizationChange("failure." + facet.fieldName(), from, to));
                  });
        }
      }
    }
    return new NormalizationResult(copy, changes);
  }
}
