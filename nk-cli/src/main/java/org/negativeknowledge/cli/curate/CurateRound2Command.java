package org.negativeknowledge.cli.curate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import org.negativeknowledge.app.curate.CurationRequest;
import org.negativeknowledge.curator.FailureArtifacts;
import org.negativeknowledge.curator.TaskContext;
import org.negativeknowledge.record.NkJson;

/** {@code nk curate round2}: round 2 after a round-1 record, to a record with relationship_to_round1. */
@Command(name = "round2", mixinStandardHelpOptions = true,
    description = "Curates round 2 of a task, given the round-1 record the solver saw, into a depth-1 record"
        + " that also says how round 2 relates to it (relationship_to_round1).",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:record written and valid", "1:record has validation issues", "2:usage, I/O or model error"})
public final class CurateRound2Command extends SingleCurationCommand {

  @Option(names = "--prior-record", required = true, paramLabel = "F", description = "the round-1 record (JSON)")
  Path priorRecord;

  @Option(names = "--round-dir", required = true, paramLabel = "DIR", description = "the round-2 directory")
  Path roundDir;

  @Override
  List<Path> roundDirectories() {
    return List.of(roundDir);
  }

  @Override
  CurationRequest request(TaskContext task, List<FailureArtifacts> rounds) {
    try {
      return CurationRequest.of(task, rounds)
          .withRound1Record(NkJson.parseObject(Files.readString(priorRecord, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(priorRecord + ": cannot read the prior record: " + e.getMessage(), e);
    }
  }
}
