package org.negativeknowledge.cli.loop;

import java.util.concurrent.Callable;
import org.negativeknowledge.cli.support.ExitCodes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code nk loop}: an AutoResearch loop with the bank in it. */
@Command(
    name = "loop",
    mixinStandardHelpOptions = true,
    description = {
      "Runs tasks under the paper's conditions (base, retry, nk1, selfdebug, nkdeep) and the shared bank:"
          + " attempt, fail, curate, consult, attempt again; reports pass rates, memory and token costs."
    },
    subcommands = {LoopRunCommand.class, LoopReportCommand.class})
public final class LoopCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }
}
