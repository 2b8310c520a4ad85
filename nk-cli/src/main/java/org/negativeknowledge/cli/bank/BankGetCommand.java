package org.negativeknowledge.cli.bank;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.negativeknowledge.app.NkApp;
import org.negativeknowledge.app.entries.EntryDetail;
import org.negativeknowledge.app.view.EntryViews;
import org.negativeknowledge.bank.entry.BankEntry;
import org.negativeknowledge.cli.support.BankOptions;
import org.negativeknowledge.cli.support.OutputFormat;
import org.negativeknowledge.record.NkJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;


/** {@code nk bank get}: shows the current revision of one entry. */
@Command(name = "get", mixinStandardHelpOptions = true,
    description = "Shows the current revision of an entry: metadata and the original object.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:found", "2:no such entry or usage error"})
public final class BankGetCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin BankOptions bankOptions;
  @Mixin OutputFormat format;

  @Parameters(index = "0", paramLabel = "ID", description = "the entry id")
  String id;

  @Override
  public Integer call() {
    EntryDetail detail;
    try (NkApp app = bankOptions.app(false)) {
      detail = app.entries().get(id);
    }
    BankEntry e = detail.entry();
    PrintWriter out = spec.commandLine().getOut();
    if (format.json()) {
      OutputFormat.print(out, EntryViews.detail(detail));
    } else {
      out.println(e.id() + "  revision " + e.revision() + "  " + e.status().wireName());
      out.println("  shape " + e.shape().wireName() + ", depth " + e.depth() + ", "
          + e.polarity().name().toLowerCase(Locale.ROOT) + " (" + e.polarityRule() + ")");
      out.println("  domain " + orDash(e.domain()) + ", task " + orDash(e.taskId()));
      if (!e.facets().isEmpty()) {
        StringBuilder sb = new StringBuilder("  failure");
        e.facets().forEach((f, v) -> sb.append(' ').append(f.fieldName()).append('=').append(v));
        out.println(sb);
      }
      out.println("  from " + orDash(e.provenance().sourceFile()) + " by " + orDash(e.provenance().author())
          + " at " + e.provenance().createdAt());
      if (e.reason() != null) {
        out.println("  reason " + e.reason());
      }
      detail.flags().forEach(f -> out.println("  !! " + f));
      out.println(NkJson.pretty(e.original()));
    }
    out.flush();
    return 0;
  }

  static String orDash(String s) {
    return s == null ? "-" : s;
  }
}
