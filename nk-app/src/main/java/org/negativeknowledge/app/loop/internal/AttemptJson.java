package org.negativeknowledge.app.loop.internal;

import org.negativeknowledge.app.loop.internal.files.JsonFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.negativeknowledge.app.loop.AttemptStatus;
import org.negativeknowledge.app.loop.Condition;
import org.negativeknowledge.app.loop.LoopException;
import org.negativeknowledge.app.loop.TokenUse;

/** Writes and reads {@code attempt.json}, every name explicit. */
public final class AttemptJson {
  /** The file name in an attempt's folder. */
  public static final String FILE = "attempt.json";

  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private AttemptJson() {}

  /** The record as JSON. */
  public static ObjectNode toJson(AttemptRecord a) {
    ObjectNode o = F.objectNode();
    o.put("task", a.task());
    o.put("step", a.step());
    o.put("condition", a.owner().wireName());
    o.put("round", a.round());
    o.put("status", a.status().wireName());
    o.put("message", a.message());
    o.put("started_at", a.startedAt().toString());
    o.put("finished_at", a.finishedAt().toString());
    o.putObject("memory").put("kind", a.memoryKind()).put("bytes", a.memoryBytes()).put("tokens", a.memoryTokens())
        .put("complete", a.memoryComplete());
    ObjectNode s = o.putObject("solver");
    s.set("tokens", tokens(a.solverTokens()));
    s.put("millis", a.solverMillis());
    s.put("plan", a.plan());
    a.execution().ifPresent(r -> {
      ObjectNode e = o.putObject("execution");
      if (r.exitCode().isPresent()) {
        e.put("exit_code", r.exitCode().getAsInt());
      } else {
        e.putNull("exit_code");
      }
      e.put("run_millis", r.runMillis());
      e.put("eval_millis", r.evalMillis());
      e.put("verdict", r.verdict());
      if (r.score().isPresent()) {
        e.put("score", r.score().getAsDouble());
      } else {
        e.putNull("score");
      }
      strings(e.putArray("stops"), r.stops());
      strings(e.putArray("outside_writes"), r.outsideWrites());
      e.put("leftover_processes", r.leftovers());
      e.put("candidate_sha256", r.candidateSha256());
    });
    a.bank().ifPresent(b -> {
      ObjectNode k = o.putObject("bank");
      k.put("consultation_id", b.consultationId());
      ArrayNode d = k.putArray("decisions");
      for (AttemptRecord.Decided x : b.decisions()) {
        d.addObject().put("entry_id", x.entryId()).put("task", x.task()).put("decision", x.decision())
            .put("reason", x.reason()).put("by_solver", x.bySolver());
      }
      k.put("experiment_id", b.experimentId());
      k.put("outcome", b.outcome().orElse(null));
    });
    ArrayNode c = o.putArray("curations");
    for (AttemptRecord.Curation x : a.curations()) {
      ObjectNode n = c.addObject();
      n.put("role", x.role()).put("kind", x.kind()).put("outcome", x.outcome()).put("message", x.message())
          .put("curator", x.curator());
      n.set("tokens", tokens(x.tokens()));
      n.put("millis", x.millis()).put("issues", x.issues()).put("file", x.file()).put("bank_entry", x.bankEntry())
          .put("bank_note", x.bankNote());
    }
    return o;
  }

  /**
   * Reads a record.
   *
   * @throws LoopException naming the file and field when it is not a complete attempt record
   */
  public static AttemptRecord read(Path file) {
    ObjectNode o = JsonFiles.read(file);
    try {
      return fromJson(o);
    } catch (RuntimeException e) {
      throw new LoopException(file + ": not a complete attempt record (" + e.getMessage()
          + "); delete the attempt's folder to make it again with --resume", e);
    }
  }

