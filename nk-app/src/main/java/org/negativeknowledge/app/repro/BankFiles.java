package org.negativeknowledge.app.repro;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.negativeknowledge.validation.stream.RecordSourceReader;

/**
 * The entries of the paper's bank files, read as the bank's import reads them ({@link
 * RecordSourceReader}: JSONL, blank lines skipped). The claims count entries as written in a file, so
 * the file is read rather than imported into a bank, which would merge repeated entries.
 */
final class BankFiles {
  private BankFiles() {}

  /** The entries of the bank file at {@code relative}, or empty when it is absent. */
  static Optional<List<ObjectNode>> entries(DataFiles files, String relative) {
    if (!files.isFile(relative)) {
      return Optional.empty();
    }
    List<ObjectNode> out = new ArrayList<>();
    RecordSourceReader.standard().read(files.path(relative), r -> {
      if (r.record() == null) {
        throw new ReproException(
            relative + ":" + r.line() + ": " + r.problem().message()
                + "; a bank file holds one JSON object per line");
      }
      out.add(r.record());
    });
    return Optional.of(out);
  }

  /** A computation over the entries of a bank file, or not computable when it is absent. */
  static Computed count(
      DataFiles files, String relative, Predicate<ObjectNode> which) {
    return entries(files, relative)
        .map(list -> Computed.of(
            ClaimValue.ofInt(list.stream().filter(which).count()),
            Inputs.source(relative + " (" + list.size() + " entries)")))
        .orElseGet(() -> Computed.none(Inputs.missing(
            new MissingInput(relative, null, "the claim reads it"))));
  }
}
