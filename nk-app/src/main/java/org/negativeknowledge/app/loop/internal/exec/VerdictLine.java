package org.negativeknowledge.app.loop.internal.exec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.negativeknowledge.app.loop.Verdict;
import org.negativeknowledge.record.MalformedJsonException;
import org.negativeknowledge.record.NkJson;

/**
 * The evaluator's verdict: the last line of its standard output that is a JSON object with a
 * {@code status}; {@code pass} or {@code fail}, an optional numeric {@code score} and an optional
 * {@code message}.
 */
final class VerdictLine {
  private VerdictLine() {}

  static Verdict parse(String stdout, int exitCode) {
    List<String> lines = stdout.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    for (int i = lines.size() - 1; i >= 0; i--) {
      String l = lines.get(i);
      if (!l.startsWith("{")) {
        continue;
      }
      ObjectNode o;
      try {
        o = NkJson.parseObject(l);
      } catch (MalformedJsonException notJson) {
        continue;
      }
      if (!o.has("status")) {
        continue;
      }
      String status = o.path("status").asText("").toLowerCase(Locale.ROOT);
      JsonNode score = o.path("score");
      OptionalDouble s = score.isNumber() ? OptionalDouble.of(score.asDouble()) : OptionalDouble.empty();
      String message = o.path("message").isTextual() ? o.path("message").asText() : "";
      return switch (status) {
        case "pass" -> new Verdict(Verdict.Status.PASS, s, message);
        case "fail" -> new Verdict(Verdict.Status.FAIL, s, message);
        default -> new Verdict(Verdict.Status.NO_VERDICT, s,
            "the evaluator's verdict has status '" + o.path("status").asText() + "'; expected pass or fail");
      };
    }
    return new Verdict(Verdict.Status.NO_VERDICT, OptionalDouble.empty(),
        "the evaluator (exit code " + exitCode + ") printed no verdict line {\"status\": \"pass\"|\"fail\", ...}");
  }

  /** The log's closing line: {@code PASS score=1: message}. */
  static String logLine(Verdict v) {
    String head = switch (v.status()) {
      case PASS -> "PASS";
      case FAIL -> "FAIL";
      case NO_VERDICT -> "NO VERDICT";
      case NOT_RUN -> "NOT RUN";
    };
    String score = v.score().isPresent() ? " score=" + fmt(v.score().getAsDouble()) : "";
    return head + score + (v.message().isEmpty() ? "" : ": " + v.message().replace('\n', ' '));
  }

  /** The verdict as a score tuple line: {@code (0, 'nk loop verdict: fail: message')}. */
  static String tuple(Verdict v) {
    double value = v.passed() ? Math.max(1, v.score().orElse(1)) : Math.min(v.score().orElse(0), 0.999);
    String text = "nk loop verdict: " + v.status().wireName() + (v.message().isEmpty() ? "" : ": " + v.message());
    return "(" + (v.passed() ? "1" : fmt(Math.max(0, value))) + ", '" + text.replace("\\", "/").replace("'", "\"")
        .replace('\n', ' ') + "')";
  }

  static String fmt(double d) {
    return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : Double.toString(d);
  }
}
