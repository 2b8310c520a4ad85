package org.negativeknowledge.app.loop.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.negativeknowledge.app.loop.AttemptStatus;
import org.negativeknowledge.app.loop.Condition;
import org.negativeknowledge.bank.graph.GraphNode;
import org.negativeknowledge.bank.graph.ResearchGraph;

/**
 * The run as a research graph in the paper's shape ({@code research_state.jsonl}): per task a
 * Question, and per attempt that ran an Experiment (motivated by the Finding of the attempt before it
 * in its chain, citing and rejecting the bank entries it decided on), its Finding and the Decision
 * taken on it. {@code ts} counts up within the file.
 */
final class ResearchState {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private ResearchState() {}

  static ResearchGraph graph(RunRecords records) {
    List<GraphNode> nodes = new ArrayList<>();
    int ts = 0;
    for (String task : records.manifest().tasks()) {
      List<AttemptRecord> attempts = records.attempts(task);
      String question = "Q-" + task;
      ObjectNode q = F.objectNode().put("node_type", GraphNode.QUESTION).put("id", question).put("task", task);
      q.put("text", "Make task " + task + " pass its evaluator.");
      q.put("ts", ++ts);
      nodes.add(new GraphNode(q));
      for (AttemptRecord a : attempts) {
        if (a.status() != AttemptStatus.PASSED && a.status() != AttemptStatus.FAILED) {
          continue;
        }
        String id = task + "-" + a.step().replace('/', '-');
        ObjectNode e = F.objectNode().put("node_type", GraphNode.EXPERIMENT).put("id", "E-" + id);
        e.put("method", a.plan().isBlank() ? "(no plan given)" : a.plan());
        e.putObject("params").put("task", task).put("step", a.step()).put("condition", a.owner().wireName())
            .put("round", a.round()).put("memory", a.memoryKind());
        e.put("motivated_by", previous(task, a, records));
        ArrayNode cites = e.putArray("cites_bank");
        ArrayNode rejects = e.putArray("rejects_bank");
        a.bank().ifPresent(b -> b.decisions().forEach(d -> (d.decision().equals("adopt") ? cites : rejects).add(d.entryId())));
        a.bank().ifPresent(b -> e.put("bank_use_rationale", String.join("; ", b.decisions().stream()
            .map(d -> d.entryId() + " " + d.decision() + ": " + d.reason()).toList())));
        e.put("ts", ++ts);
        nodes.add(new GraphNode(e));
        AttemptRecord.Run run = a.execution().orElseThrow();
        ObjectNode f = F.objectNode().put("node_type", GraphNode.FINDING).put("id", "F-" + id).put("experiment", "E-" + id);
        ObjectNode d = f.putObject("diagnostics").put("verdict", run.verdict());
        if (run.score().isPresent()) {
          d.put("score", run.score().getAsDouble());
        }
        if (run.exitCode().isPresent()) {
          d.put("exit_code", run.exitCode().getAsInt());
        }
        f.put("kind", a.passed() ? "positive" : "negative");
        f.put("useful_self_assessment", a.passed());
        f.put("rationale", a.message());
        f.put("ts", ++ts);
        nodes.add(new GraphNode(f));
        ObjectNode dec = F.objectNode().put("node_type", GraphNode.DECISION).put("id", "D-" + id);
        dec.putArray("based_on").add("F-" + id);
        dec.put("action", a.passed() ? "stop" : "continue");
        dec.put("rationale", a.passed() ? "the evaluator passed it" : "failed: the next round of its condition, if any, tries again");
        dec.put("ts", ++ts);
        nodes.add(new GraphNode(dec));
      }
    }
    return ResearchGraph.of(nodes);
  }

  /** The Finding this attempt follows in its own chain, or the task's Question for a first attempt. */
  private static String previous(String task, AttemptRecord a, RunRecords records) {
    if (a.round() == 1) {
      return "Q-" + task;
    }
    Condition before = a.owner() == Condition.NKDEEP || a.owner() == Condition.SELFDEBUG ? Condition.SELFDEBUG : a.owner();
    String key = a.round() == 2 && a.owner() != Condition.BANK ? Step.key(Condition.BASE, 1) : Step.key(before, a.round() - 1);
    return records.attempt(task, key).map(p -> "F-" + task + "-" + key.replace('/', '-')).orElse("Q-" + task);
  }
}
