package org.negativeknowledge.curator.llm;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.negativeknowledge.curator.ArtifactBudgets;
import org.negativeknowledge.curator.CurationInputs;
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
    return new CurationJob(PromptKind.DEPTH1, task, List.of(round), Optional.empty(),
        inputs(PromptKind.DEPTH1, 0, "", round, budgets));
  }

  static CurationJob round2(
      TaskContext task, ObjectNode prior, FailureArtifacts round, ArtifactBudgets budgets) {
    return new CurationJob(PromptKind.ROUND2, task, List.of(round), Optional.of(prior),
        inputs(PromptKind.ROUND2, 0, "", round, budgets));
  }

  static CurationJob deep(TaskContext task, List<FailureArtifacts> rounds, ArtifactBudgets budgets) {
    ArtifactBudgets scaled = budgets.scaled(deepBudgetFactor(rounds.size()));
    List<JobInput> all = new ArrayList<>();
    for (int i = 0; i < rounds.size(); i++) {
      all.addAll(inputs(PromptKind.DEEP, i, "Round " + (i + 1) + " ", rounds.get(i), scaled));
    }
    return new CurationJob(PromptKind.DEEP, task, List.copyOf(rounds), Optional.empty(), List.copyOf(all));
  }

  private static List<JobInput> inputs(
      PromptKind kind, int index, String labelPrefix, FailureArtifacts r, ArtifactBudgets b) {
    List<JobInput> list = new ArrayList<>();
    for (CurationInputs.Named n : CurationInputs.of(CurationInputs.prefix(kind.wireName(), index), r)) {
      String role = n.role();
      String label = switch (role) {
        case "candidate" -> "code";
        case "exec_log" -> "execution log";
        case "eval_log" -> "evaluator log";
        case "reasoning" -> "reasoning notes";
        default -> role.replace("extra_", "extra file ");
      };
      int budget = switch (role) {
        case "candidate" -> b.codeChars();
        case "exec_log" -> b.execLogChars();
        case "eval_log" -> b.evalLogChars();
        case "reasoning" -> b.reasoningChars();
        default -> b.extraChars();
      };
      list.add(new JobInput(n.name(), labelPrefix + label, n.location(), n.present(), budget));
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
