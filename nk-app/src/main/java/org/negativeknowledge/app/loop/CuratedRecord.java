package org.negativeknowledge.app.loop;

import java.util.List;
import java.util.Objects;
import org.negativeknowledge.curator.CurationResult;

/**
 * A record a curator wrote for the loop.
 *
 * @param text the record file's exact text (what the next attempt is shown and what is measured)
 * @param result the curation: the record, its strict validation, usage, audit and typed
 *     provenance (what the bank stores with it)
 * @param tokens what the curation cost (a recording may know only the total)
 * @param curator how the curator is named: {@code offline}, {@code model:<id>} or {@code replay}
 */
public record CuratedRecord(String text, CurationResult result, TokenUse tokens, String curator) {
  public CuratedRecord {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(result, "result");
    Objects.requireNonNull(tokens, "tokens");
    Objects.requireNonNull(curator, "curator");
  }

  /** The validation issues, one line each ({@code path: code: message}); such a record is shown but not stored. */
  public List<String> issues() {
    return result.validation().issues().stream().map(i -> i.path() + ": " + i.code() + ": " + i.message()).toList();
  }
}
