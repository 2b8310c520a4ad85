package org.negativeknowledge.record;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.EnumMap;
import java.util.Map;
import org.negativeknowledge.taxonomy.Facet;

/**
 * The five failure facets as read from a record; any may be {@code null} (absent or not a
 * string). Values are kept as written, drift included: normalisation is {@link
 * org.negativeknowledge.taxonomy.AliasNormalizer}'s explicit job.
 */
public record FailureFacets(
    String layer, String scope, String degree, String recommendedAction, String risk) {

  /** Reads a {@code failure} block tolerantly; a missing or non-object block gives all nulls. */
  public static FailureFacets from(JsonNode block) {
    if (block == null || !block.isObject()) {
      return new FailureFacets(null, null, null, null, null);
    }
    return new FailureFacets(
        NkRecord.text(block, Facet.LAYER.fieldName()),
        NkRecord.text(block, Facet.SCOPE.fieldName()),
        NkRecord.text(block, Facet.DEGREE.fieldName()),
        NkRecord.text(block, Facet.RECOMMENDED_ACTION.fieldName()),
        NkRecord.text(block, Facet.RISK.fieldName()));
  }

  /** The value of one facet, or {@code null}. */
  public String get(Facet facet) {
    return switch (facet) {
      case LAYER -> layer;
      case SCOPE -> scope;
      case DEGREE -> degree;
      case RECOMMENDED_ACTION -> recommendedAction;
      case RISK -> risk;
    };
  }

  /** The present facets, in facet order. */
  public Map<Facet, String> asMap() {
    Map<Facet, String> m = new EnumMap<>(Facet.class);
    for (Facet f : Facet.values()) {
      if (get(f) != null) {
        m.put(f, get(f));
      }
    }
    return m;
  }

  /** True when no facet is present. */
  public boolean isEmpty() {
    return asMap().isEmpty();
  }

  /** The block as JSON, present facets only, in facet order. */
  public ObjectNode toJson() {
    ObjectNode o = NkJson.mapper().createObjectNode();
    asMap().forEach((f, v) -> o.put(f.fieldName(), v));
    return o;
  }
}
