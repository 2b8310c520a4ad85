package org.negativeknowledge.curator;

import java.util.Locale;

/** Which kind of curator wrote a record. */
public enum CuratorKind {
  /** A language model ({@code org.negativeknowledge.curator.llm.LlmCurator}). */
  LLM,
  /** The deterministic rule-based extractor ({@code org.negativeknowledge.curator.offline.OfflineCurator}). */
  OFFLINE;

  /** The lower-case name used in banks and audits: {@code llm} or {@code offline}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
