package org.negativeknowledge.cli.bank;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.negativeknowledge.app.NkApp;
import org.negativeknowledge.app.view.EntryViews;
import org.negativeknowledge.bank.entry.BankEntry;
import org.negativeknowledge.cli.support.BankOptions;
import org.negativeknowledge.cli.support.OutputFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;


/** {@code nk bank history}: every revision of one entry with its reason. */
@Command(name = "history", mixinStandardHelpOptions = true,
    description = "Lists every revision of an entry, oldest first, with status, author and reason.")
public final class BankHistoryCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin BankOptions bankOptions;
  @Mixin OutputFormat format;

  @Parameters(index = "0", paramLabel = "ID", description = "the entry id")
  String id;

  @Override
  public Integer call() {
    List<BankEntry> history;
    try (NkApp app = bankOptions.app(false)) {
      history = app.entries().history(id);
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format.json()) {
      OutputFormat.print(out, EntryViews.history(id, history));
      return 0;
    }
    out.println(id + ": " + history.size() + " revision(s)");
    for (BankEntry e : history) {
      out.printf(
          "  r%-3d %-10s %s  by %s%s%n",
          e.revision(),
          e.status().wireName(),
          e.provenance().createdAt(),
          BankGetCommand.orDash(e.provenance().author()),
          e.reason() == null ? "" : "  reason: " + e.reason());
    }
    out.flush();
    return 0;
  }
}
