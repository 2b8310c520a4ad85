package org.negativeknowledge.cli;

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
      CommandLine.HelpCommand.class,
      org.negativeknowledge.cli.bank.BankCommand.class,
      org.negativeknowledge.cli.server.McpCommand.class,
      org.negativeknowledge.cli.server.ServeCommand.class,
      org.negativeknowledge.cli.consult.ConsultCommand.class, org.negativeknowledge.cli.consult.DecideCommand.class, org.negativeknowledge.cli.consult.ProposeCommand.class, org.negativeknowledge.cli.consult.CheckRouteCommand.class, org.negativeknowledge.cli.consult.FindingCommand.class, org.negativeknowledge.cli.consult.GraphCommand.class, org.negativeknowledge.cli.consult.ImportResultsCommand.class,
      org.negativeknowledge.cli.curate.CurateCommand.class,
      org.negativeknowledge.cli.quickstart.QuickstartCommand.class,
      org.negativeknowledge.cli.validate.ValidateCommand.class,
      org.negativeknowledge.cli.validate.NormalizeCommand.class,
      org.negativeknowledge.cli.validate.SchemaCommand.class,
    })
public final class Nk {

  /** Exit code for a usage error or an unreadable input. */
  public static final int EXIT_USAGE = 2;

  /**
   * Builds the command line with the project's exception and exit-code handling; tests call this
   * to run commands in-process with captured output.
   */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Nk());
    cl.setExecutionExceptionHandler(new NkExceptionHandler());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    return cl;
  }

  /** Entry point of the runnable jar. */
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }
}
