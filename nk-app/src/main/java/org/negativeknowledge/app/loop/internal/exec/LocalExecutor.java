package org.negativeknowledge.app.loop.internal.exec;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.UUID;
import org.negativeknowledge.app.loop.CandidateExecutor;
import org.negativeknowledge.app.loop.Execution;
import org.negativeknowledge.app.loop.ExecutionRequest;
import org.negativeknowledge.app.loop.LocalSettings;
import org.negativeknowledge.app.loop.LoopException;
import org.negativeknowledge.app.loop.LoopTask;
import org.negativeknowledge.app.loop.Verdict;
import org.negativeknowledge.app.loop.internal.files.TextFiles;

/**
 * Runs a candidate on this machine: a fresh copy of the task's workspace, the candidate files
 * written into it, the run command as a child process with the task's time and memory limits, capped
 * output, a process limit, no inherited secrets, the whole process tree killed when a limit is hit
 * and when the candidate exits leaving processes behind; then, after a clean exit, the evaluator in
 * the same workspace. Writes outside the workspace are refused under bubblewrap, and otherwise
 * detected in the guarded folders. Thread-safe.
 */
public final class LocalExecutor implements CandidateExecutor {
  private final LocalSettings settings;
  private final Launcher launcher;

  private LocalExecutor(LocalSettings settings, Launcher launcher) {
    this.settings = settings;
    this.launcher = launcher;
  }

  /**
   * An executor with {@code settings}; checks once whether bubblewrap works here.
   *
   * @throws org.negativeknowledge.app.loop.SandboxUnavailableException when bubblewrap is required
   *     and does not work
   */
  public static LocalExecutor create(LocalSettings settings) {
    String path = settings.environment().getOrDefault("PATH", "/usr/local/bin:/usr/bin:/bin");
    return new LocalExecutor(settings, Launcher.detect(settings.sandbox(), path));
  }

  /** Whether writes outside the workspace are prevented (bubblewrap) rather than only detected. */
  public boolean sandboxed() {
    return launcher.sandboxed();
  }

  @Override
  public String describe() {
    return launcher.protection();
  }

  @Override
  public Execution execute(ExecutionRequest request) {
    LoopTask task = request.task();
    if (!task.runnable()) {
      throw new LoopException("task " + task.id() + " (" + task.source() + ") has no run and evaluate commands,"
          + " so it cannot run here: replay it (--executor replay:DIR) or describe it in a task.json with run and"
          + " evaluate (nk schema --shape task)");
    }
    Path ws = Workspace.prepare(task, request.attemptDir(), request.files());
    List<Path> guarded = new ArrayList<>(request.guarded());
    WriteWatch watch = WriteWatch.start(guarded, ws);
    String marker = UUID.randomUUID().toString();
    ChildEnvironment env = ChildEnvironment.of(settings.environment(), settings.passEnv(), ws, marker);
    String runCommand = Placeholders.fill(task.run().orElseThrow(), task, ws);
    ProcessRun.Result run = ProcessRun.run(
        launcher.argv(runCommand, ws, guarded, List.of(task.taskDir()), task.network(), addressLimit(task),
            settings.fileSizeLimitBytes()),
        ws, env.variables(), marker, limits(task, task.timeLimit()));
    List<String> outside = watch.changes();
    List<String> notes = new ArrayList<>();
    notes.add("command: " + runCommand);
    notes.add("limits: time " + ProcessRun.seconds(task.timeLimit()) + ", memory " + task.memoryLimitMb()
        + " MiB (resident memory of the process tree; " + launcher.perProcessLimits() + "), output "
        + ProcessRun.mib(settings.outputLimitBytes()) + " per stream (exec.log keeps the first and last "
        + (settings.keptOutputBytes() >> 10) + " KiB of each), " + settings.maxProcesses() + " processes");
    notes.add("protection: " + launcher.protection());
    notes.add(env.describe());
    for (String s : run.stopLines()) {
      notes.add("stopped: " + s);
    }
    notes.add("process tree: at most " + run.largestTree() + " processes at once (the launcher's included)");
    if (run.leftovers() > 0) {
      notes.add("leftover processes: " + run.leftovers() + " still running after the candidate exited, killed");
    } else if (launcher.sandboxed()) {
      notes.add("leftover processes: none can outlive the run (they end with the sandbox's process namespace)");
    }
    notes.add(outside.isEmpty() ? "outside writes: none seen (" + watch.describe() + ")"
        : "outside writes: " + outside.size() + " change(s) outside the workspace: " + String.join("; ", outside));
    TextFiles.writeAtomically(request.attemptDir().resolve("exec.log"), ExecLog.text(run, notes));
    Verdict verdict;
    Duration evalTime = Duration.ZERO;
    if (run.exitCode() != 0 || !run.stops().isEmpty()) {
      verdict = Verdict.notRun("not judged: the candidate " + (run.stops().isEmpty()
          ? "exited with code " + run.exitCode() : "was stopped (" + String.join(", ", run.stops()) + ")"));
    } else if (!outside.isEmpty()) {
      verdict = Verdict.notRun("not judged: the candidate wrote outside its workspace");
    } else {
      ProcessRun.Result eval = evaluate(task, ws, guarded, marker, env);
      verdict = VerdictLine.parse(eval.stdout(), eval.exitCode());
      evalTime = eval.duration();
      List<String> evalNotes = new ArrayList<>();
      evalNotes.add("command: " + Placeholders.fill(task.evaluate().orElseThrow(), task, ws));
      for (String s : eval.stopLines()) {
        evalNotes.add("stopped: " + s);
      }
      evalNotes.add("verdict: " + VerdictLine.logLine(verdict));
      TextFiles.writeAtomically(request.attemptDir().resolve("eval.log"), ExecLog.evalText(eval, verdict, evalNotes));
    }
    return new Execution(OptionalInt.of(run.exitCode()), run.duration(), verdict, evalTime, run.stops(),
        outside, run.leftovers(), launcher.protection());
  }

  private ProcessRun.Result evaluate(LoopTask task, Path ws, List<Path> guarded, String marker, ChildEnvironment env) {
    String cmd = Placeholders.fill(task.evaluate().orElseThrow(), task, ws);
    List<Path> readable = new ArrayList<>(guarded);
    if (!readable.contains(task.taskDir())) {
      readable.add(task.taskDir());
    }
    List<String> argv = launcher.argv(cmd, ws, readable, List.of(), false, addressLimit(task),
        settings.fileSizeLimitBytes());
    Map<String, String> vars = env.variables();
    return ProcessRun.run(argv, ws, vars, marker, limits(task, task.evaluateTimeLimit()));
  }

  private ProcessRun.Limits limits(LoopTask task, Duration time) {
    return new ProcessRun.Limits(time, (long) task.memoryLimitMb() << 20, settings.outputLimitBytes(),
        settings.maxProcesses(), settings.keptOutputBytes());
  }

  private static long addressLimit(LoopTask task) {
    return (long) task.memoryLimitMb() << 20;
  }
}
