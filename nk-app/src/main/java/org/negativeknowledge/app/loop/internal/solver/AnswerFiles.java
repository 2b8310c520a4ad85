package org.negativeknowledge.app.loop.internal.solver;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.negativeknowledge.app.loop.EntryChoice;
import org.negativeknowledge.app.loop.LoopException;
import org.negativeknowledge.app.loop.ShownEntry;
import org.negativeknowledge.bank.consult.Decision;

/** Reading a solver's decisions on shown entries, the same way for every solver. */
final class AnswerFiles {
  private AnswerFiles() {}

  /**
   * The decisions in {@code array} ({@code [{"entry_id", "decision", "reason"}]}); decisions on
   * entries that were not shown are dropped.
   *
   * @throws LoopException naming {@code where} when an element is malformed
   */
  static List<EntryChoice> decisions(JsonNode array, List<ShownEntry> shown, String where) {
    List<EntryChoice> out = new ArrayList<>();
    if (array == null || array.isNull() || array.isMissingNode()) {
      return out;
    }
    if (!array.isArray()) {
      throw new LoopException(where + ": decisions must be an array of {entry_id, decision, reason}");
    }
    for (int i = 0; i < array.size(); i++) {
      JsonNode d = array.get(i);
      String id = d.path("entry_id").asText("");
      String decision = d.path("decision").asText("").toLowerCase(Locale.ROOT);
      if (id.isBlank() || !(decision.equals("adopt") || decision.equals("reject"))) {
        throw new LoopException(where + ": decisions[" + i + "]: needs entry_id and decision adopt or reject, got " + d);
      }
      if (shown.stream().anyMatch(s -> s.entryId().equals(id))) {
        out.add(new EntryChoice(id, Decision.fromWireName(decision), d.path("reason").asText("")));
      }
    }
    return out;
  }
}
