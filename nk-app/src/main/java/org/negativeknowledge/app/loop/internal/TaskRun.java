package org.negativeknowledge.app.loop.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.negativeknowledge.app.loop.AttemptStatus;
import org.negativeknowledge.app.loop.Condition;
import org.negativeknowledge.app.loop.ConditionPlan;
import org.negativeknowledge.app.loop.LoopException;
import org.negativeknowledge.app.loop.LoopTask;

/**
 * Every condition's chain at one task: the bank chain first (so it sees what other tasks taught the
 * bank, not this task's other attempts), then the others in the order given. An attempt shared by
 * several chains is made once; a chain stops at its first attempt that passes, errs or has no
 * recording. In a resumed run, complete attempts are read back, and attempts that ended in an error
 * are made again.
 */
final class TaskRun {
  private final RunContext ctx;
  private final LoopTask task;
  private final List<ConditionPlan> plans;
  private final Map<String, AttemptRunner.Prior> made = new HashMap<>();

  TaskRun(RunContext ctx, LoopTask task, List<ConditionPlan> plans) {
    this.ctx = ctx;
    this.task = task;
    this.plans = plans;
  }

  /** Runs every chain. */
  void run() {
    List<ConditionPlan> ordered = new ArrayList<>();
    plans.stream().filter(p -> p.condition() == Condition.BANK).forEach(ordered::add);
    plans.stream().filter(p -> p.condition() != Condition.BANK).forEach(ordered::add);
    for (ConditionPlan plan : ordered) {
      List<AttemptRunner.Prior> chain = new ArrayList<>();
      for (Step step : Step.chain(plan)) {
        AttemptRunner.Prior p = made.get(step.key());
        if (p == null) {
          p = new AttemptRunner.Prior(step, ctx.layout().attemptDir(task.id(), step.key()), attempt(step, chain));
          made.put(step.key(), p);
          ctx.listener().attempt(task.id(), step.key(), p.record().status());
        }
        chain.add(p);
        if (p.record().status() != AttemptStatus.FAILED) {
          break;
        }
      }
    }
  }

  private AttemptRecord attempt(Step step, List<AttemptRunner.Prior> chain) {
    Path file = ctx.layout().attemptDir(task.id(), step.key()).resolve(AttemptJson.FILE);
    if (Files.isRegularFile(file)) {
      try {
        AttemptRecord done = AttemptJson.read(file);
        if (done.status() != AttemptStatus.ERROR) {
          return done;
        }
      } catch (LoopException incomplete) {
        // an unreadable record is an unfinished attempt: make it again
      }
    }
    return AttemptRunner.run(ctx, task, step, List.copyOf(chain));
  }

  /** Whether every attempt of the task's chains is complete (for a resumed run's progress). */
  static boolean complete(RunLayout layout, LoopTask task, List<ConditionPlan> plans) {
    for (ConditionPlan plan : plans) {
      for (Step step : Step.chain(plan)) {
        Path f = layout.attemptDir(task.id(), step.key()).resolve(AttemptJson.FILE);
        if (!Files.isRegularFile(f)) {
          return false;
        }
        AttemptRecord r;
        try {
          r = AttemptJson.read(f);
        } catch (LoopException e) {
          return false;
        }
        if (r.status() == AttemptStatus.ERROR) {
          return false;
        }
        if (r.status() != AttemptStatus.FAILED) {
          break;
        }
      }
    }
    return true;
  }
}