  static AttemptRecord fromJson(ObjectNode o) {
    JsonNode mem = req(o, "memory");
    JsonNode s = req(o, "solver");
    Optional<AttemptRecord.Run> run = Optional.ofNullable(o.get("execution")).map(AttemptJson::run);
    Optional<AttemptRecord.BankUse> bank = Optional.ofNullable(o.get("bank")).map(AttemptJson::bank);
    List<AttemptRecord.Curation> curations = new ArrayList<>();
    for (JsonNode n : req(o, "curations")) {
      curations.add(new AttemptRecord.Curation(text(n, "role"), text(n, "kind"), text(n, "outcome"), text(n, "message"),
          text(n, "curator"), tokens(n.path("tokens")), n.path("millis").asLong(), n.path("issues").asInt(),
          text(n, "file"), text(n, "bank_entry"), text(n, "bank_note")));
    }
    return new AttemptRecord(text(o, "task"), text(o, "step"), Condition.fromWireName(text(o, "condition")),
        req(o, "round").asInt(), AttemptStatus.fromWireName(text(o, "status")), text(o, "message"),
        Instant.parse(text(o, "started_at")), Instant.parse(text(o, "finished_at")), text(mem, "kind"),
        mem.path("bytes").asLong(), mem.path("tokens").asInt(), mem.path("complete").asBoolean(true), tokens(s.path("tokens")), s.path("millis").asLong(),
        text(s, "plan"), run, bank, curations);
  }

  private static AttemptRecord.Run run(JsonNode e) {
    JsonNode exit = e.path("exit_code");
    JsonNode score = e.path("score");
    return new AttemptRecord.Run(exit.isInt() ? OptionalInt.of(exit.asInt()) : OptionalInt.empty(),
        e.path("run_millis").asLong(), e.path("eval_millis").asLong(), text(e, "verdict"),
        score.isNumber() ? OptionalDouble.of(score.asDouble()) : OptionalDouble.empty(), strings(e.path("stops")),
        strings(e.path("outside_writes")), e.path("leftover_processes").asInt(), e.path("candidate_sha256").asText(""));
  }

  private static AttemptRecord.BankUse bank(JsonNode k) {
    List<AttemptRecord.Decided> d = new ArrayList<>();
    for (JsonNode x : k.path("decisions")) {
      d.add(new AttemptRecord.Decided(text(x, "entry_id"), x.path("task").asText(""), text(x, "decision"),
          text(x, "reason"), x.path("by_solver").asBoolean()));
    }
    JsonNode outcome = k.path("outcome");
    return new AttemptRecord.BankUse(text(k, "consultation_id"), d, text(k, "experiment_id"),
        outcome.isTextual() ? Optional.of(outcome.asText()) : Optional.empty());
  }

  static ObjectNode tokens(TokenUse t) {
    ObjectNode n = F.objectNode();
    put(n, "input", t.input());
    put(n, "output", t.output());
    put(n, "total", t.total());
    return n;
  }

  static TokenUse tokens(JsonNode n) {
    return new TokenUse(optLong(n.path("input")), optLong(n.path("output")), optLong(n.path("total")));
  }

  private static void put(ObjectNode n, String name, OptionalLong v) {
    if (v.isPresent()) {
      n.put(name, v.getAsLong());
    } else {
      n.putNull(name);
    }
  }

  private static OptionalLong optLong(JsonNode n) {
    return n.isIntegralNumber() ? OptionalLong.of(n.asLong()) : OptionalLong.empty();
  }

  private static void strings(ArrayNode a, List<String> values) {
    values.forEach(a::add);
  }

  private static List<String> strings(JsonNode a) {
    List<String> out = new ArrayList<>();
    a.forEach(x -> out.add(x.asText()));
    return out;
  }

  private static JsonNode req(JsonNode o, String name) {
    JsonNode n = o.get(name);
    if (n == null || n.isNull()) {
      throw new IllegalArgumentException("missing " + name);
    }
    return n;
  }

  private static String text(JsonNode o, String name) {
    JsonNode n = req(o, name);
    if (!n.isTextual()) {
      throw new IllegalArgumentException(name + " is not a string");
    }
    return n.asText();
  }
}
