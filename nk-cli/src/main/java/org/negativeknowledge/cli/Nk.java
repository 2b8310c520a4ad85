package org.negativeknowledge.cli;

import org.negativeknowledge.cli.bank.BankCommand;
import org.negativeknowledge.cli.consult.CheckRouteCommand;
import org.negativeknowledge.cli.consult.ConsultCommand;
import org.negativeknowledge.cli.consult.DecideCommand;
import org.negativeknowledge.cli.consult.FindingCommand;
import org.negativeknowledge.cli.consult.GraphCommand;
import org.negativeknowledge.cli.consult.ImportResultsCommand;
import org.negativeknowledge.cli.consult.ProposeCommand;
import org.negativeknowledge.cli.curate.CurateCommand;
import org.negativeknowledge.cli.quickstart.QuickstartCommand;
import org.negativeknowledge.cli.server.McpCommand;
import org.negativeknowledge.cli.server.ServeCommand;
import org.negativeknowledge.cli.validate.NormalizeCommand;
import org.negativeknowledge.cli.validate.SchemaCommand;
import org.negativeknowledge.cli.validate.ValidateCommand;
import org.negativeknowledge.cli.support.ExitCodes;
import org.negativeknowledge.cli.support.NkExceptionHandler;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code nk} command: the root of every subcommand.
 *
 * <p>Exit codes shared by all subcommands: 0 success, 1 findings (invalid records, matches),
 * 2 usage or I/O error, 3 refused by the consultation protocol.
 */
@Command(
    name = "nk",
    mixinStandardHelpOptions = true,
    versionProvider = NkVersion.class,
    description = "Negative knowledge: turn failed research attempts into typed, shared memory.",
    subcommands = {
      QuickstartCommand.class,
      ValidateCommand.class,
      NormalizeCommand.class,
      SchemaCommand.class,
      CurateCommand.class,
      BankCommand.class,
      ConsultCommand.class,
      DecideCommand.class,
      ProposeCommand.class,
      CheckRouteCommand.class,
      FindingCommand.class,
      GraphCommand.class,
      ImportResultsCommand.class,
      McpCommand.class,
      ServeCommand.class,
      org.negativeknowledge.cli.repro.ReproCommand.class,
      CommandLine.HelpCommand.class,
    })
public final class Nk {

  /**
   * Builds the command line with the project's exception and exit-code handling; tests call this
   * to run commands in-process with captured output. Every command's {@code --help} lists the exit
   * codes.
   */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Nk());
    cl.setExecutionExceptionHandler(new NkExceptionHandler());
    cl.setExitCodeExceptionMapper(new ExitCodes());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    listExitCodes(cl);
    return cl;
  }

  private static void listExitCodes(CommandLine cl) {
    if (cl.getCommandSpec().usageMessage().exitCodeList().isEmpty()) {
      cl.getCommandSpec().usageMessage().exitCodeListHeading("%nExit codes:%n").exitCodeList(ExitCodes.described());
    }
    cl.getSubcommands().values().forEach(Nk::listExitCodes);
  }

  /** Entry point of the runnable jar. */
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }
}
