package org.negativeknowledge.curator.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import org.negativeknowledge.curator.ArtifactReader;
import org.negativeknowledge.curator.ArtifactText;
import org.negativeknowledge.curator.UsageAccount;
import org.negativeknowledge.record.NkJson;
import org.negativeknowledge.validation.ValidationIssue;
import org.negativeknowledge.validation.ValidationReport;

/**
 * Collects the audit record of one curation as it happens: the prompt, each input's path, size and
 * SHA-256, each tool call and its outcome, every record the model produced with its issues, the
 * output and the usage. Only what the curator saw and did goes in; credentials are never passed to
 * it.
 *
 * <p>Not thread-safe: one recorder serves one curation. {@link #toJson()} returns a copy.
 */
public final class AuditRecorder {

  /** The {@code schema_version} of the audit records this class writes. */
  public static final String SCHEMA_VERSION = "nk.curator_audit.v1";

  private final ObjectNode root = NkJson.mapper().createObjectNode();
  private final ObjectNode inputs;
  private final ArrayNode toolCalls;
  private final ArrayNode attempts;

  private AuditRecorder(String taskId, String kind, String mode, String model) {
    root.put("schema_version", SCHEMA_VERSION);
    root.put("task_id", taskId);
    root.put("kind", kind);
    root.put("mode", mode);
    root.put("model", model);
    root.put("started_at_utc", Instant.now().toString());
    inputs = root.putObject("inputs");
    toolCalls = root.putArray("tool_calls");
    attempts = root.putArray("attempts");
  }

  /** Starts the audit of one curation. */
  public static AuditRecorder start(String taskId, String kind, String mode, String model) {
    return new AuditRecorder(taskId, kind, mode, model);
  }

  /** Records the filled prompt and where its template came from. */
  public void prompt(String templateSource, String filledPrompt) {
    ObjectNode p = root.putObject("prompt");
    p.put("template", templateSource);
    byte[] bytes = filledPrompt.getBytes(StandardCharsets.UTF_8);
    p.put("bytes", bytes.length);
    p.put("sha256", ArtifactReader.sha256(bytes));
    p.put("content", filledPrompt);
  }

  /** Records one input file as read: path, size, SHA-256 and how much of it was sent. */
  public void input(String name, ArtifactText text) {
    ObjectNode i = inputs.putObject(name);
    i.put("path", text.path().toString());
    i.put("bytes", text.bytes());
    i.put("sha256", text.sha256());
    i.put("chars", text.originalChars());
    i.put("sent_chars", text.text().length());
    i.put("cut_chars", text.cutChars());
    if (text.binary()) {
      i.put("binary", true);
    }
  }

  /** Records an input that does not exist (an eval log of a run that crashed first). */
  public void missingInput(String name, Path path) {
    ObjectNode i = inputs.putObject(name);
    i.put("path", path == null ? null : path.toString());
    i.put("missing", true);
  }

  /** Records an input that is a record given in memory (the round-1 record), as its JSON text. */
  public void recordInput(String name, String jsonText) {
    ObjectNode i = inputs.putObject(name);
    byte[] bytes = jsonText.getBytes(StandardCharsets.UTF_8);
    i.put("source", "record");
    i.put("bytes", bytes.length);
    i.put("sha256", ArtifactReader.sha256(bytes));
  }

  /**
   * Records one tool call.
   *
   * @param turn the model call (1-based) that asked for it
   * @param outcome {@code ok}, {@code refused} (sandbox) or {@code error} (bad input)
   * @param message what the model was told when not ok; may be null
   */
  public void toolCall(int turn, String id, String name, JsonNode input, String outcome, String message) {
    ObjectNode c = toolCalls.addObject();
    c.put("turn", turn);
    c.put("id", id);
    c.put("name", name);
    c.set("input", input == null ? null : input.deepCopy());
    c.put("outcome", outcome);
    if (message != null) {
      c.put("message", message);
    }
  }

  /** Records one record the model produced (null when its answer was not a JSON object). */
  public void attempt(ObjectNode record, ValidationReport report) {
    ObjectNode a = attempts.addObject();
    a.set("record", record == null ? null : record.deepCopy());
    a.set("issues", issues(report));
  }

  /** Records the final output and its issues. */
  public void output(ObjectNode record, ValidationReport report) {
    ObjectNode o = root.putObject("output");
    o.set("record", record.deepCopy());
    o.set("issues", issues(report));
    o.put("valid", report.valid());
  }

  /** Records the usage account. */
  public void usage(UsageAccount usage) {
    ObjectNode u = root.putObject("usage");
    u.put("input_tokens", usage.inputTokens());
    u.put("output_tokens", usage.outputTokens());
    u.put("cache_write_tokens", usage.cacheWriteTokens());
    u.put("cache_read_tokens", usage.cacheReadTokens());
    u.put("model_calls", usage.modelCalls());
    u.put("tool_calls", usage.toolCalls());
    u.put("duration_ms", usage.duration().toMillis());
    u.put("stop_reason", usage.stopReason());
  }

  /** Records why the curation failed. */
  public void error(String message) {
    root.put("error", message);
  }

  /** A copy of the audit so far. */
  public ObjectNode toJson() {
    return root.deepCopy();
  }

  /** The issues of a report as JSON objects {path, code, message}. */
  public static ArrayNode issues(ValidationReport report) {
    ArrayNode arr = NkJson.mapper().createArrayNode();
    for (ValidationIssue issue : report.issues()) {
      arr.addObject().put("path", issue.path()).put("code", issue.code()).put("message", issue.message());
    }
    return arr;
  }
}
