package org.negativeknowledge.app.loop;

import org.negativeknowledge.app.loop.run.LoopTasks;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One task of a loop: what the solver is asked to do and, for a task that runs locally, how a
 * candidate is run and judged. Read from a {@code task.json} or a ScienceAgentBench task file by
 * {@link LoopTasks}. Immutable.
 *
 * @param id the task id (letters, digits, {@code _ . -}; it names the task's folder in a run)
 * @param instruction what the solver is asked to do
 * @param domain the task's domain (ranks same-domain bank entries higher), if given
 * @param files the files of the workspace the solver may read, relative to the workspace
 * @param workspace the folder copied fresh for every run of a candidate, if the task has one
 * @param candidate the file the solver writes, relative to the workspace ({@code candidate.py})
 * @param run the shell command that runs a candidate in its workspace, if the task can run
 *     locally
 * @param evaluate the shell command that judges the workspace after a clean run and prints {@code
 *     {"status": "pass"|"fail", "score": ..., "message": ...}} as its last line, if the task can
 *     run locally
 * @param timeLimit the wall-clock limit of one run of the candidate
 * @param memoryLimitMb the memory limit of one run, in MiB (address space of each process and
 *     resident memory of the whole process tree)
 * @param evaluateTimeLimit the wall-clock limit of one run of the evaluator
 * @param network whether the candidate may use the network (honoured where a sandbox can cut it)
 * @param taskDir the task's folder ({@code {task_dir}} in the commands)
 * @param source the file the task was read from
 */
public record LoopTask(
    String id,
    String instruction,
    Optional<String> domain,
    List<String> files,
    Optional<Path> workspace,
    String candidate,
    Optional<String> run,
    Optional<String> evaluate,
    Duration timeLimit,
    int memoryLimitMb,
    Duration evaluateTimeLimit,
    boolean network,
    Path taskDir,
    Path source) {

  /** The candidate file name when a task names none. */
  public static final String DEFAULT_CANDIDATE = "candidate.py";

  public LoopTask {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(instruction, "instruction");
    Objects.requireNonNull(domain, "domain");
    files = List.copyOf(files);
    Objects.requireNonNull(workspace, "workspace");
    Objects.requireNonNull(candidate, "candidate");
    Objects.requireNonNull(run, "run");
    Objects.requireNonNull(evaluate, "evaluate");
    Objects.requireNonNull(timeLimit, "timeLimit");
    Objects.requireNonNull(evaluateTimeLimit, "evaluateTimeLimit");
    Objects.requireNonNull(taskDir, "taskDir");
    Objects.requireNonNull(source, "source");
  }

  /** Whether the task says how to run and judge a candidate (a local executor needs both). */
  public boolean runnable() {
    return run.isPresent() && evaluate.isPresent();
  }

  /** The candidate's file extension with its dot ({@code .py}), or empty when it has none. */
  public String candidateExtension() {
    String name = Path.of(candidate).getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(dot) : "";
  }
}
