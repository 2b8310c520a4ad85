package org.negativeknowledge.curator.llm;

import com.anthropic.models.messages.ContentBlock;
import com.anthropic.models.messages.ContentBlockParam;
import com.anthropic.models.messages.Message;
import com.anthropic.models.messages.MessageCreateParams;
import com.anthropic.models.messages.ToolChoiceTool;
import com.anthropic.models.messages.ToolResultBlockParam;
import com.anthropic.models.messages.ToolUseBlock;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.negativeknowledge.curator.CurationAttempt;
import org.negativeknowledge.curator.audit.AuditRecorder;
import org.negativeknowledge.validation.IssueCodes;
import org.negativeknowledge.validation.ValidationIssue;
import org.negativeknowledge.validation.ValidationReport;

/** One inline curation: one forced {@code write_record} call, plus one repair turn when needed. */
final class InlineSession {
  private final ModelClient client;
  private final RecordCheck check;
  private final AuditRecorder audit;
  private final UsageMeter meter;

  InlineSession(ModelClient client, RecordCheck check, AuditRecorder audit, UsageMeter meter) {
    this.client = client;
    this.check = check;
    this.audit = audit;
    this.meter = meter;
  }

  LlmCurator.Outcome run(String prompt) {
    MessageCreateParams.Builder params =
        MessageCreateParams.builder()
            .addTool(ToolDefinitions.writeRecord(check.schema()))
            .toolChoice(ToolChoiceTool.builder().name(ToolDefinitions.WRITE_RECORD).build())
            .addUserMessage(prompt);
    List<CurationAttempt> attempts = new ArrayList<>();
    for (int turn = 1; turn <= 2; turn++) {
      Message m = client.send(params);
      meter.add(m);
      Optional<ToolUseBlock> call =
          m.content().stream().filter(ContentBlock::isToolUse).map(ContentBlock::asToolUse).findFirst();
      ObjectNode record = null;
      ValidationReport report;
      if (call.isEmpty()) {
        report = ValidationReport.of(List.of(new ValidationIssue("$", IssueCodes.MISSING_FIELD,
            "the answer has no write_record call")));
      } else {
        meter.toolCall();
        ToolUseBlock tu = call.get();
        record = ToolInputs.of(tu);
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
      params.addMessage(m);
      String repair = RecordCheck.describe(report)
          + "Call write_record once more with the corrected record (all fields, not only the fixed ones).";
      if (call.isPresent()) {
        params.addUserMessageOfContentBlockParams(List.of(ContentBlockParam.ofToolResult(
            ToolResultBlockParam.builder().toolUseId(call.get().id()).content(repair).isError(true).build())));
      } else {
        params.addUserMessage(repair);
      }
    }
    throw new CurationFailedException(
        "the model did not call write_record with a record, neither at first nor in the repair turn;"
            + " see the audit's tool_calls");
  }
}
