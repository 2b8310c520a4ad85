package org.negativeknowledge.curator.offline.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The output a round wrote, held against the {@link OutputContract} of its task: whether the code
 * (its string literals) or the log names the output file the instruction asks for, and which of
 * the instruction's named columns or keys the code never spells.
 *
 * <p>Only literal evidence counts: a file name built at run time from pieces the instruction does
 * not spell is not recognised, so a missing file is reported only when no literal and no log line
 * contains the fixed part of any named output file.
 *
 * @param namedFileWritten empty when the instruction names no output file; else whether the code
 *     or the log names one of them
 * @param missingColumns the instruction's named columns or keys that no string literal of the code
 *     and no log line contains
 */
public record OutputCheck(Optional<Boolean> namedFileWritten, List<String> missingColumns) {

  public OutputCheck {
    Objects.requireNonNull(namedFileWritten, "namedFileWritten");
    missingColumns = List.copyOf(missingColumns);
  }

  /** Holds a round's code and log against the contract. */
  public static OutputCheck of(OutputContract contract, RoundFacts f) {
    List<String> evidence = new ArrayList<>(f.codeStrings());
    evidence.addAll(f.signature().outputTail());
    Optional<Boolean> written = Optional.empty();
    if (contract.namesFiles()) {
      boolean any = false;
      for (String file : contract.files()) {
        String tail = OutputContract.fixedTail(file);
        any |= !tail.isEmpty() && evidence.stream().anyMatch(e -> e.contains(tail));
      }
      written = Optional.of(any);
    }
    List<String> missing = new ArrayList<>();
    for (String column : contract.columns()) {
      if (evidence.stream().noneMatch(e -> e.contains(column))) {
        missing.add(column);
      }
    }
    return new OutputCheck(written, missing);
  }

  /** True when the round's output visibly departs from the contract (wrong file or columns). */
  public boolean departs() {
    return namedFileWritten.map(w -> !w).orElse(false) || !missingColumns.isEmpty();
  }

  /** What departs, for rules and prose; empty when nothing does. */
  public String describe() {
    List<String> parts = new ArrayList<>();
    if (namedFileWritten.map(w -> !w).orElse(false)) {
      parts.add("the code never names the output file the task asks for");
    }
    if (!missingColumns.isEmpty()) {
      parts.add("the code never spells the column(s) " + String.join(", ", missingColumns.stream().map(c -> "'" + c + "'").toList())
          + " the task names");
    }
    return String.join("; ", parts);
  }
}
