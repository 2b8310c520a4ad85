package org.negativeknowledge.app.loop.internal;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.negativeknowledge.app.loop.CandidateExecutor;
import org.negativeknowledge.app.loop.CuratorChoice;
import org.negativeknowledge.app.loop.ExecutorChoice;
import org.negativeknowledge.app.loop.LoopCurator;
import org.negativeknowledge.app.loop.LoopException;
import org.negativeknowledge.app.loop.LoopSpec;
import org.negativeknowledge.app.loop.Solver;
import org.negativeknowledge.app.loop.SolverChoice;
import org.negativeknowledge.app.loop.internal.curate.DomainCurator;
import org.negativeknowledge.app.loop.internal.exec.LocalExecutor;
import org.negativeknowledge.app.loop.internal.replay.PaperRecording;
import org.negativeknowledge.app.loop.internal.replay.ReplayCurator;
import org.negativeknowledge.app.loop.internal.replay.ReplayExecutor;
import org.negativeknowledge.app.loop.internal.replay.ReplaySolver;
import org.negativeknowledge.app.loop.internal.solver.CommandSolver;
import org.negativeknowledge.app.loop.internal.solver.ModelSolver;
import org.negativeknowledge.curator.anthropic.AnthropicModelClient;
import org.negativeknowledge.curator.anthropic.AnthropicSettings;

/** The solver, executor, curator and bank a spec names, opened together and closed together. */
final class Components implements AutoCloseable {
  /** Output tokens a solver answer may use: a whole program fits. */
  static final int SOLVER_MAX_TOKENS = 16_000;

  final Solver solver;
  final CandidateExecutor executor;
  final LoopCurator curator;
  final LoopBank bank;

  private Components(Solver solver, CandidateExecutor executor, LoopCurator curator, LoopBank bank) {
    this.solver = solver;
    this.executor = executor;
    this.curator = curator;
    this.bank = bank;
  }

  static Components open(LoopSpec spec) {
    Map<Path, PaperRecording> recordings = new HashMap<>();
    Solver solver = null;
    CandidateExecutor executor = null;
    LoopCurator curator = null;
    try {
      solver = solver(spec.solver(), recordings);
      executor = executor(spec.executor(), recordings);
      curator = curator(spec.curator(), recordings);
      LoopBank bank = LedgerLoopBank.open(spec.bankUrl());
      return new Components(solver, executor, curator, bank);
    } catch (RuntimeException e) {
      closeQuietly(solver, executor, curator);
      throw e;
    }
  }

  private static Solver solver(SolverChoice c, Map<Path, PaperRecording> recordings) {
    if (c instanceof SolverChoice.Model m) {
      return new ModelSolver(AnthropicModelClient.create(
          AnthropicSettings.fromEnv(m.environment()).withModel(m.model()).withMaxTokens(SOLVER_MAX_TOKENS)));
    }
    if (c instanceof SolverChoice.Command cmd) {
      return new CommandSolver(cmd.command(), cmd.timeout(), cmd.environment());
    }
    if (c instanceof SolverChoice.Replay r) {
      return new ReplaySolver(recording(r.dir(), recordings));
    }
    return ((SolverChoice.Custom) c).solver();
  }

  private static CandidateExecutor executor(ExecutorChoice c, Map<Path, PaperRecording> recordings) {
    if (c instanceof ExecutorChoice.Local l) {
      return LocalExecutor.create(l.settings());
    }
    if (c instanceof ExecutorChoice.Replay r) {
      return new ReplayExecutor(recording(r.dir(), recordings));
    }
    return ((ExecutorChoice.Custom) c).executor();
  }

  private static LoopCurator curator(CuratorChoice c, Map<Path, PaperRecording> recordings) {
    if (c instanceof CuratorChoice.Built b) {
      return new DomainCurator(b.choice());
    }
    if (c instanceof CuratorChoice.Replay r) {
      return new ReplayCurator(recording(r.dir(), recordings));
    }
    return ((CuratorChoice.Custom) c).curator();
  }

  private static PaperRecording recording(Path dir, Map<Path, PaperRecording> open) {
    return open.computeIfAbsent(dir.toAbsolutePath().normalize(), PaperRecording::open);
  }

  @Override
  public void close() {
    closeQuietly(solver, executor, curator);
    bank.close();
  }

  private static void closeQuietly(AutoCloseable... all) {
    LoopException first = null;
    for (AutoCloseable c : all) {
      if (c == null) {
        continue;
      }
      try {
        c.close();
      } catch (Exception e) {
        if (first == null) {
          first = new LoopException("closing " + c + " failed: " + e.getMessage(), e);
        }
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
