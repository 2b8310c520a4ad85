package org.negativeknowledge.cli.loop;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.negativeknowledge.app.loop.AttemptStatus;
import org.negativeknowledge.app.loop.LoopListener;

/** A one-line progress bar on stderr (drawn only on a terminal): tasks done, attempts, passes, errors. */
final class ProgressBar implements LoopListener {
  private static final int WIDTH = 30;
  private final PrintWriter err;
  private final boolean draw;
  private int tasks;
  private final AtomicInteger done = new AtomicInteger();
  private final AtomicInteger attempts = new AtomicInteger();
  private final AtomicInteger passed = new AtomicInteger();
  private final AtomicInteger errors = new AtomicInteger();

  ProgressBar(PrintWriter err, boolean draw) {
    this.err = err;
    this.draw = draw;
  }

  @Override
  public synchronized void started(int total, int alreadyDone) {
    tasks = total;
    done.set(alreadyDone);
    redraw();
  }

  @Override
  public void attempt(String task, String step, AttemptStatus status) {
    attempts.incrementAndGet();
    if (status == AttemptStatus.PASSED) {
      passed.incrementAndGet();
    }
    if (status == AttemptStatus.ERROR) {
      errors.incrementAndGet();
    }
    redraw();
  }

  @Override
  public void taskDone(String task, String error) {
    done.incrementAndGet();
    if (error != null) {
      synchronized (this) {
        err.println((draw ? "\r" : "") + "task " + task + " stopped: " + error);
      }
    }
    redraw();
  }

  private synchronized void redraw() {
    if (!draw || tasks == 0) {
      return;
    }
    int d = Math.min(done.get(), tasks);
    int filled = d * WIDTH / tasks;
    err.print(String.format(Locale.ROOT, "\r[%s%s] %d/%d tasks, %d attempts, %d passed, %d errors ",
        "#".repeat(filled), ".".repeat(WIDTH - filled), d, tasks, attempts.get(), passed.get(), errors.get()));
    err.flush();
  }

  /** Ends the bar's line. */
  synchronized void finish() {
    if (draw && tasks > 0) {
      err.println();
      err.flush();
    }
  }
}
