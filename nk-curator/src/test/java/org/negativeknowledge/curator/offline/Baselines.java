package org.negativeknowledge.curator.offline;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The two baselines the offline curator must beat, fitted on the tuning split only.
 *
 * <ul>
 *   <li>the exit-code rule: {@code layer} is {@code implementation_failure} when the round the
 *       record is about (the last round of a deep record) exited non-zero, else {@code
 *       method_failure}; every other facet takes the value most frequent among tuning cases with
 *       the same exit status (non-zero or not);
 *   <li>the majority class: every facet takes its most frequent tuning value.
 * </ul>
 */
final class Baselines {

  private final Map<String, String> majority = new HashMap<>();
  private final Map<String, String> byExit = new HashMap<>();

  private Baselines() {}

  static Baselines fit(List<AgreementCase> tuning) {
    Baselines b = new Baselines();
    for (String facet : OfflineAgreementBench.FACETS) {
      b.majority.put(facet, OfflineAgreementBench.mostFrequent(tuning.stream().map(c -> c.expectedFacet(facet)).toList()));
      for (boolean nonZero : new boolean[] {true, false}) {
        List<String> values = tuning.stream().filter(c -> c.nonZeroExit() == nonZero).map(c -> c.expectedFacet(facet)).toList();
        b.byExit.put(facet + "/" + nonZero, values.isEmpty() ? b.majority.get(facet) : OfflineAgreementBench.mostFrequent(values));
      }
    }
    return b;
  }

  String exitCodeRule(AgreementCase c, String facet) {
    if (facet.equals("layer")) {
      return c.nonZeroExit() ? "implementation_failure" : "method_failure";
    }
    return byExit.get(facet + "/" + c.nonZeroExit());
  }

  String majority(String facet) {
    return majority.get(facet);
  }

  /** The fitted values, for the bench's legend. */
  String describe() {
    StringBuilder b = new StringBuilder("fitted: majority ");
    for (String facet : OfflineAgreementBench.FACETS) {
      b.append(facet).append('=').append(majority.get(facet)).append(' ');
    }
    b.append("\n        exit non-zero ");
    for (String facet : OfflineAgreementBench.FACETS) {
      if (!facet.equals("layer")) {
        b.append(facet).append('=').append(byExit.get(facet + "/true")).append(' ');
      }
    }
    b.append("\n        exit zero ");
    for (String facet : OfflineAgreementBench.FACETS) {
      if (!facet.equals("layer")) {
        b.append(facet).append('=').append(byExit.get(facet + "/false")).append(' ');
      }
    }
    return b.toString().replace(" \n", "\n").strip();
  }
}
