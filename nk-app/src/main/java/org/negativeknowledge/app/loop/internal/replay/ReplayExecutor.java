package org.negativeknowledge.app.loop.internal.replay;

import java.util.ArrayList;
import java.util.List;
import org.negativeknowledge.app.loop.CandidateExecutor;
import org.negativeknowledge.app.loop.Execution;
import org.negativeknowledge.app.loop.ExecutionRequest;
import org.negativeknowledge.app.loop.LoopException;
import org.negativeknowledge.app.loop.NotRecordedException;
import org.negativeknowledge.app.loop.internal.files.TextFiles;

/**
 * Returns the paper's recorded executions: the recorded {@code exec.log} and {@code eval.log} are
 * written into the attempt's folder and the recorded verdict is returned. It judges only the
 * candidates it recorded: a candidate that differs from the recorded one is refused.
 */
public final class ReplayExecutor implements CandidateExecutor {
  private final PaperRecording recording;

  public ReplayExecutor(PaperRecording recording) {
    this.recording = recording;
  }

  @Override
  public Execution execute(ExecutionRequest request) {
    String task = request.task().id();
    RecordedAttempt a = recording.attempt(task, request.step()).orElseThrow(() -> new NotRecordedException(
        "no recorded execution of task " + task + " for " + request.step() + " (" + PaperRecording.cellOf(request.step())
            + ") in " + recording.section3()));
    String given = request.files().get(request.task().candidate());
    if (given != null && a.candidate().isPresent() && !given.equals(a.candidate().get())) {
      throw new LoopException("task " + task + " " + request.step() + ": the candidate differs from the recorded one in "
          + a.source() + "; the replay executor judges only recorded candidates (use --solver replay with it)");
    }
    TextFiles.writeAtomically(request.attemptDir().resolve("exec.log"), a.execLog());
    a.evalLog().ifPresent(l -> TextFiles.writeAtomically(request.attemptDir().resolve("eval.log"), l));
    List<String> stops = new ArrayList<>();
    if (a.exitCode().isPresent() && a.exitCode().getAsInt() < 0) {
      stops.add("killed by signal " + -a.exitCode().getAsInt() + " (recorded)");
    }
    return new Execution(a.exitCode(), a.runTime(), a.verdict(), a.evalTime(), stops, List.of(), 0,
        describe());
  }

  @Override
  public String describe() {
    return "nothing runs: executions replayed from " + recording.section3();
  }
}
