package org.negativeknowledge.curator.model;

import java.util.Locale;

/** Why a model stopped answering, in provider-neutral terms. */
public enum StopReason {
  /** The model finished its turn. */
  END_TURN,
  /** The model called a tool and waits for its result. */
  TOOL_USE,
  /** The output-token limit cut the answer. */
  MAX_TOKENS,
  /** A stop sequence ended the answer. */
  STOP_SEQUENCE,
  /** The model declined to answer. */
  REFUSAL,
  /** The provider gave no reason, or one this enum does not know. */
  OTHER;

  /** The snake_case name used in audits and usage accounts ({@code tool_use}). */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
