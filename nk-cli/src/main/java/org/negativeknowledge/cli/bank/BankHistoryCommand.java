package org.negativeknowledge.cli.bank;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.negativeknowledge.bank.Bank;
import org.negativeknowledge.bank.entry.BankEntry;
import org.negativeknowledge.bank.entry.EntryNotFoundException;
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

  @Parameters(index = "0", paramLabel = "ID", description = "the entry id")
  String id;

  @Override
  public Integer call() {
    List<BankEntry> history;
    try (Bank bank = bankOptions.openExisting()) {
      history = bank.history(id);
    }
    if (history.isEmpty()) {
      throw new EntryNotFoundException(id);
    }
    PrintWriter out = spec.commandLine().getOut();
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
