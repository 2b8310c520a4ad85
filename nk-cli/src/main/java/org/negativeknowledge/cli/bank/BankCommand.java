package org.negativeknowledge.cli.bank;

import java.util.concurrent.Callable;
import org.negativeknowledge.cli.support.ExitCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code nk bank}: the group of commands over the shared bank. */
@Command(
    name = "bank",
    mixinStandardHelpOptions = true,
    description = {
      "The shared bank of NK records and knowledge entries (SQLite file by default,"
          + " PostgreSQL for teams; --bank or $NK_BANK selects it)."
    },
    subcommands = {
      BankImportCommand.class,
      BankExportCommand.class,
      BankGetCommand.class,
      BankHistoryCommand.class,
      BankStatsCommand.class,
      BankReviseCommand.class,
      BankRetractCommand.class,
      BankSearchCommand.class,
      BankRenderCommand.class,
      BankReindexCommand.class,
    })
public final class BankCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }
}
