package org.negativeknowledge.cli.bank;

import org.negativeknowledge.cli.support.BankOptions;
import java.util.concurrent.Callable;
import org.negativeknowledge.app.NkApp;
import org.negativeknowledge.bank.entry.BankEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nk bank retract}: withdraws an entry, keeping its history. */
@Command(name = "retract", mixinStandardHelpOptions = true,
    description = "Retracts entry ID: search and export hide it; history keeps every revision and the reason.")
public final class BankRetractCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin BankOptions bankOptions;

  @Parameters(index = "0", paramLabel = "ID", description = "the entry to retract")
  String id;

  @Option(names = "--reason", required = true, paramLabel = "R", description = "why it is retracted")
  String reason;

  @Option(names = "--author", paramLabel = "A", description = "who retracts it (default: $USER)")
  String author;

  @Override
  public Integer call() {
    BankEntry e;
    try (NkApp app = bankOptions.app(false)) {
      e = app.entries().retract(id, reason, author);
    }
    spec.commandLine().getOut().println("retracted " + e.id() + " (revision " + e.revision() + ")");
    return 0;
  }
}
