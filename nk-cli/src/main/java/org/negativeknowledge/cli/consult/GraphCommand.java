package org.negativeknowledge.cli.consult;

import java.util.concurrent.Callable;
import org.negativeknowledge.cli.support.ExitCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code nk graph}: research graphs in the paper's {@code research_state.jsonl} shape. */
@Command(name = "graph", mixinStandardHelpOptions = true,
    description = "Research graphs (research_state.jsonl): export the ledger's, import the paper's.",
    subcommands = {GraphExportCommand.class, GraphImportCommand.class})
public final class GraphCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }
}
