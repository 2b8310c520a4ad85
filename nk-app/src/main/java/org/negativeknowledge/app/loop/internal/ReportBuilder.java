package org.negativeknowledge.app.loop.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import org.negativeknowledge.app.loop.AttemptStatus;
import org.negativeknowledge.app.loop.ConditionPlan;
import org.negativeknowledge.app.loop.ConditionSummary;
import org.negativeknowledge.app.loop.Distribution;
import org.negativeknowledge.app.loop.LoopReport;
import org.negativeknowledge.app.loop.RoundSummary;

/** The report of a run, from its records alone. */
public final class ReportBuilder {
  private ReportBuilder() {}

  public static LoopReport build(RunRecords records) {
    RunManifest m = records.manifest();
    List<ConditionSummary> rows = new ArrayList<>();
    Set<String> cumulative = new HashSet<>();
    Set<String> incomplete = new LinkedHashSet<>();
    List<String> problems = new ArrayList<>(records.unreadable());
    for (ConditionPlan plan : m.conditions()) {
      List<AttemptRecord> own = new ArrayList<>();
      int passed = 0;
      for (String task : m.tasks()) {
        RunRecords.Chain chain = records.chain(task, plan);
        if (!chain.complete()) {
          incomplete.add(task);
        }
        if (chain.passed()) {
          passed++;
          cumulative.add(task);
        }
        String prefix = plan.condition().wireName() + "/";
        chain.attempts().stream().filter(a -> a.step().startsWith(prefix)).forEach(own::add);
      }
      rows.add(row(plan, m.tasks().size(), passed, cumulative.size(), own));
    }
    for (String task : m.tasks()) {
      records.taskError(task).ifPresent(e -> problems.add("task " + task + " stopped: " + e));
      for (AttemptRecord a : records.attempts(task)) {
        if (a.status() == AttemptStatus.ERROR) {
          problems.add("task " + task + " " + a.step() + ": " + a.message());
        }
      }
    }
    return new LoopReport(records.layout().root(), m.tasks(), rows, m.solver(), m.executor(), m.curator(),
        m.protection(), problems, List.copyOf(incomplete));
  }

  private static ConditionSummary row(ConditionPlan plan, int tasks, int passed, int cumulative, List<AttemptRecord> own) {
    List<AttemptRecord> ran = own.stream().filter(ReportBuilder::ran).toList();
    List<RoundSummary> perRound = new ArrayList<>();
    for (int r = 1; r <= plan.rounds(); r++) {
      int round = r;
      List<AttemptRecord> inRound = ran.stream().filter(a -> a.round() == round).toList();
      if (inRound.isEmpty()) {
        continue;
      }
      perRound.add(new RoundSummary(round, inRound.get(0).step(), inRound.size(),
          (int) inRound.stream().filter(AttemptRecord::passed).count(), memory(inRound, AttemptRecord::memoryBytes),
          memory(inRound, a -> a.memoryTokens()), solver(inRound)));
    }
    List<Long> curator = new ArrayList<>();
    for (AttemptRecord a : own) {
      for (AttemptRecord.Curation c : a.curations()) {
        if (c.outcome().equals("written") && c.tokens().total().isPresent() && c.tokens().total().getAsLong() > 0) {
          curator.add(c.tokens().total().getAsLong());
        }
      }
    }
    return new ConditionSummary(plan.condition(), plan.rounds(), tasks, passed, cumulative, ran.size(),
        count(own, a -> a.status() == AttemptStatus.NOT_RECORDED), count(own, a -> a.status() == AttemptStatus.ERROR),
        count(ran, a -> !a.memoryComplete()),
        memory(ran, AttemptRecord::memoryBytes), memory(ran, a -> a.memoryTokens()), solver(ran), Distribution.of(curator),
        Distribution.of(ran.stream().map(a -> a.solverMillis() + a.execution().map(e -> e.runMillis() + e.evalMillis())
            .orElse(0L)).toList()), perRound);
  }

  private static boolean ran(AttemptRecord a) {
    return a.status() == AttemptStatus.PASSED || a.status() == AttemptStatus.FAILED;
  }

  private static Distribution memory(List<AttemptRecord> attempts, ToLongFunction<AttemptRecord> f) {
    return Distribution.of(attempts.stream().filter(a -> !a.memoryKind().equals("none") && a.memoryComplete())
        .map(a -> f.applyAsLong(a)).toList());
  }

  /** The paper skips dispatches whose token count is missing or zero. */
  private static Distribution solver(List<AttemptRecord> attempts) {
    return Distribution.of(attempts.stream().filter(a -> a.solverTokens().total().isPresent()
        && a.solverTokens().total().getAsLong() > 0).map(a -> a.solverTokens().total().getAsLong()).toList());
  }

  private static int count(List<AttemptRecord> l, Predicate<AttemptRecord> p) {
    return (int) l.stream().filter(p).count();
  }
}
