package org.negativeknowledge.app.view;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.negativeknowledge.app.curate.CurationOutcome;
import org.negativeknowledge.app.curate.StoredCuration;
import org.negativeknowledge.curator.CurationProvenance;
import org.negativeknowledge.curator.InputHash;
import org.negativeknowledge.curator.UsageAccount;
import org.negativeknowledge.validation.ValidationIssue;

/** The one JSON view of a curation's outcome and of validation issues. */
public final class CurationViews {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private CurationViews() {}

  /**
   * A curation: the curator, the record, whether it is valid and its issues, usage, provenance, and
   * where it went in the bank ({@code stored}: id, occurrences, signature key, deduplicated,
   * superseded; or {@code not_stored} with why).
   */
  public static ObjectNode outcome(CurationOutcome o) {
    ObjectNode v = F.objectNode();
    v.put("curator", o.curator());
    v.set("record", o.result().record());
    v.put("valid", o.result().validation().valid());
    v.set("issues", issues(o.result().validation().issues()));
    v.set("usage", usage(o.result().usage()));
    v.set("provenance", provenance(o.result().provenance()));
    if (o.stored().isPresent()) {
      StoredCuration s = o.stored().get();
      ObjectNode st = v.putObject("stored");
      st.put("id", s.entry().id());
      st.put("occurrences", s.entry().occurrences());
      st.put("signature_key", s.signatureKey());
      st.put("deduplicated", s.deduplicated());
      st.put("superseded", s.superseded());
      st.put("summary", s.report().summary());
    } else {
      v.putNull("stored");
    }
    v.put("not_stored", o.notStored().orElse(null));
    return v;
  }

  /** Validation issues: {@code path}, {@code code}, {@code message} each. */
  public static ArrayNode issues(List<ValidationIssue> issues) {
    ArrayNode arr = F.arrayNode();
    for (ValidationIssue i : issues) {
      arr.addObject().put("path", i.path()).put("code", i.code()).put("message", i.message());
    }
    return arr;
  }

  /** Tokens, calls, time and stop reason of a curation. */
  public static ObjectNode usage(UsageAccount u) {
    ObjectNode o = F.objectNode();
    o.put("input_tokens", u.inputTokens());
    o.put("output_tokens", u.outputTokens());
    o.put("model_calls", u.modelCalls());
    o.put("tool_calls", u.toolCalls());
    o.put("duration_ms", u.duration().toMillis());
    o.put("stop_reason", u.stopReason());
    return o;
  }

  /** Who curated the record from which inputs. */
  public static ObjectNode provenance(CurationProvenance p) {
    ObjectNode o = F.objectNode();
    o.put("curator", p.curator().wireName());
    o.put("model", p.model().orElse(null));
    o.put("variant", p.promptVariant());
    o.put("signature_key", p.signatureKey().orElse(null));
    ArrayNode inputs = o.putArray("inputs");
    for (InputHash i : p.inputs()) {
      inputs.addObject().put("name", i.name()).put("path", i.path().map(Object::toString).orElse(null))
          .put("bytes", i.bytes()).put("sha256", i.sha256());
    }
    return o;
  }
}
