package org.negativeknowledge.cli.loop;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.negativeknowledge.app.loop.ConditionPlan;
import org.negativeknowledge.app.loop.CuratorChoice;
import org.negativeknowledge.app.loop.ExecutorChoice;
import org.negativeknowledge.app.loop.LocalSettings;
import org.negativeknowledge.app.loop.run.Loop;
import org.negativeknowledge.app.loop.LoopReport;
import org.negativeknowledge.app.loop.LoopSpec;
import org.negativeknowledge.app.loop.SolverChoice;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nk loop run}: a thin layer over {@link Loop#run(LoopSpec, org.negativeknowledge.app.loop.LoopListener)}. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = {
      "Attempts every task under every condition, curates each failure into the bank, and prints the report"
          + " (pass rate per condition, memory shown, solver and curator tokens, wall time).",
      "Conditions: base (one attempt), retry (the same prompt again), nk1 (the depth-1 record of the last"
          + " failure), selfdebug (its code and logs), nkdeep (self-debug rounds, then a depth-N record over all"
          + " of them), bank (consult the shared bank, decide on every entry, propose, report the finding)."
          + " A condition takes its own rounds as name:N.",
      "Resumable: --resume continues an interrupted run in the same --out folder."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the run completed without an error of the loop (failed tasks are results, not errors)",
        "1:some attempts ended in an error of the loop, or tasks stopped (listed in the report)",
        "2:usage error, unreadable task, or a run folder that cannot be used"})
public final class LoopRunCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "TASKS",
      description = "task folders (with task.json), ScienceAgentBench task files, or folders of either")
  List<Path> tasks;

  @Option(names = "--out", required = true, paramLabel = "RUNDIR", description = "the run folder (new or empty, or the one to --resume)")
  Path out;

  @Option(names = "--conditions", defaultValue = LoopSpec.DEFAULT_CONDITIONS, paramLabel = "LIST",
      description = "comma-separated, each optionally name:rounds; default: ${DEFAULT-VALUE}")
  String conditions;

  @Option(names = "--rounds", defaultValue = "3", paramLabel = "N",
      description = "attempts per condition and task, the first included (base: 1; nkdeep: at least 3); default: ${DEFAULT-VALUE}")
  int rounds;

  @Option(names = "--solver", defaultValue = "sonnet", paramLabel = "SOLVER",
      description = "a model (sonnet, haiku, opus or an id; needs ANTHROPIC_API_KEY), command:'CMD' (prompt on stdin and"
          + " in prompt.md; writes the candidate into its folder), or replay:DIR (recorded runs); default: ${DEFAULT-VALUE}")
  String solver;

  @Option(names = "--solver-timeout", defaultValue = "1800", paramLabel = "SECONDS",
      description = "the time a command solver may take per answer; default: ${DEFAULT-VALUE}")
  long solverTimeout;

  @Option(names = "--executor", defaultValue = "local", paramLabel = "EXECUTOR",
      description = "local (a fresh copy of the workspace, limits, no secrets) or replay:DIR; default: ${DEFAULT-VALUE}")
  String executor;

  @Option(names = "--sandbox", defaultValue = "auto", paramLabel = "MODE",
      description = "local executor: auto (bubblewrap when it works here, else detection only), bubblewrap (or refuse),"
          + " none (detection only); default: ${DEFAULT-VALUE}")
  LocalSettings.Sandbox sandbox;

  @Option(names = "--pass-env", paramLabel = "NAME",
      description = "local executor: a further environment variable the candidate may see (repeatable)")
  List<String> passEnv = new ArrayList<>();

  @Option(names = "--curator", paramLabel = "CURATOR",
      description = "offline, model, model:NAME or replay:DIR; default: model (sonnet), or offline with --offline")
  String curator;

  @Option(names = "--offline", description = "curate with the offline rules (no model, no key); same as --curator offline")
  boolean offline;

  @Option(names = "--bank", paramLabel = "URL",
      description = "the bank failures are added to and the bank condition consults; default: RUNDIR/bank.db"
          + " (not $NK_BANK: a run adds many records; share a bank by naming it)")
  String bank;

  @Option(names = "--jobs", defaultValue = "1", paramLabel = "N", description = "tasks in parallel; default: ${DEFAULT-VALUE}")
  int jobs;

  @Option(names = "--resume", description = "continue the run in --out: complete attempts are kept, the rest made")
  boolean resume;

  @Option(names = "--budget", defaultValue = "1500", paramLabel = "TOKENS",
      description = "the memory block's token budget of a bank consultation; default: ${DEFAULT-VALUE}")
  int budget;

  @Option(names = "--selfdebug-cap", defaultValue = "0", paramLabel = "BYTES",
      description = "show each raw artifact of selfdebug cut to this many bytes (head and tail); 0: whole, as the"
          + " paper; default: ${DEFAULT-VALUE}")
  long selfDebugCap;

  @Mixin ReportOutput output;

  @Override
  public Integer call() {
    LoopSpec loopSpec = loopSpec();
    ProgressBar bar = new ProgressBar(spec.commandLine().getErr(), System.console() != null);
    LoopReport report;
    try {
      report = Loop.run(loopSpec, bar);
    } finally {
      bar.finish();
    }
    output.print(report, spec.commandLine().getOut());
    return ReportOutput.exitCode(report);
  }

  private LoopSpec loopSpec() {
    if (offline && curator != null && !curator.equals("offline")) {
      throw new ParameterException(spec.commandLine(), "--offline and --curator " + curator + " contradict each other");
    }
    try {
      List<ConditionPlan> plans = ConditionPlan.parseList(conditions, rounds);
      SolverChoice s = SolverChoice.parse(solver);
      if (s instanceof SolverChoice.Command c) {
        s = new SolverChoice.Command(c.command(), Duration.ofSeconds(solverTimeout), c.environment());
      }
      ExecutorChoice e = ExecutorChoice.parse(executor);
      if (e instanceof ExecutorChoice.Local l) {
        e = new ExecutorChoice.Local(l.settings().withSandbox(sandbox).withPassEnv(passEnv));
      }
      CuratorChoice c = CuratorChoice.parse(offline ? "offline" : curator == null ? "model" : curator);
      return LoopSpec.of(tasks, out).withConditions(plans).withSolver(s).withExecutor(e).withCurator(c)
          .withBank(bank).withJobs(jobs).withResume(resume).withTokenBudget(budget).withSelfDebugCap(selfDebugCap);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }
}
