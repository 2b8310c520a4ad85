package org.negativeknowledge.app.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.negativeknowledge.app.NkApp;
import org.negativeknowledge.app.curate.CurationOutcome;
import org.negativeknowledge.app.curate.CurationRequest;
import org.negativeknowledge.app.curate.CuratorChoice;
import org.negativeknowledge.app.curate.StorePolicy;
import org.negativeknowledge.app.files.CurationRounds;
import org.negativeknowledge.app.files.FileAccess;
import org.negativeknowledge.app.operation.Args;
import org.negativeknowledge.app.operation.Operations;
import org.negativeknowledge.app.view.CurationViews;
import org.negativeknowledge.curator.TaskContext;

/** The curate operation with JSON in and out: rounds read within a {@link FileAccess}, then curate-and-store. */
final class JsonCuration {
  private final NkApp app;
  private final FileAccess files;

  JsonCuration(NkApp app, FileAccess files) {
    this.app = app;
    this.files = files;
  }

  /** {@link Operations#CURATE}: the curation's one JSON view. */
  ObjectNode curate(ObjectNode args) {
    Args a = Args.of(Operations.CURATE, args);
    TaskContext task = new TaskContext(a.requireText("task_id"), a.text("instruction").orElse(""));
    CuratorChoice choice = a.bool("offline", false) ? app.curator().offlineInstead() : app.curator();
    StorePolicy policy = a.bool("add_to_bank", true) ? StorePolicy.VALID_ONLY : StorePolicy.NONE;
    try (CurationRounds rounds = CurationRounds.of(a.objects("rounds"), files)) {
      CurationRequest request = CurationRequest.of(task, rounds.rounds())
          .withDomain(a.text("domain").orElse(null))
          .withSource("curate:" + task.taskId());
      if (a.has("round1_record")) {
        request = request.withRound1Record(a.object("round1_record").orElseThrow());
      }
      CurationOutcome o = app.curation().curate(request, choice, policy);
      return CurationViews.outcome(o);
    }
  }
}
