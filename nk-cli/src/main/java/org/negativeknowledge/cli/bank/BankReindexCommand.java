package org.negativeknowledge.cli.bank;

import org.negativeknowledge.cli.support.BankOptions;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.negativeknowledge.app.NkApp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code nk bank reindex}: rebuilds the search index from the store. */
@Command(name = "reindex", mixinStandardHelpOptions = true,
    description = {
      "Rebuilds the bank's search index from the store (the store is the truth; the index is"
          + " derived from it and also catches up by itself before every search).",
      "Use it after the index folder was damaged or deleted. Waits for other writers of the index."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:rebuilt", "2:usage or I/O error, or the index stayed busy"})
public final class BankReindexCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin BankOptions bankOptions;

  @Override
  public Integer call() {
    long active;
    String location;
    try (NkApp app = bankOptions.app(false)) {
      app.entries().reindex();
      active = app.bank().size();
      location = app.bank().location();
    }
    PrintWriter out = spec.commandLine().getOut();
    out.println("search index rebuilt for " + location + ": " + active + " active entries");
    out.flush();
    return 0;
  }
}
