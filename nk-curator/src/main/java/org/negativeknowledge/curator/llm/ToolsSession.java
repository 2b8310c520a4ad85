package org.negativeknowledge.curator.llm;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.negativeknowledge.curator.ArtifactPaths;
import org.negativeknowledge.curator.ArtifactReader;
import org.negativeknowledge.curator.CurationAttempt;
import org.negativeknowledge.curator.audit.AuditRecorder;
import org.negativeknowledge.curator.model.ContentBlock;
import org.negativeknowledge.curator.model.ModelClient;
import org.negativeknowledge.curator.model.ModelMessage;
import org.negativeknowledge.curator.model.ModelRequest;
import org.negativeknowledge.curator.model.ModelResponse;
import org.negativeknowledge.curator.model.ToolChoice;
import org.negativeknowledge.curator.sandbox.SandboxViolation;
import org.negativeknowledge.curator.sandbox.ToolSandbox;
import org.negativeknowledge.record.MalformedJsonException;
import org.negativeknowledge.record.NkJson;
import org.negativeknowledge.validation.IssueCodes;
import org.negativeknowledge.validation.ValidationIssue;
import org.negativeknowledge.validation.ValidationReport;

/**
 * One tools-mode curation: the model reads the bundle with {@code Read} and writes the record with
 * {@code Write}, inside a sandbox, for at most {@code maxTurns} model calls. Each request marks its
 * last block as a cache point, since the next turn resends the whole conversation. A Write whose
 * record has issues gets one repair turn in a fresh conversation (the record, its issues and the
 * bounds, with only {@code Write} offered), not a resend of everything read.
 */
final class ToolsSession {
  private final ModelClient client;
  private final RecordCheck check;
  private final AuditRecorder audit;
  private final UsageMeter meter;
  private final CurationJob job;
  private final ToolSandbox sandbox;
  private final Map<Path, Integer> budgetByPath = new HashMap<>();
  private final int maxTurns;
  private final List<CurationAttempt> attempts = new ArrayList<>();
  private boolean repairUsed;
  private String repairPrompt;
  private LlmCurator.Outcome accepted;

  ToolsSession(ModelClient client, RecordCheck check, AuditRecorder audit, UsageMeter meter,
      CurationJob job, Path target, int maxTurns) {
    this.client = client;
    this.check = check;
    this.audit = audit;
    this.meter = meter;
    this.job = job;
    this.maxTurns = maxTurns;
    this.sandbox = ToolSandbox.of(job.baseDir(), job.readableFiles(), target);
    for (JobInput in : job.inputs()) {
      if (in.present()) {
        budgetByPath.put(ArtifactPaths.confine(in.location()), in.budgetChars());
      }
    }
  }

  LlmCurator.Outcome run(String prompt) {
    ModelRequest request = ModelRequest.of(
        List.of(ToolDefinitions.read(), ToolDefinitions.write()), ToolChoice.any(), ModelMessage.user(prompt));
    for (int turn = 1; turn <= maxTurns; turn++) {
      ModelResponse answer = client.send(repairUsed ? request : request.withCachePointAtEnd());
      meter.add(answer);
      List<ContentBlock> results = new ArrayList<>();
      for (ContentBlock.ToolUse call : answer.toolUses()) {
        meter.toolCall();
        AnswerLimits.check(turn, call, audit);
        results.add(handle(turn, call));
      }
      if (accepted != null) {
        return accepted;
      }
      if (repairPrompt != null) {
        request = ModelRequest.of(List.of(ToolDefinitions.write()), ToolChoice.tool(ToolDefinitions.WRITE),
            ModelMessage.user(repairPrompt));
        repairPrompt = null;
      } else if (!answer.content().isEmpty()) {
        request = request.plus(answer.asAssistantMessage()).plus(results.isEmpty()
            ? ModelMessage.user("No record was written yet. Use Write to write the record to "
                + sandbox.writeTarget() + ".")
            : ModelMessage.user(results));
      }
    }
    throw new CurationFailedException(
        "the model made " + maxTurns + " calls without writing the record to " + sandbox.writeTarget()
            + "; raise the turn limit or use inline mode");
  }

  private ContentBlock handle(int turn, ContentBlock.ToolUse tu) {
    ObjectNode input = tu.input();
    String answer;
    boolean error;
    String outcome;
    try {
      switch (tu.name()) {
        case ToolDefinitions.READ -> {
          Path real = sandbox.checkRead(input.path("file_path").asText(null));
          answer = ArtifactReader.read(real, budgetByPath.get(real)).text();
          error = false;
          outcome = "ok";
        }
        case ToolDefinitions.WRITE -> {
          answer = write(input);
          error = accepted == null;
          outcome = error ? "error" : "ok";
        }
        default -> {
          answer = "Unknown tool " + tu.name() + "; the tools are Read and Write.";
          error = true;
          outcome = "refused";
        }
      }
    } catch (SandboxViolation v) {
      answer = v.getMessage();
      error = true;
      outcome = "refused";
    }
    audit.toolCall(turn, tu.id(), tu.name(), input, outcome, error ? answer : null);
    return new ContentBlock.ToolResult(tu.id(), answer, error, false);
  }

  /** Checks one Write; sets {@link #accepted} when the record is final. Returns the tool answer. */
  private String write(ObjectNode input) {
    if (accepted != null) {
      throw new SandboxViolation("Write refused: the output " + sandbox.writeTarget()
          + " was already written; only one write is allowed");
    }
    sandbox.checkWrite(input.path("file_path").asText(null));
    String content = input.path("content").asText("");
    ObjectNode record = null;
    ValidationReport report;
    try {
      record = NkJson.parseObject(content.strip());
      report = check.validate(record);
    } catch (MalformedJsonException e) {
      report = ValidationReport.of(List.of(new ValidationIssue("$", IssueCodes.MALFORMED_JSON,
          "the content is not one JSON object: " + e.getMessage())));
    }
    attempts.add(new CurationAttempt(record, report));
    audit.attempt(record, report);
    if (record != null && (report.valid() || repairUsed)) {
      sandbox.markWritten();
      accepted = new LlmCurator.Outcome(record, report, List.copyOf(attempts));
      return "Written to " + sandbox.writeTarget() + ".";
    }
    if (repairUsed) {
      throw new CurationFailedException(
          "the model wrote content that is not a JSON object twice (first attempt and repair turn);"
              + " nothing was written. Last problem: " + report.issues().get(0).message());
    }
    repairUsed = true;
    repairPrompt = RepairPrompt.of(job, check.schema(), record, content, report,
        "Call `Write` once with `file_path` = `" + sandbox.writeTarget() + "` and `content` = the whole"
            + " corrected record as one JSON object: every field, no code fences, nothing before or after it.");
    return RecordCheck.describe(report) + "Nothing was written. Fix the record and call Write once more.";
  }
}
