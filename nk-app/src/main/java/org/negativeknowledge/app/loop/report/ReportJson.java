package org.negativeknowledge.app.loop.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.negativeknowledge.app.loop.ConditionSummary;
import org.negativeknowledge.app.loop.Distribution;
import org.negativeknowledge.app.loop.LoopReport;
import org.negativeknowledge.app.loop.RoundSummary;

/** The report as one JSON object; every name explicit, every distribution with count, median and total. */
public final class ReportJson {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private ReportJson() {}

  public static ObjectNode toJson(LoopReport r) {
    ObjectNode o = F.objectNode();
    o.put("run_dir", r.runDir().toString());
    r.tasks().forEach(o.putArray("tasks")::add);
    o.put("solver", r.solver()).put("executor", r.executor()).put("curator", r.curator()).put("protection", r.protection());
    ArrayNode rows = o.putArray("conditions");
    for (ConditionSummary c : r.conditions()) {
      ObjectNode n = rows.addObject();
      n.put("condition", c.condition().wireName()).put("rounds", c.rounds()).put("tasks", c.tasks());
      n.put("passed", c.passed()).put("pass_rate", Double.parseDouble(Numbers.percent(c.passRate())));
      n.put("cumulative_passed", c.cumulativePassed())
          .put("cumulative_rate", Double.parseDouble(Numbers.percent(c.cumulativeRate())));
      n.put("attempts", c.attempts()).put("not_recorded", c.notRecorded()).put("errors", c.errors())
          .put("memory_unmeasured", c.unmeasuredMemory());
      n.set("memory_bytes", dist(c.memoryBytes()));
      n.set("memory_tokens", dist(c.memoryTokens()));
      n.set("solver_tokens", dist(c.solverTokens()));
      n.set("curator_tokens", dist(c.curatorTokens()));
      n.set("wall_ms", dist(c.wallMillis()));
      ArrayNode rounds = n.putArray("per_round");
      for (RoundSummary s : c.perRound()) {
        ObjectNode x = rounds.addObject().put("round", s.round()).put("step", s.step()).put("attempts", s.attempts())
            .put("passed", s.passed());
        x.set("memory_bytes", dist(s.memoryBytes()));
        x.set("memory_tokens", dist(s.memoryTokens()));
        x.set("solver_tokens", dist(s.solverTokens()));
      }
    }
    r.problems().forEach(o.putArray("problems")::add);
    r.incompleteTasks().forEach(o.putArray("incomplete_tasks")::add);
    return o;
  }

  private static ObjectNode dist(Distribution d) {
    ObjectNode n = F.objectNode().put("count", d.count());
    if (d.median().isPresent()) {
      n.put("median", d.median().getAsLong());
    } else {
      n.putNull("median");
    }
    return n.put("total", d.total());
  }
}
