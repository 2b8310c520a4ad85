package org.negativeknowledge.curator.llm;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.negativeknowledge.curator.ArtifactBudgets;
import org.negativeknowledge.curator.FailureArtifacts;
import org.negativeknowledge.curator.TaskContext;
import org.negativeknowledge.curator.prompt.PromptKind;

/** What one curation is about: the kind, the task, the rounds' inputs and, for round 2, the prior record. */
record CurationJob(
    PromptKind kind,
    TaskContext task,
    List<FailureArtifacts> rounds,
    Optional<ObjectNode> priorRecord,
    List<JobInput> inputs) {

  /** Deep jobs share the budget among rounds: each round gets at most 1.5/N of a single round's. */
  static double deepBudgetFactor(int rounds) {
    return Math.min(1.0, 1.5 / rounds);
  }

  static CurationJob depth1(TaskContext task, FailureArtifacts round, ArtifactBudgets budgets) {
    return new CurationJob(
        PromptKind.DEPTH1, task, List.of(round), Optional.empty(), inputs("round1_", "", round, budgets));
  }

  static CurationJob round2(
      TaskContext task, ObjectNode prior, FailureArtifacts round, ArtifactBudgets budgets) {
    return new CurationJob(
        PromptKind.ROUND2, task, List.of(round), Optional.of(prior), inputs("round2_", "", round, budgets));
  }

  static CurationJob deep(TaskContext task, List<FailureArtifacts> rounds, ArtifactBudgets budgets) {
    ArtifactBudgets scaled = budgets.scaled(deepBudgetFactor(rounds.size()));
    List<JobInput> all = new ArrayList<>();
    for (int i = 0; i < rounds.size(); i++) {
      all.addAll(inputs("r" + (i + 1) + "_", "Round " + (i + 1) + " ", rounds.get(i), scaled));
    }
    return new CurationJob(PromptKind.DEEP, task, List.copyOf(rounds), Optional.empty(), List.copyOf(all));
  }

  private static List<JobInput> inputs(
      String prefix, String labelPrefix, FailureArtifacts r, ArtifactBudgets b) {
    List<JobInput> list = new ArrayList<>();
    list.add(new JobInput(prefix + "candidate", labelPrefix + "code", r.code(), true, b.codeChars()));
    list.add(new JobInput(prefix + "exec_log", labelPrefix + "execution log", r.execLog(), true, b.execLogChars()));
    Path evalPath = r.evalLog().orElse(r.execLog().resolveSibling(FailureArtifacts.EVAL_LOG));
    list.add(
        new JobInput(
            prefix + "eval_log",
            labelPrefix + "evaluator log",
            evalPath,
            r.evalLog().isPresent(),
            b.evalLogChars()));
    list.add(new JobInput(prefix + "reasoning", labelPrefix + "reasoning notes", r.reasoning(), true, b.reasoningChars()));
    int k = 1;
    for (Path extra : r.extraFiles()) {
      list.add(new JobInput(prefix + "extra_" + k, labelPrefix + "extra file " + k, extra, true, b.extraChars()));
      k++;
    }
    return list;
  }

  /** The files a tools-mode model may read. */
  List<Path> readableFiles() {
    return inputs.stream().filter(JobInput::present).map(JobInput::location).toList();
  }

  /** The directory relative tool paths resolve against: the first round's. */
  Path baseDir() {
    Path parent = rounds.get(0).execLog().toAbsolutePath().getParent();
    return parent == null ? Path.of("").toAbsolutePath() : parent;
  }
}
