package org.negativeknowledge.app.loop.internal;

import org.negativeknowledge.app.loop.internal.files.JsonFiles;
import org.negativeknowledge.app.loop.internal.files.TextFiles;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.negativeknowledge.app.loop.AttemptStatus;
import org.negativeknowledge.app.loop.Execution;
import org.negativeknowledge.app.loop.ExecutionRequest;
import org.negativeknowledge.app.loop.LoopTask;
import org.negativeknowledge.app.loop.Memory;
import org.negativeknowledge.app.loop.NotRecordedException;
import org.negativeknowledge.app.loop.ShownEntry;
import org.negativeknowledge.app.loop.SolverAnswer;
import org.negativeknowledge.app.loop.SolverRequest;
import org.negativeknowledge.app.loop.TokenUse;
import org.negativeknowledge.app.loop.internal.exec.Workspace;
import org.negativeknowledge.curator.ArtifactReader;
import org.negativeknowledge.record.NkJson;

/**
 * One attempt, start to end: the memory its condition shows, the prompt, the solver's answer, the
 * run and verdict, the bank's ledger for a bank attempt, the curation of a failure; its folder holds
 * every file of it and, last, {@code attempt.json}.
 */
final class AttemptRunner {
  /**
   * An earlier attempt of the same chain.
   *
   * @param step the attempt
   * @param dir its folder
   * @param record its record
   */
  record Prior(Step step, Path dir, AttemptRecord record) {}

  private final RunContext ctx;
  private final LoopTask task;
  private final Step step;
  private final Path dir;
  private final Instant started = Instant.now();
  private final List<AttemptRecord.Curation> curations = new ArrayList<>();
  private Memory memory = Memory.none();
  private SolverAnswer answer;

  private AttemptRunner(RunContext ctx, LoopTask task, Step step) {
    this.ctx = ctx;
    this.task = task;
    this.step = step;
    this.dir = ctx.layout().attemptDir(task.id(), step.key());
  }

  /** Makes the attempt {@code step} after the chain's earlier attempts {@code chain}. */
  static AttemptRecord run(RunContext ctx, LoopTask task, Step step, List<Prior> chain) {
    return new AttemptRunner(ctx, task, step).run(chain);
  }

  private AttemptRecord run(List<Prior> chain) {
    // A bank attempt consults afresh, and the bank may show other entries now: its old answer does not fit.
    Optional<SolverAnswer> saved = prepareFolder().filter(a -> step.memory() != Step.Rule.BANK);
    Optional<ObjectNode> prior = Optional.empty();
    LoopBank.Consulted consulted = null;
    switch (step.memory()) {
      case NONE -> { }
      case RECORD_OF_PREVIOUS -> {
        Prior p = chain.get(chain.size() - 1);
        Path f = p.dir().resolve(Curations.FAILURE_RECORD);
        if (!Files.isRegularFile(f)) {
          return stopped(noRecordStatus(p.record()), "no record of the failure of " + p.step().key() + " to show: "
              + failureCurationMessage(p.record()));
        }
        memory = MemoryBuilder.record(Memory.Kind.RECORD, f);
        prior = Optional.of(NkJson.parseObject(memory.text()));
      }
      case RAW_OF_PREVIOUS -> memory = MemoryBuilder.raw(chain.get(chain.size() - 1).dir(),
          "candidate" + task.candidateExtension(), ctx.selfDebugCapBytes());
      case DEEP_OF_ALL -> {
        Curations.Outcome o = Curations.deep(ctx, task, step.key(), chain.stream().map(p -> p.step().key()).toList(),
            chain.stream().map(Prior::dir).toList(), dir);
        curations.add(o.summary());
        if (o.record().isEmpty()) {
          return stopped(o.summary().outcome().equals("not_recorded") ? AttemptStatus.NOT_RECORDED : AttemptStatus.ERROR,
              "no deep record to show: " + o.summary().message());
        }
        memory = MemoryBuilder.record(Memory.Kind.DEEP_RECORD, dir.resolve(Curations.MEMORY_RECORD));
      }
      case BANK -> {
        try {
          consulted = ctx.bank().consult(task, consultContext(), ctx.tokenBudget());
        } catch (RuntimeException e) {
          return stopped(AttemptStatus.ERROR, "the bank consultation failed: " + e.getMessage());
        }
        memory = MemoryBuilder.bank(consulted.memory());
      }
      default -> throw new IllegalStateException("memory rule " + step.memory());
    }
    List<ShownEntry> shown = consulted == null ? List.of() : consulted.shown();
    if (memory.present()) {
      TextFiles.writeAtomically(dir.resolve("memory.md"), memory.text());
    }
    String prompt = PromptBuilder.build(task, memory, shown);
    TextFiles.writeAtomically(dir.resolve("prompt.md"), prompt);
    try {
      answer = saved.isPresent() ? saved.get() : solve(prompt, shown);
    } catch (NotRecordedException e) {
      return stopped(AttemptStatus.NOT_RECORDED, e.getMessage());
    } catch (RuntimeException e) {
      return stopped(AttemptStatus.ERROR, "the solver failed: " + e.getMessage());
    }
    String sha = writeCandidate();
    BankLedger ledger = null;
    if (consulted != null) {
      try {
        ledger = BankLedger.propose(ctx.bank(), consulted, answer, task, step);
      } catch (RuntimeException e) {
        return stopped(AttemptStatus.ERROR, "the ledger refused the decisions or the proposal: " + e.getMessage());
      }
    }
    Execution execution;
    try {
      execution = ctx.executor().execute(new ExecutionRequest(task, step.key(), dir, answer.files(),
          List.of(task.taskDir(), ctx.layout().taskDir(task.id()))));
    } catch (NotRecordedException e) {
      if (ledger != null) {
        ledger.close(false, null, "no recorded execution");
      }
      return stopped(AttemptStatus.NOT_RECORDED, e.getMessage());
    } catch (RuntimeException e) {
      if (ledger != null) {
        ledger.close(false, null, "the candidate could not be run: " + e.getMessage());
      }
      return stopped(AttemptStatus.ERROR, "the executor failed: " + e.getMessage());
    }
    boolean passed = execution.passed();
    Optional<AttemptRecord.BankUse> bankUse = Optional.empty();
    if (ledger != null) {
      bankUse = Optional.of(ledger.close(passed, execution, execution.verdict().message()));
    }
    if (!passed) {
      curations.add(Curations.failure(ctx, task, step.key(), dir, prior).summary());
    }
    AttemptRecord.Run run = new AttemptRecord.Run(execution.exitCode(), execution.runTime().toMillis(),
        execution.evaluateTime().toMillis(), execution.verdict().status().wireName(), execution.verdict().score(),
        execution.stops(), execution.outsideWrites(), execution.leftoverProcesses(), sha);
    return finish(passed ? AttemptStatus.PASSED : AttemptStatus.FAILED, message(execution), Optional.of(run), bankUse);
  }

