package org.negativeknowledge.app.repro;

/** How a claim's computed value compares with the paper's. */
public enum Outcome {
  /** The value computed from the data equals the paper's, in type and text. */
  MATCH("match"),
  /** The value differs and every input the computation needed is present. */
  MISMATCH("differs"),
  /**
   * The value differs (or cannot be computed) and the data lacks inputs the computation needed,
   * so the data cannot decide the claim. Not counted as a mismatch.
   */
  NOT_DECIDABLE("not decidable");

  private final String label;

  Outcome(String label) {
    this.label = label;
  }

  /** How reports write it. */
  public String label() {
    return label;
  }
}
