package org.negativeknowledge.app.loop.internal.solver;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.negativeknowledge.app.loop.LoopException;
import org.negativeknowledge.app.loop.Solver;
import org.negativeknowledge.app.loop.SolverAnswer;
import org.negativeknowledge.app.loop.SolverRequest;
import org.negativeknowledge.app.loop.TokenUse;
import org.negativeknowledge.curator.CuratorException;
import org.negativeknowledge.curator.model.ContentBlock;
import org.negativeknowledge.curator.model.ModelClient;
import org.negativeknowledge.curator.model.ModelMessage;
import org.negativeknowledge.curator.model.ModelRequest;
import org.negativeknowledge.curator.model.ModelResponse;
import org.negativeknowledge.curator.model.ToolChoice;

/**
 * A model as the solver: one request per attempt with a forced {@code submit_attempt} call whose
 * input is the whole answer. The client is provider-neutral; tokens are the provider's counts.
 */
public final class ModelSolver implements Solver {
  private final ModelClient client;

  public ModelSolver(ModelClient client) {
    this.client = client;
  }

  @Override
  public SolverAnswer solve(SolverRequest r) {
    String prompt = r.prompt() + SubmitTool.answerSection(r.task().candidate(), !r.shown().isEmpty());
    ModelRequest request = ModelRequest.of(List.of(SubmitTool.definition()), ToolChoice.tool(SubmitTool.NAME),
        ModelMessage.user(prompt));
    long start = System.nanoTime();
    ModelResponse response;
    try {
      response = client.send(request);
    } catch (CuratorException e) {
      throw new LoopException("the solver model " + client.model() + " failed on " + r.step() + " of task "
          + r.task().id() + ": " + e.getMessage(), e);
    }
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    TokenUse tokens = TokenUse.of(response.usage().allInputTokens(), response.usage().outputTokens());
    ContentBlock.ToolUse call = response.toolUses().stream().filter(t -> t.name().equals(SubmitTool.NAME)).findFirst()
        .orElseThrow(() -> new LoopException("the solver model " + client.model() + " answered " + r.step() + " of task "
            + r.task().id() + " without calling " + SubmitTool.NAME + " (stop reason " + response.stopReason().wireName()
            + ")"));
    ObjectNode input = call.input();
    String where = "the " + SubmitTool.NAME + " answer of " + client.model() + " for " + r.step() + " of task " + r.task().id();
    Map<String, String> files = new LinkedHashMap<>();
    for (JsonNode f : input.path("files")) {
      if (!f.path("path").isTextual() || !f.path("content").isTextual()) {
        throw new LoopException(where + ": every file needs a path and a content, got " + f);
      }
      files.put(f.path("path").asText(), f.path("content").asText());
    }
    if (!files.containsKey(r.task().candidate())) {
      throw new LoopException(where + " has no " + r.task().candidate() + " (files given: " + files.keySet() + ")");
    }
    ObjectNode transcript = JsonNodeFactory.instance.objectNode();
    transcript.put("model", client.model());
    transcript.put("stop_reason", response.stopReason().wireName());
    transcript.putObject("usage").put("input_tokens", response.usage().allInputTokens())
        .put("output_tokens", response.usage().outputTokens());
    transcript.set("answer", input.deepCopy());
    return new SolverAnswer(files, input.path("plan").asText(""), input.path("reasoning").asText(""),
        AnswerFiles.decisions(input.path("decisions"), r.shown(), where), tokens, took, transcript);
  }

  @Override
  public String describe() {
    return "model " + client.model();
  }

  @Override
  public void close() {
    client.close();
  }
}
