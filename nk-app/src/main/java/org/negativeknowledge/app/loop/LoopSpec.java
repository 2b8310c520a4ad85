package org.negativeknowledge.app.loop;

import org.negativeknowledge.app.loop.run.LoopTasks;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything a loop run needs. Immutable; start from {@link #of(List, Path)} and use the {@code
 * with...} methods.
 *
 * @param tasks task sources (see {@link LoopTasks#load(List)})
 * @param conditions the conditions, each with its rounds; a task's bank attempts run first, the
 *     others in this order
 * @param solver who writes the candidates
 * @param executor who runs and judges them
 * @param curator who turns failures into records
 * @param bank the bank URL failures are added to and the bank condition consults; empty for {@code
 *     OUT/bank.db}
 * @param out the run folder
 * @param jobs tasks run in parallel
 * @param resume whether to continue the run already in {@code out}
 * @param tokenBudget the most tokens a bank consultation's memory block may cost
 * @param selfDebugCapBytes the most bytes of each raw artifact the self-debug condition shows (head
 *     and tail kept); 0 shows them whole, as the paper did
 */
public record LoopSpec(
    List<Path> tasks, List<ConditionPlan> conditions, SolverChoice solver, ExecutorChoice executor,
    CuratorChoice curator, Optional<String> bank, Path out, int jobs, boolean resume, int tokenBudget,
    long selfDebugCapBytes) {

  /** The default conditions: the paper's section 3 with three rounds each. */
  public static final String DEFAULT_CONDITIONS = "base,retry,nk1,selfdebug,nkdeep";
  /** The default rounds per condition. */
  public static final int DEFAULT_ROUNDS = 3;
  /** The default memory-block budget of a bank consultation, in tokens. */
  public static final int DEFAULT_TOKEN_BUDGET = 1500;

  public LoopSpec {
    tasks = List.copyOf(tasks);
    conditions = List.copyOf(conditions);
    Objects.requireNonNull(solver, "solver");
    Objects.requireNonNull(executor, "executor");
    Objects.requireNonNull(curator, "curator");
    Objects.requireNonNull(bank, "bank");
    Objects.requireNonNull(out, "out");
    if (tasks.isEmpty()) {
      throw new IllegalArgumentException("no task source given");
    }
    if (conditions.isEmpty()) {
      throw new IllegalArgumentException("no condition given");
    }
    if (jobs < 1 || jobs > 256) {
      throw new IllegalArgumentException("jobs must be in 1..256, got " + jobs);
    }
    if (tokenBudget < 1) {
      throw new IllegalArgumentException("the token budget must be at least 1, got " + tokenBudget);
    }
    if (selfDebugCapBytes < 0) {
      throw new IllegalArgumentException("the self-debug cap must be >= 0 (0: none), got " + selfDebugCapBytes);
    }
  }

  /**
   * The tasks in {@code tasks}, run into {@code out}: the default conditions with three rounds, the
   * {@code sonnet} model as solver and curator, the local executor, a bank in {@code out/bank.db},
   * one task at a time.
   */
  public static LoopSpec of(List<Path> tasks, Path out) {
    return new LoopSpec(tasks, ConditionPlan.parseList(DEFAULT_CONDITIONS, DEFAULT_ROUNDS),
        new SolverChoice.Model("sonnet", System.getenv()), new ExecutorChoice.Local(LocalSettings.defaults()),
        CuratorChoice.model("sonnet", System.getenv()), Optional.empty(), out, 1, false, DEFAULT_TOKEN_BUDGET, 0);
  }

  public LoopSpec withConditions(List<ConditionPlan> c) {
    return new LoopSpec(tasks, c, solver, executor, curator, bank, out, jobs, resume, tokenBudget, selfDebugCapBytes);
  }

  public LoopSpec withSolver(SolverChoice s) {
    return new LoopSpec(tasks, conditions, s, executor, curator, bank, out, jobs, resume, tokenBudget, selfDebugCapBytes);
  }

  public LoopSpec withExecutor(ExecutorChoice e) {
    return new LoopSpec(tasks, conditions, solver, e, curator, bank, out, jobs, resume, tokenBudget, selfDebugCapBytes);
  }

  public LoopSpec withCurator(CuratorChoice c) {
    return new LoopSpec(tasks, conditions, solver, executor, c, bank, out, jobs, resume, tokenBudget, selfDebugCapBytes);
  }

  /** A copy with a bank URL; null for {@code out/bank.db}. */
  public LoopSpec withBank(String url) {
    return new LoopSpec(tasks, conditions, solver, executor, curator, Optional.ofNullable(url), out, jobs, resume,
        tokenBudget, selfDebugCapBytes);
  }

  public LoopSpec withJobs(int n) {
    return new LoopSpec(tasks, conditions, solver, executor, curator, bank, out, n, resume, tokenBudget, selfDebugCapBytes);
  }

  public LoopSpec withResume(boolean r) {
    return new LoopSpec(tasks, conditions, solver, executor, curator, bank, out, jobs, r, tokenBudget, selfDebugCapBytes);
  }

  public LoopSpec withTokenBudget(int t) {
    return new LoopSpec(tasks, conditions, solver, executor, curator, bank, out, jobs, resume, t, selfDebugCapBytes);
  }

  public LoopSpec withSelfDebugCap(long bytes) {
    return new LoopSpec(tasks, conditions, solver, executor, curator, bank, out, jobs, resume, tokenBudget, bytes);
  }

  /** The bank URL in force. */
  public String bankUrl() {
    return bank.orElse(out.resolve("bank.db").toString());
  }
}
