package org.negativeknowledge.app.loop.internal.replay;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.negativeknowledge.app.loop.NotRecordedException;
import org.negativeknowledge.app.loop.Solver;
import org.negativeknowledge.app.loop.SolverAnswer;
import org.negativeknowledge.app.loop.SolverRequest;

/** Answers attempts from the paper's recorded solver runs. */
public final class ReplaySolver implements Solver {
  private final PaperRecording recording;

  public ReplaySolver(PaperRecording recording) {
    this.recording = recording;
  }

  @Override
  public SolverAnswer solve(SolverRequest request) {
    RecordedAttempt a = recording.attempt(request.task().id(), request.step()).orElseThrow(() -> new NotRecordedException(
        "no recorded solver run of task " + request.task().id() + " for " + request.step() + " ("
            + PaperRecording.cellOf(request.step()) + ") in " + recording.section3()));
    Map<String, String> files = new LinkedHashMap<>();
    a.candidate().ifPresent(c -> files.put(request.task().candidate(), c));
    ObjectNode transcript = JsonNodeFactory.instance.objectNode();
    transcript.put("replayed_from", a.source());
    transcript.put("candidate_recorded", a.candidate().isPresent());
    return new SolverAnswer(files, "replayed: " + request.step(), a.reasoning(), List.of(), a.tokens(), a.solverTime(),
        transcript);
  }

  @Override
  public String describe() {
    return "replay of " + recording.section3();
  }
}
