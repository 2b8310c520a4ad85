package org.negativeknowledge.cli.bank;

import org.negativeknowledge.cli.support.BankOptions;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.negativeknowledge.app.NkApp;
import org.negativeknowledge.app.view.EntryViews;
import org.negativeknowledge.cli.support.OutputFormat;
import org.negativeknowledge.bank.entry.BankStats;
import org.negativeknowledge.bank.entry.EntryStatus;
import org.negativeknowledge.bank.consult.ConsultationLedger;
import org.negativeknowledge.bank.consult.EntryUsefulness;
import org.negativeknowledge.taxonomy.Facet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code nk bank stats}: counts and the facet distribution as a text chart. */
@Command(name = "stats", mixinStandardHelpOptions = true,
    description = {
      "Counts active entries by polarity, domain, depth, shape and facet value (as a text bar"
          + " chart), and stored revisions by status."
    })
public final class BankStatsCommand implements Callable<Integer> {
  private static final int BAR_WIDTH = 40;

  @Spec CommandSpec spec;
  @Mixin BankOptions bankOptions;
  @Mixin OutputFormat format;

  @Option(names = "--usefulness",
      description = "list entries by how often adopting them helped or hurt (consultation outcomes)")
  boolean usefulness;

  @Override
  public Integer call() {
    if (usefulness) {
      return UsefulnessReport.print(bankOptions, spec.commandLine().getOut(), format.json());
    }
    BankStats s;
    List<String> misleading;
    try (NkApp app = bankOptions.app(false)) {
      s = app.entries().stats();
      misleading = app.entries().usefulness().stream()
          .filter(EntryUsefulness::misleading).map(EntryUsefulness::entryId).toList();
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format.json()) {
      ObjectNode json = EntryViews.stats(s);
      misleading.forEach(json.putArray("possibly_misleading")::add);
      OutputFormat.print(out, json);
    } else {
      printText(out, s);
      if (!misleading.isEmpty()) {
        out.println("!! " + ConsultationLedger.MISLEADING + ": " + String.join(", ", misleading)
            + " (nk bank stats --usefulness)");
      }
    }
    out.flush();
    return 0;
  }

  private static void printText(PrintWriter out, BankStats s) {
    out.println("active entries: " + s.activeEntries() + " (" + s.revisions() + " revisions stored)");
    out.println("polarity:  " + inline(s.byPolarity()));
    StringBuilder status = new StringBuilder();
    for (Map.Entry<EntryStatus, Long> e : s.byStatus().entrySet()) {
      status.append(status.length() == 0 ? "" : ", ").append(e.getKey().wireName()).append(' ').append(e.getValue());
    }
    out.println("status:    " + status);
    StringBuilder depth = new StringBuilder();
    s.byDepth().forEach((k, v) -> depth.append(depth.length() == 0 ? "" : ", ").append(k).append(": ").append(v));
    out.println("depth:     " + depth);
    out.println("shape:     " + inline(s.byShape()));
    out.println("domain:    " + inline(s.byDomain()));
    long max = 1;
    int width = 8;
    for (Map<String, Long> m : s.byFacet().values()) {
      for (Map.Entry<String, Long> e : m.entrySet()) {
        max = Math.max(max, e.getValue());
        width = Math.max(width, e.getKey().length());
      }
    }
    out.println();
    out.println("facet distribution (active entries):");
    for (Facet f : Facet.values()) {
      Map<String, Long> m = s.byFacet().getOrDefault(f, Map.of());
      out.println("  " + f.fieldName() + (m.isEmpty() ? ": (none)" : ""));
      for (Map.Entry<String, Long> e : m.entrySet()) {
        int len = (int) Math.max(1, Math.round((double) e.getValue() * BAR_WIDTH / max));
        out.printf("    %-" + width + "s %s %d%n", e.getKey(), "#".repeat(len), e.getValue());
      }
    }
  }

  private static String inline(Map<String, Long> m) {
    if (m.isEmpty()) {
      return "(none)";
    }
    StringBuilder sb = new StringBuilder();
    m.forEach((k, v) -> sb.append(sb.length() == 0 ? "" : ", ").append(k).append(' ').append(v));
    return sb.toString();
  }
}
