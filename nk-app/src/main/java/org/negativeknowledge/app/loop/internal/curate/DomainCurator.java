package org.negativeknowledge.app.loop.internal.curate;

import java.util.List;
import org.negativeknowledge.app.loop.CurationRequest;
import org.negativeknowledge.app.loop.CuratedRecord;
import org.negativeknowledge.app.loop.LoopCurator;
import org.negativeknowledge.app.loop.LoopException;
import org.negativeknowledge.app.loop.TokenUse;
import org.negativeknowledge.curator.CurationResult;
import org.negativeknowledge.curator.Curator;
import org.negativeknowledge.curator.CuratorException;
import org.negativeknowledge.curator.CuratorKind;
import org.negativeknowledge.curator.FailureArtifacts;
import org.negativeknowledge.curator.TaskContext;
import org.negativeknowledge.record.NkJson;

/**
 * {@link LoopCurator} over one of nk-curator's curators (the offline rules, or a model through
 * {@code LlmCurator}). The seam where the application layer's curate-and-store service plugs in.
 */
public final class DomainCurator implements LoopCurator {
  private final Curator curator;
  private final String description;
  private final AutoCloseable resources;

  /**
   * A curator over {@code curator}.
   *
   * @param resources closed with this curator (a model client), or null
   */
  public DomainCurator(Curator curator, String description, AutoCloseable resources) {
    this.curator = curator;
    this.description = description;
    this.resources = resources;
  }

  @Override
  public CuratedRecord curate(CurationRequest request) {
    TaskContext task = new TaskContext(request.task().id(), request.task().instruction());
    List<FailureArtifacts> rounds;
    CurationResult r;
    try {
      rounds = request.rounds().stream().map(CurationRequest.Round::artifacts).toList();
      r = switch (request.kind()) {
        case DEPTH1 -> curator.curateDepth1(task, rounds.get(0));
        case ROUND2 -> curator.curateRound2(task, request.prior().orElseThrow(), rounds.get(0));
        case DEEP -> curator.curateDeep(task, rounds);
      };
    } catch (CuratorException e) {
      throw new LoopException("curating " + request.lastStep() + " of task " + request.task().id() + " failed: "
          + e.getMessage(), e);
    }
    boolean llm = r.provenance().curator() == CuratorKind.LLM;
    TokenUse tokens = TokenUse.of(r.usage().inputTokens(), r.usage().outputTokens());
    List<String> issues = r.validation().issues().stream().map(i -> i.path() + ": " + i.code() + ": " + i.message()).toList();
    return new CuratedRecord(NkJson.pretty(r.record()) + "\n", r.record(), issues, tokens, r.usage().duration(), r.audit(),
        llm ? "llm" : "offline", SignatureKeys.of(r.provenance().signatureKey(), rounds), r.provenance().inputHashes());
  }

  @Override
  public String describe() {
    return description;
  }

  @Override
  public void close() {
    if (resources != null) {
      try {
        resources.close();
      } catch (Exception e) {
        throw new LoopException("closing the curator's model client failed: " + e.getMessage(), e);
      }
    }
  }
}
