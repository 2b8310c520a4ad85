package org.negativeknowledge.app.loop.internal;

import org.negativeknowledge.app.loop.internal.files.JsonFiles;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.negativeknowledge.app.loop.EntryChoice;
import org.negativeknowledge.app.loop.LoopException;
import org.negativeknowledge.app.loop.SolverAnswer;
import org.negativeknowledge.bank.consult.Decision;

/**
 * {@code answer.json}: the solver's whole answer, written as soon as it arrives, so an attempt
 * interrupted later (during its run, say) is resumed without asking the solver again.
 */
final class AnswerJson {
  static final String FILE = "answer.json";

  private AnswerJson() {}

  static void write(Path dir, SolverAnswer a) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    ObjectNode files = o.putObject("files");
    a.files().forEach(files::put);
    o.put("plan", a.plan());
    o.put("reasoning", a.reasoning());
    ArrayNode d = o.putArray("decisions");
    for (EntryChoice c : a.decisions()) {
      d.addObject().put("entry_id", c.entryId()).put("decision", c.decision().wireName()).put("reason", c.reason());
    }
    o.set("tokens", AttemptJson.tokens(a.tokens()));
    o.put("duration_ms", a.duration().toMillis());
    o.set("transcript", a.transcript());
    JsonFiles.write(dir.resolve(FILE), o);
  }

  /** The answer saved in {@code dir}, when a complete one is there. */
  static Optional<SolverAnswer> read(Path dir) {
    Path f = dir.resolve(FILE);
    if (!Files.isRegularFile(f)) {
      return Optional.empty();
    }
    try {
      ObjectNode o = JsonFiles.read(f);
      Map<String, String> files = new LinkedHashMap<>();
      o.path("files").properties().forEach(e -> files.put(e.getKey(), e.getValue().asText()));
      List<EntryChoice> decisions = new ArrayList<>();
      for (JsonNode x : o.path("decisions")) {
        decisions.add(new EntryChoice(x.path("entry_id").asText(), Decision.fromWireName(x.path("decision").asText()),
            x.path("reason").asText()));
      }
      return Optional.of(new SolverAnswer(files, o.path("plan").asText(), o.path("reasoning").asText(), decisions,
          AttemptJson.tokens(o.path("tokens")), Duration.ofMillis(o.path("duration_ms").asLong()),
          o.path("transcript").isObject() ? (ObjectNode) o.path("transcript") : JsonNodeFactory.instance.objectNode()));
    } catch (LoopException | IllegalArgumentException unreadable) {
      return Optional.empty();
    }
  }
}
