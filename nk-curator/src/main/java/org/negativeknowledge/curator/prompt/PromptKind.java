package org.negativeknowledge.curator.prompt;

/** The three curator prompts: one failed round, several rounds, and round 2 after a round-1 record. */
public enum PromptKind {
  /** One failed round to a depth-1 record. */
  DEPTH1("depth1"),
  /** N >= 2 failed rounds to one deep record. */
  DEEP("deep"),
  /** Round 2, given the round-1 record, to a depth-1 record with {@code relationship_to_round1}. */
  ROUND2("round2");

  private final String wireName;

  PromptKind(String wireName) {
    this.wireName = wireName;
  }

  /** The name used in file names ({@code depth1.md}), audits and the command line. */
  public String wireName() {
    return wireName;
  }

  /** The template's file name: {@code <wireName>.md}. */
  public String fileName() {
    return wireName + ".md";
  }
}
