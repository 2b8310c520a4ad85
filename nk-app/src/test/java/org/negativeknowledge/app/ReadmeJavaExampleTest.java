package org.negativeknowledge.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.negativeknowledge.app.curate.CurationOutcome;
import org.negativeknowledge.app.curate.CurationRequest;
import org.negativeknowledge.app.curate.CuratorChoice;
import org.negativeknowledge.app.curate.StorePolicy;
import org.negativeknowledge.app.entries.SearchPage;
import org.negativeknowledge.app.protocol.DecisionRequest;
import org.negativeknowledge.app.protocol.OpenedConsultation;
import org.negativeknowledge.bank.Bank;
import org.negativeknowledge.bank.consult.Decision;
import org.negativeknowledge.bank.consult.FindingResult;
import org.negativeknowledge.bank.consult.Outcome;
import org.negativeknowledge.bank.consult.Proposal;
import org.negativeknowledge.bank.search.SearchQuery;
import org.negativeknowledge.curator.FailureArtifacts;
import org.negativeknowledge.curator.TaskContext;
import org.negativeknowledge.taxonomy.TaxonomyProfile;

/** The README's "Using it from Java" example, run as written (on the repository's sample failure). */
class ReadmeJavaExampleTest {
  @TempDir Path tmp;

  @Test
  void theReadmesJavaExampleRuns() throws Exception {
    Path sample = Path.of("..", "examples", "quickstart").toAbsolutePath().normalize();
    CuratorChoice offline = CuratorChoice.offline(TaxonomyProfile.core());
    try (NkApp app = NkApp.over(Bank.open(tmp.resolve("bank.db").toString()), TaxonomyProfile.core(), offline)) {
      CurationOutcome curated = app.curation().curate(
          CurationRequest.of(TaskContext.fromInstructionFile("task-7", sample.resolve("task.md")),
              List.of(FailureArtifacts.fromRoundDirectory(sample.resolve("round1")))),
          offline, StorePolicy.VALID_ONLY);
      assertThat(curated.stored()).as(curated.notStored().orElse("")).isPresent();

      SearchPage hits = app.entries().search(SearchQuery.of("KeyError price column"));
      assertThat(hits.hits()).isNotEmpty();

      OpenedConsultation c = app.protocol().consult("task-7", "monthly revenue with pandas groupby", null, 1500);
      String id = c.consultation().id();
      assertThat(c.consultation().surfaced()).isNotEmpty();
      for (var s : c.consultation().surfaced()) {
        app.protocol().decide(id, List.of(new DecisionRequest(s.entryId(), Decision.ADOPT, "the price column is unit_price")));
      }
      Proposal p = app.protocol().propose(id, null, "groupby region and month on quantity * unit_price", false);
      FindingResult f = app.protocol().finding(p.experimentId(), Outcome.SUCCESS, null, "revenue matches the ledger");
      assertThat(f.usefulness()).isNotEmpty();
    }
    assertThat(Files.exists(tmp.resolve("bank.db"))).isTrue();
  }
}
