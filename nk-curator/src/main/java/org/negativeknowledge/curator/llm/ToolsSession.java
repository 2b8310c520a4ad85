package org.negativeknowledge.curator.llm;

import com.anthropic.models.messages.ContentBlock;
import com.anthropic.models.messages.ContentBlockParam;
import com.anthropic.models.messages.Message;
import com.anthropic.models.messages.MessageCreateParams;
import com.anthropic.models.messages.ToolChoiceAny;
import com.anthropic.models.messages.ToolResultBlockParam;
import com.anthropic.models.messages.ToolUseBlock;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.negativeknowledge.curator.ArtifactReader;
import org.negativeknowledge.curator.CurationAttempt;
import org.negativeknowledge.curator.audit.AuditRecorder;
import org.negativeknowledge.curator.sandbox.SandboxViolation;
import org.negativeknowledge.curator.sandbox.ToolSandbox;
import org.negativeknowledge.record.MalformedJsonException;
import org.negativeknowledge.record.NkJson;
import org.negativeknowledge.validation.IssueCodes;
import org.negativeknowledge.validation.ValidationIssue;
import org.negativeknowledge.validation.ValidationReport;

/**
 * One tools-mode curation: the model reads the bundle with {@code Read} and writes the record with
 * {@code Write}, inside a sandbox, for at most {@code maxTurns} model calls.
 */
final class ToolsSession {
  private final ModelClient client;
  private final RecordCheck check;
  private final AuditRecorder audit;
  private final UsageMeter meter;
  private final ToolSandbox sandbox;
  private final Map<Path, Integer> budgetByPath = new HashMap<>();
  private final int maxTurns;
  private final List<CurationAttempt> attempts = new ArrayList<>();
  private boolean repairUsed;
  private LlmCurator.Outcome accepted;

  ToolsSession(ModelClient client, RecordCheck check, AuditRecorder audit, UsageMeter meter,
      CurationJob job, Path target, int maxTurns) {
    this.client = client;
    this.check = check;
    this.audit = audit;
    this.meter = meter;
    this.maxTurns = maxTurns;
    this.sandbox = ToolSandbox.of(job.baseDir(), job.readableFiles(), target);
    for (JobInput in : job.inputs()) {
      if (in.present()) {
        try {
          budgetByPath.put(in.location().toRealPath(), in.budgetChars());
        } catch (java.io.IOException e) {
          throw new org.negativeknowledge.curator.CuratorException(in.location() + ": cannot resolve: " + e.getMessage(), e);
        }
      }
    }
  }

  LlmCurator.Outcome run(String prompt) {
    MessageCreateParams.Builder params =
        MessageCreateParams.builder()
            .addTool(ToolDefinitions.read())
            .addTool(ToolDefinitions.write())
            .toolChoice(ToolChoiceAny.builder().build())
            .addUserMessage(prompt);
    for (int turn = 1; turn <= maxTurns; turn++) {
      Message m = client.send(params);
      meter.add(m);
      List<ContentBlockParam> results = new ArrayList<>();
      for (ContentBlock block : m.content()) {
        if (block.isToolUse()) {
          meter.toolCall();
          results.add(handle(turn, block.asToolUse()));
        }
      }
      if (accepted != null) {
        return accepted;
      }
      params.addMessage(m);
      if (results.isEmpty()) {
        params.addUserMessage("No record was written yet. Use Write to write the record to "
            + sandbox.writeTarget() + ".");
      } else {
        params.addUserMessageOfContentBlockParams(results);
      }
    }
    throw new CurationFailedException(
        "the model made " + maxTurns + " calls without writing the record to " + sandbox.writeTarget()
            + "; raise the turn limit or use inline mode");
  }

  private ContentBlockParam handle(int turn, ToolUseBlock tu) {
    ObjectNode input = ToolInputs.of(tu);
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
          answer = write(turn, input);
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
    return ContentBlockParam.ofToolResult(
        ToolResultBlockParam.builder().toolUseId(tu.id()).content(answer).isError(error).build());
  }

  /** Checks one Write; sets {@link #accepted} when the record is final. Returns the tool answer. */
  private String write(int turn, ObjectNode input) {
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
    return RecordCheck.describe(report) + "Nothing was written. Fix the record and call Write once more.";
  }
}
