package org.negativeknowledge.curator.llm;

import java.util.Map;
import org.negativeknowledge.taxonomy.Facet;
import org.negativeknowledge.taxonomy.TaxonomyProfile;

/** The {@code {TAXONOMY}} part of a prompt: each facet's allowed values and how to pick a layer. */
final class TaxonomyText {

  private static final Map<String, String> LAYER_GUIDANCE =
      Map.of(
          "implementation_failure",
          "the approach was sensible but the code was wrong: a missing or wrong import, a wrong"
              + " column or axis, a crash in the script itself. Most runs that exit non-zero.",
          "communication_failure",
          "the code ran, but what it produced is not in the form the evaluator expects: wrong file"
              + " name, wrong column, labels where probabilities were wanted. The fix changes the"
              + " output representation.",
          "method_failure",
          "the code does what it says, but the chosen method cannot solve this problem or regime."
              + " The fix changes the algorithm.",
          "hypothesis_failure",
          "the research hypothesis itself was disconfirmed; nothing is broken.",
          "measurement_failure",
          "the diagnostic could not tell apart the cases it had to separate.");

  private TaxonomyText() {}

  static String of(TaxonomyProfile profile) {
    StringBuilder sb = new StringBuilder("# Failure facets (closed lists, profile ")
        .append(profile.name())
        .append(")\n\n");
    for (Facet facet : Facet.values()) {
      sb.append("- `").append(facet.fieldName()).append("`: ");
      sb.append(String.join(", ", profile.values(facet).stream().map(v -> "`" + v + "`").toList()));
      sb.append('\n');
    }
    sb.append("\nChoosing `layer`:\n");
    for (String layer : profile.values(Facet.LAYER)) {
      String guidance = LAYER_GUIDANCE.get(layer);
      if (guidance != null) {
        sb.append("- `").append(layer).append("`: ").append(guidance).append('\n');
      }
    }
    return sb.toString().stripTrailing();
  }
}
