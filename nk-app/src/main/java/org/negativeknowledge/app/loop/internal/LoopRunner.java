package org.negativeknowledge.app.loop.internal;

import org.negativeknowledge.app.loop.internal.files.JsonFiles;
import org.negativeknowledge.app.loop.internal.files.TextFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.negativeknowledge.app.loop.LoopException;
import org.negativeknowledge.app.loop.LoopListener;
import org.negativeknowledge.app.loop.LoopReport;
import org.negativeknowledge.app.loop.LoopSpec;
import org.negativeknowledge.app.loop.LoopTask;
import org.negativeknowledge.app.loop.report.ReportJson;
import org.negativeknowledge.app.loop.report.ReportText;

/**
 * A whole run: the tasks read, the run folder prepared (or checked, to resume), the components
 * opened, the tasks run ({@code jobs} at a time; one task's error is written to its folder and never
 * stops the others), and the derived files written from the attempt records.
 */
public final class LoopRunner {
  private LoopRunner() {}

  /** Runs {@code spec} over {@code tasks} (read from the spec's task paths). */
  public static LoopReport run(LoopSpec spec, List<LoopTask> tasks, LoopListener listener) {
    RunLayout layout = new RunLayout(spec.out());
    RunManifest.check(layout, RunManifest.of(spec, tasks, "", ""), spec.resume());
    try (Components c = Components.open(spec)) {
      RunManifest manifest = RunManifest.merge(layout, RunManifest.of(spec, tasks, c.bank.location(), c.executor.describe()));
      JsonFiles.write(layout.runJson(), manifest.toJson());
      RunContext ctx = new RunContext(layout, c.solver, c.executor, c.curator, c.bank, spec.tokenBudget(),
          spec.selfDebugCapBytes(), listener);
      int done = (int) tasks.stream().filter(t -> TaskRun.complete(layout, t, spec.conditions())).count();
      listener.started(tasks.size(), done);
      runAll(ctx, tasks, spec, listener);
    }
    RunRecords records = RunRecords.read(layout);
    writeDerived(records);
    return ReportBuilder.build(records);
  }

  /** The report of a run folder, from its records; writes nothing. */
  public static LoopReport report(RunLayout layout) {
    return ReportBuilder.build(RunRecords.read(layout));
  }

  private static void runAll(RunContext ctx, List<LoopTask> tasks, LoopSpec spec, LoopListener listener) {
    ExecutorService pool = Executors.newFixedThreadPool(spec.jobs(), r -> {
      Thread t = new Thread(r, "nk-loop-task");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (LoopTask task : tasks) {
        futures.add(pool.submit(() -> runTask(ctx, task, spec, listener)));
      }
      for (Future<?> f : futures) {
        f.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new LoopException("interrupted; the run can be continued with --resume");
    } catch (ExecutionException e) {
      throw new LoopException("a task runner failed: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static void runTask(RunContext ctx, LoopTask task, LoopSpec spec, LoopListener listener) {
    try {
      Files.deleteIfExists(ctx.layout().taskError(task.id()));
      new TaskRun(ctx, task, spec.conditions()).run();
      listener.taskDone(task.id(), null);
    } catch (RuntimeException | IOException | Error e) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      String line = e.getClass().getSimpleName() + ": " + e.getMessage();
      TextFiles.writeAtomically(ctx.layout().taskError(task.id()), line + "\n\n" + trace);
      listener.taskDone(task.id(), line);
      if (e instanceof Error err && !(e instanceof AssertionError)) {
        throw err;
      }
    }
  }

  static void writeDerived(RunRecords records) {
    RunLayout layout = records.layout();
    TextFiles.writeAtomically(layout.resultsTsv(), ResultsTsv.text(records));
    StringWriter graph = new StringWriter();
    try (Writer w = graph) {
      ResearchState.graph(records).writeJsonl(w);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    TextFiles.writeAtomically(layout.researchState(), graph.toString().getBytes(StandardCharsets.UTF_8));
    LoopReport report = ReportBuilder.build(records);
    JsonFiles.write(layout.reportJson(), ReportJson.toJson(report));
    TextFiles.writeAtomically(layout.reportText(), ReportText.render(report));
  }
}
