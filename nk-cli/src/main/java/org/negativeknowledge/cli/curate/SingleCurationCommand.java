package org.negativeknowledge.cli.curate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.negativeknowledge.app.curate.Curation;
import org.negativeknowledge.app.curate.CurationOutcome;
import org.negativeknowledge.app.curate.CurationRequest;
import org.negativeknowledge.app.view.CurationViews;
import org.negativeknowledge.bank.Bank;
import org.negativeknowledge.cli.support.OutputFormat;
import org.negativeknowledge.curator.CuratorException;
import org.negativeknowledge.curator.FailureArtifacts;
import org.negativeknowledge.curator.RecordFiles;
import org.negativeknowledge.curator.TaskContext;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** What depth1, deep and round2 share: task, output, audit, curator options, landing. */
abstract class SingleCurationCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--task-id", required = true, paramLabel = "ID", description = "the task id (the record's task_id)")
  String taskId;

  @Option(names = "--task-inst-file", required = true, paramLabel = "F",
      description = "the task instruction: a ScienceAgentBench task JSON (task_inst) or plain text")
  Path taskInstFile;

  @Option(names = "--output", required = true, paramLabel = "F", description = "where the record is written (atomically)")
  Path output;

  @Option(names = "--audit", paramLabel = "F", description = "where the audit record (JSON) is written")
  Path audit;

  @Mixin CurateOptions options;
  @Mixin OutputFormat format;

  /** The round directories curated, in order. */
  abstract List<Path> roundDirectories();

  /** The request for these rounds (a round-2 command adds the prior record). */
  CurationRequest request(TaskContext task, List<FailureArtifacts> rounds) {
    return CurationRequest.of(task, rounds);
  }

  @Override
  public Integer call() throws Exception {
    TaskContext task = TaskContext.fromInstructionFile(taskId, taskInstFile);
    List<FailureArtifacts> rounds = roundDirectories().stream().map(FailureArtifacts::fromRoundDirectory).toList();
    Files.createDirectories(output.toAbsolutePath().getParent());
    CurationRequest req = request(task, rounds).withOutputPath(output).withSource(output.toString());
    CurationOutcome o;
    try (Bank bank = options.openBank()) {
      o = new Curation(bank).curate(req, options.choice(), options.policy());
    } catch (CuratorException e) {
      if (audit != null && e.audit().isPresent()) {
        RecordFiles.writeAtomically(audit, e.audit().get());
      }
      throw e;
    }
    var err = spec.commandLine().getErr();
    int code = CurationLanding.land(o, output, audit, options.policy(), err);
    err.flush();
    if (format.json()) {
      OutputFormat.print(spec.commandLine().getOut(), CurationViews.outcome(o));
    } else {
      spec.commandLine().getOut().println(
          (code == 0 || options.acceptIssues ? "wrote " + output : "not written: " + output)
              + " (" + CurationLanding.usageLine(o.result()) + ")");
    }
    return code;
  }
}
