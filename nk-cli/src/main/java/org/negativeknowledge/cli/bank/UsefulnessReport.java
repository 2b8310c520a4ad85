package org.negativeknowledge.cli.bank;

import java.io.PrintWriter;
import java.util.List;
import org.negativeknowledge.app.NkApp;
import org.negativeknowledge.app.view.EntryViews;
import org.negativeknowledge.bank.consult.ConsultationLedger;
import org.negativeknowledge.bank.consult.EntryUsefulness;
import org.negativeknowledge.cli.support.BankOptions;
import org.negativeknowledge.cli.support.OutputFormat;

/** The {@code nk bank stats --usefulness} listing: entries by how often adopting them helped or hurt. */
final class UsefulnessReport {
  private UsefulnessReport() {}

  /** Prints the listing; returns exit status 0. */
  static int print(BankOptions bankOptions, PrintWriter out, boolean json) {
    List<EntryUsefulness> all;
    try (NkApp app = bankOptions.app(false)) {
      all = app.entries().usefulness();
    }
    if (json) {
      OutputFormat.print(out, EntryViews.usefulnessReport(all));
      return 0;
    }
    if (all.isEmpty()) {
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
