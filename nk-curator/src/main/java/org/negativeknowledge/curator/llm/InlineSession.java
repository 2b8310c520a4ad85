package org.negativeknowledge.curator.llm;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.negativeknowledge.curator.CurationAttempt;
import org.negativeknowledge.curator.audit.AuditRecorder;
import org.negativeknowledge.curator.model.ContentBlock;
import org.negativeknowledge.curator.model.ModelClient;
import org.negativeknowledge.curator.model.ModelMessage;
import org.negativeknowledge.curator.model.ModelRequest;
import org.negativeknowledge.curator.model.ModelResponse;
import org.negativeknowledge.curator.model.ToolChoice;
import org.negativeknowledge.curator.model.ToolDefinition;
import org.negativeknowledge.validation.IssueCodes;
import org.negativeknowledge.validation.ValidationIssue;
import org.negativeknowledge.validation.ValidationReport;

/**
 * One inline curation: one forced {@code write_record} call, plus one repair turn when needed. A
 * record with issues is repaired in a fresh conversation that holds the record, its issues and the
 * bounds ({@link RepairPrompt}), not the artifacts; only an answer without any record is followed
 * up in the same conversation, since there is nothing to repair without the inputs.
 */
final class InlineSession {
  private final ModelClient client;
  private final RecordCheck check;
  private final AuditRecorder audit;
  private final UsageMeter meter;
  private final CurationJob job;

  InlineSession(ModelClient client, RecordCheck check, AuditRecorder audit, UsageMeter meter, CurationJob job) {
    this.client = client;
    this.check = check;
    this.audit = audit;
    this.meter = meter;
    this.job = job;
  }

  LlmCurator.Outcome run(String prompt) {
    List<ToolDefinition> tools = List.of(ToolDefinitions.writeRecord(check.schema()));
    ToolChoice forced = ToolChoice.tool(ToolDefinitions.WRITE_RECORD);
    ModelRequest request = ModelRequest.of(tools, forced, ModelMessage.user(prompt));
    List<CurationAttempt> attempts = new ArrayList<>();
    for (int turn = 1; turn <= 2; turn++) {
      ModelResponse answer = client.send(request);
      meter.add(answer);
      Optional<ContentBlock.ToolUse> call = answer.toolUses().stream().findFirst();
      ObjectNode record = null;
      ValidationReport report;
      if (call.isEmpty()) {
        report = ValidationReport.of(List.of(new ValidationIssue("$", IssueCodes.MISSING_FIELD,
            "the answer has no write_record call")));
      } else {
        meter.toolCall();
        ContentBlock.ToolUse tu = call.get();
        AnswerLimits.check(turn, tu, audit);
        record = tu.input();
        boolean rightTool = ToolDefinitions.WRITE_RECORD.equals(tu.name());
        report = rightTool ? check.validate(record) : ValidationReport.of(List.of(
            new ValidationIssue("$", IssueCodes.MISSING_FIELD, "unknown tool " + tu.name() + "; call write_record")));
        audit.toolCall(turn, tu.id(), tu.name(), record, report.valid() ? "ok" : "error",
            report.valid() ? null : RecordCheck.describe(report));
        if (!rightTool) {
          record = null;
        }
      }
      attempts.add(new CurationAttempt(record, report));
      audit.attempt(record, report);
      if (record != null && (report.valid() || turn == 2)) {
        return new LlmCurator.Outcome(record, report, attempts);
      }
      if (turn == 2) {
        break;
      }
      request = record != null
          ? ModelRequest.of(tools, forced, ModelMessage.user(RepairPrompt.of(job, check.schema(), record, null, report,
              "Call `write_record` once with the whole corrected record: every field, not only the ones you fixed.")))
          : followUp(request, answer, report);
    }
    throw new CurationFailedException(
        "the model did not call write_record with a record, neither at first nor in the repair turn;"
            + " see the audit's tool_calls");
  }

  /**
   * The same conversation, one turn longer: the answer held no record, so the inputs are needed
   * again. An empty answer is simply asked again.
   */
  private static ModelRequest followUp(ModelRequest request, ModelResponse answer, ValidationReport report) {
    if (answer.content().isEmpty()) {
      return request;
    }
    String nudge = RecordCheck.describe(report) + "Call write_record once more with the record (all fields).";
    List<ContentBlock> reply = new ArrayList<>();
    for (ContentBlock.ToolUse tu : answer.toolUses()) {
      reply.add(new ContentBlock.ToolResult(tu.id(), nudge, true, false));
    }
    if (reply.isEmpty()) {
      reply.add(ContentBlock.text(nudge));
    }
    return request.plus(answer.asAssistantMessage()).plus(ModelMessage.user(reply));
  }
}
