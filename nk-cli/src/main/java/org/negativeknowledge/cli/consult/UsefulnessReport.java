package org.negativeknowledge.cli.consult;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.PrintWriter;
import java.util.List;
import org.negativeknowledge.bank.Bank;
import org.negativeknowledge.bank.consult.ConsultationLedger;
import org.negativeknowledge.bank.consult.EntryUsefulness;
import org.negativeknowledge.cli.bank.BankOptions;
import org.negativeknowledge.record.NkJson;

/** The {@code nk bank stats --usefulness} listing: entries by how often adopting them helped or hurt. */
public final class UsefulnessReport {
  private UsefulnessReport() {}

  /** Prints the listing; returns exit status 0. */
  public static int print(BankOptions bankOptions, PrintWriter out, boolean json) {
    List<EntryUsefulness> all;
    try (Bank bank = bankOptions.openExisting()) {
      all = bank.consultations().usefulness();
    }
    if (json) {
      ArrayNode a = JsonNodeFactory.instance.arrayNode();
      for (EntryUsefulness u : all) {
        var o = a.addObject();
        o.put("entry", u.entryId());
        o.put("surfaced", u.surfaced());
        o.put("adopted", u.adopted());
        o.put("rejected", u.rejected());
        o.put("adopted_then_success", u.adoptedThenSuccess());
        o.put("adopted_then_partial", u.adoptedThenPartial());
        o.put("adopted_then_failure", u.adoptedThenFailure());
        o.put("possibly_misleading", u.misleading());
      }
      out.println(NkJson.pretty(a));
    } else if (all.isEmpty()) {
      out.println("no consultation has surfaced an entry yet");
    } else {
      out.printf("%8s %7s %8s %7s %7s %7s  %s%n", "surfaced", "adopted", "rejected", "success", "partial", "failure", "entry");
      for (EntryUsefulness u : all) {
        out.printf("%8d %7d %8d %7d %7d %7d  %s%s%n", u.surfaced(), u.adopted(), u.rejected(), u.adoptedThenSuccess(),
            u.adoptedThenPartial(), u.adoptedThenFailure(), u.entryId(), u.misleading() ? "  !! " + ConsultationLedger.MISLEADING : "");
      }
    }
    out.flush();
    return 0;
  }
}
