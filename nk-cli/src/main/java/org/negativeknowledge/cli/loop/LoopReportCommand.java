package org.negativeknowledge.cli.loop;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.negativeknowledge.app.loop.run.Loop;
import org.negativeknowledge.app.loop.LoopReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nk loop report RUNDIR}: the report again, from a run folder; a thin layer over {@link Loop#report(Path)}. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Prints the report of a run folder again, made from its attempt records (an interrupted run too).",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every attempt complete, no error of the loop", "1:errors or unfinished tasks (listed)",
        "2:usage error, or not a run folder"})
public final class LoopReportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "RUNDIR", description = "the --out folder of nk loop run")
  Path runDir;

  @Mixin ReportOutput output;

  @Override
  public Integer call() {
    LoopReport report = Loop.report(runDir);
    output.print(report, spec.commandLine().getOut());
    return ReportOutput.exitCode(report);
  }
}
