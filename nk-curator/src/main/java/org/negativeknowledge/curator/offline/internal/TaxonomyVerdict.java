package org.negativeknowledge.curator.offline.internal;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.Objects;

/**
 * The five facets the rules chose, each with the rule that chose it.
 *
 * @param layer failure.layer
 * @param scope failure.scope
 * @param degree failure.degree
 * @param action failure.recommended_action
 * @param risk failure.risk
 * @param rules facet field name to the rule that fired, for the audit
 */
public record TaxonomyVerdict(
    String layer, String scope, String degree, String action, String risk, Map<String, String> rules) {

  public TaxonomyVerdict {
    Objects.requireNonNull(layer, "layer");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(degree, "degree");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(risk, "risk");
    rules = Map.copyOf(rules);
  }

  /** The {@code failure} object of a record. */
  public ObjectNode toFailureJson() {
    ObjectNode f = JsonNodeFactory.instance.objectNode();
    f.put("layer", layer);
    f.put("scope", scope);
    f.put("degree", degree);
    f.put("recommended_action", action);
    f.put("risk", risk);
    return f;
  }

  /** The rules that fired, as a JSON object for the audit. */
  public ObjectNode rulesJson() {
    ObjectNode r = JsonNodeFactory.instance.objectNode();
    for (String facet : new String[] {"layer", "scope", "degree", "recommended_action", "risk"}) {
      r.put(facet, rules.getOrDefault(facet, ""));
    }
    return r;
  }
}
