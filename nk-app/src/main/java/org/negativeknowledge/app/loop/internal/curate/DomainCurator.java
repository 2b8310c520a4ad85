package org.negativeknowledge.app.loop.internal.curate;

import java.util.List;
import org.negativeknowledge.app.curate.Curation;
import org.negativeknowledge.app.curate.CurationOutcome;
import org.negativeknowledge.app.curate.StorePolicy;
import org.negativeknowledge.app.loop.CuratedRecord;
import org.negativeknowledge.app.loop.CurationRequest;
import org.negativeknowledge.app.loop.LoopCurator;
import org.negativeknowledge.app.loop.LoopException;
import org.negativeknowledge.app.loop.TokenUse;
import org.negativeknowledge.curator.CurationResult;
import org.negativeknowledge.curator.CuratorException;
import org.negativeknowledge.curator.FailureArtifacts;
import org.negativeknowledge.curator.TaskContext;
import org.negativeknowledge.record.NkJson;

/**
 * {@link LoopCurator} over the application layer's curation service with the offline or the model
 * curator ({@link org.negativeknowledge.app.curate.CuratorChoice}); the record is stored later,
 * through the loop's bank seam, by the same service.
 */
public final class DomainCurator implements LoopCurator {
  private final org.negativeknowledge.app.curate.CuratorChoice choice;

  public DomainCurator(org.negativeknowledge.app.curate.CuratorChoice choice) {
    this.choice = choice;
  }

  @Override
  public CuratedRecord curate(CurationRequest request) {
    TaskContext task = new TaskContext(request.task().id(), request.task().instruction());
    CurationOutcome outcome;
    try {
      List<FailureArtifacts> rounds = request.rounds().stream().map(CurationRequest.Round::artifacts).toList();
      org.negativeknowledge.app.curate.CurationRequest r = org.negativeknowledge.app.curate.CurationRequest.of(task, rounds);
      if (request.kind() == CurationRequest.Kind.ROUND2) {
        r = r.withRound1Record(request.prior().orElseThrow());
      }
      outcome = new Curation(null).curate(r, choice, StorePolicy.NONE);
    } catch (CuratorException e) {
      throw new LoopException("curating " + request.lastStep() + " of task " + request.task().id() + " failed: "
          + e.getMessage(), e);
    }
    CurationResult result = outcome.result();
    return new CuratedRecord(NkJson.pretty(result.record()) + "\n", result,
        TokenUse.of(result.usage().inputTokens(), result.usage().outputTokens()), outcome.curator());
  }

  @Override
  public String describe() {
    return choice.usesModel() ? "model " + choice.model().model() : "offline";
  }
}
