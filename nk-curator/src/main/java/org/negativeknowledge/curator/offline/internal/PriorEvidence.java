package org.negativeknowledge.curator.offline.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.negativeknowledge.curator.signature.EvalScore;
import org.negativeknowledge.curator.signature.PythonTraceback;

/**
 * What the solver of a round already knew about earlier failures of the same task: the earlier
 * rounds' failure signatures (a deep record's rounds) or the text of the earlier round's record
 * (round 2 made with the round-1 record). A failure is <em>revealed</em> when an earlier round
 * failed the same way or the earlier record already names it; repeating a revealed failure is
 * no longer a misunderstanding of what the evaluator expects, it is code that does not meet a
 * known expectation.
 *
 * @param followUp true when the round was made after at least one earlier failure
 * @param signatureKeys the earlier rounds' failure signature keys
 * @param text what the earlier record said (observation, rationale, route, alternative), lower case
 */
public record PriorEvidence(boolean followUp, List<String> signatureKeys, String text) {

  public PriorEvidence {
    signatureKeys = List.copyOf(signatureKeys);
    Objects.requireNonNull(text, "text");
  }

  /** A first attempt: nothing earlier. */
  public static PriorEvidence none() {
    return new PriorEvidence(false, List.of(), "");
  }

  /** A round made with the earlier round's record in hand. */
  public static PriorEvidence ofRecord(JsonNode record) {
    StringBuilder b = new StringBuilder();
    for (String field : new String[] {"attempted_route", "observation", "rationale", "recommended_alternative"}) {
      b.append(record.path(field).asText("")).append('\n');
    }
    return new PriorEvidence(true, List.of(), b.toString().toLowerCase(Locale.ROOT));
  }

  /** A round made after {@code earlier} rounds failed (empty: a first attempt). */
  public static PriorEvidence ofRounds(List<RoundFacts> earlier) {
    if (earlier.isEmpty()) {
      return none();
    }
    List<String> keys = new ArrayList<>();
    earlier.forEach(r -> keys.add(r.signature().signatureKey()));
    return new PriorEvidence(true, keys, "");
  }

  /** True when an earlier round failed the way {@code f} fails, or the earlier record names it. */
  public boolean revealed(RoundFacts f) {
    if (signatureKeys.contains(f.signature().signatureKey())) {
      return true;
    }
    if (text.isEmpty()) {
      return false;
    }
    for (String fragment : fragments(f)) {
      if (fragment.length() >= 3 && text.contains(fragment.toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** The distinctive pieces of a round's failure that an earlier record would quote. */
  private static List<String> fragments(RoundFacts f) {
    List<String> out = new ArrayList<>();
    EvaluatorComplaint.of(f.signature().eval()).ifPresent(c -> {
      c.names().forEach(n -> out.add("'" + n + "'"));
      String core = c.message().contains(": ") ? c.message().substring(c.message().indexOf(": ") + 2) : c.message();
      out.add(core.length() > 40 ? core.substring(0, 40) : core);
    });
    Optional<EvalScore> score = f.signature().eval().score();
    score.filter(s -> s.correct().isPresent())
        .ifPresent(s -> out.add(s.correct().getAsInt() + "/" + s.total().orElse(0)));
    score.filter(s -> s.correct().isPresent())
        .ifPresent(s -> out.add(s.correct().getAsInt() + " / " + s.total().orElse(0)));
    f.signature().traceback().map(PythonTraceback::headline)
        .ifPresent(h -> out.add(h.length() > 40 ? h.substring(0, 40) : h));
    return out;
  }
}