  private SolverAnswer solve(String prompt, List<ShownEntry> shown) {
    Path solverDir = dir.resolve("solver");
    try {
      Workspace.delete(solverDir);
      Files.createDirectories(solverDir);
      for (String f : task.files()) {
        Path target = Workspace.inside(solverDir, f, task);
        Files.createDirectories(target.getParent());
        Files.copy(task.workspace().orElseThrow().resolve(f), target);
      }
      SolverAnswer a = ctx.solver().solve(new SolverRequest(task, step.key(), step.owner(), step.round(), prompt, memory,
          shown, solverDir));
      AnswerJson.write(dir, a);
      Workspace.delete(solverDir);
      return a;
    } catch (IOException e) {
      throw new UncheckedIOException(solverDir + ": cannot prepare the solver's folder: " + e.getMessage(), e);
    }
  }

  private String writeCandidate() {
    String sha = "";
    for (Map.Entry<String, String> f : answer.files().entrySet()) {
      boolean main = f.getKey().equals(task.candidate());
      Path target = main ? dir.resolve("candidate" + task.candidateExtension())
          : Workspace.inside(dir.resolve("files"), f.getKey(), task);
      TextFiles.writeAtomically(target, f.getValue());
      if (main) {
        sha = sha256(f.getValue());
      }
    }
    String notes = answer.reasoning().isBlank() ? "(the solver gave no notes)\n" : answer.reasoning();
    TextFiles.writeAtomically(dir.resolve("reasoning.md"),
        answer.plan().isBlank() ? notes : "Plan: " + answer.plan().strip() + "\n\n" + notes);
    return sha;
  }

  private Optional<SolverAnswer> prepareFolder() {
    try {
      Optional<SolverAnswer> saved = AnswerJson.read(dir);
      Workspace.delete(dir);
      Files.createDirectories(dir);
      saved.ifPresent(a -> AnswerJson.write(dir, a));
      return saved;
    } catch (IOException e) {
      throw new UncheckedIOException(dir + ": cannot prepare the attempt's folder: " + e.getMessage(), e);
    }
  }

  private String consultContext() {
    String inst = task.instruction().strip();
    return inst.length() > 2000 ? inst.substring(0, 2000) : inst;
  }

  private AttemptRecord stopped(AttemptStatus status, String message) {
    return finish(status, message, Optional.empty(), Optional.empty());
  }

  private AttemptRecord finish(AttemptStatus status, String message, Optional<AttemptRecord.Run> run,
      Optional<AttemptRecord.BankUse> bank) {
    TokenUse tokens = answer == null ? TokenUse.unknown() : answer.tokens();
    AttemptRecord r = new AttemptRecord(task.id(), step.key(), step.owner(), step.round(), status, message, started,
        Instant.now(), memory.kind().wireName(), memory.bytes(), memory.tokens(), memory.complete(), tokens,
        answer == null ? 0 : answer.duration().toMillis(), answer == null ? "" : answer.plan(), run, bank, curations);
    JsonFiles.write(dir.resolve(AttemptJson.FILE), AttemptJson.toJson(r));
    return r;
  }

  private static String message(Execution e) {
    if (!e.outsideWrites().isEmpty()) {
      return "wrote outside its workspace: " + String.join("; ", e.outsideWrites());
    }
    if (!e.stops().isEmpty()) {
      return "stopped: " + String.join(", ", e.stops());
    }
    return e.verdict().message();
  }

  private static AttemptStatus noRecordStatus(AttemptRecord previous) {
    return previous.curations().stream().anyMatch(c -> c.role().equals("failure") && c.outcome().equals("not_recorded"))
        ? AttemptStatus.NOT_RECORDED : AttemptStatus.ERROR;
  }

  private static String failureCurationMessage(AttemptRecord previous) {
    return previous.curations().stream().filter(c -> c.role().equals("failure")).map(AttemptRecord.Curation::message)
        .findFirst().orElse("it was not curated");
  }

  static String sha256(String text) {
    return ArtifactReader.sha256(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
