package org.negativeknowledge.curator.llm;

/** How the model gets the artifacts and returns the record. */
public enum CurationMode {
  /**
   * The bounded artifacts go into one request; the model answers with one forced {@code
   * write_record} tool call whose input is the record. One round trip (two with a repair turn).
   */
  INLINE,
  /** The model gets a {@code Read} and a {@code Write} tool and works in a loop (the paper's way). */
  TOOLS
}
