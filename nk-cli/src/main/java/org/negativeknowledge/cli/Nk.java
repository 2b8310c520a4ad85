package org.negativeknowledge.cli;

import java.util.List;
import org.negativeknowledge.cli.bank.BankCommand;
import org.negativeknowledge.cli.consult.CheckRouteCommand;
import org.negativeknowledge.cli.consult.ConsultCommand;
import org.negativeknowledge.cli.consult.DecideCommand;
import org.negativeknowledge.cli.consult.FindingCommand;
import org.negativeknowledge.cli.consult.GraphCommand;
import org.negativeknowledge.cli.consult.ImportResultsCommand;
import org.negativeknowledge.cli.consult.ProposeCommand;
import org.negativeknowledge.cli.curate.CurateCommand;
import org.negativeknowledge.cli.loop.LoopCommand;
import org.negativeknowledge.cli.quickstart.QuickstartCommand;
import org.negativeknowledge.cli.repro.ReproCommand;
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
    description = "Negative knowledge: turn failed research attempts into typed, shared memory.")
public final class Nk {

  /**
   * The top-level subcommands, in the order {@code nk --help} lists them. They are added to the
   * command line in code rather than in the {@code @Command} annotation so that a run of one of them
   * builds only that one ({@link #commandLineFor}).
   */
  static final List<Class<?>> SUBCOMMANDS = List.of(
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
      ReproCommand.class,
      LoopCommand.class,
      CommandLine.HelpCommand.class);

  /**
   * Builds the command line with every subcommand and the project's exception and exit-code
   * handling; tests call this to run commands in-process with captured output. Every command's
   * {@code --help} lists the exit codes.
   */
  public static CommandLine commandLine() {
    return withSubcommands(SUBCOMMANDS);
  }

  /**
   * Builds the command line that runs {@code args}: when the first argument names a subcommand
   * (other than {@code help}, which lists them all), only that subcommand is built, so a run does
   * not pay for reflecting over every other command and the classes they use; otherwise the
   * command line of {@link #commandLine()}. Either way, {@code args} are parsed and run the same.
   */
  public static CommandLine commandLineFor(String... args) {
    if (args.length > 0 && !"help".equals(args[0])) {
      for (Class<?> sub : SUBCOMMANDS) {
        if (sub.getAnnotation(Command.class).name().equals(args[0])) {
          return withSubcommands(List.of(sub));
        }
      }
    }
    return commandLine();
  }

  private static CommandLine withSubcommands(List<Class<?>> subcommands) {
    CommandLine cl = new CommandLine(new Nk());
    for (Class<?> sub : subcommands) {
      // Built on its own, as the annotation's subcommands are, so that its model transformers
      // (the derived search filter options) apply; addSubcommand(Class) would skip them.
      cl.addSubcommand(new CommandLine(sub));
    }
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
    System.exit(commandLineFor(args).execute(args));
  }
}
