package org.negativeknowledge.app.repro.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import org.negativeknowledge.app.repro.ClaimResult;
import org.negativeknowledge.app.repro.ClaimValue;
import org.negativeknowledge.app.repro.CrossCheck;
import org.negativeknowledge.app.repro.MissingInput;
import org.negativeknowledge.app.repro.RecomputedVerdict;
import org.negativeknowledge.app.repro.ReproReport;
import org.negativeknowledge.app.repro.StudyReport;
import org.negativeknowledge.record.NkJson;

/**
 * The JSON view of a report: {@code {data_dir, reproduced, studies: [{study, summary, matching,
 * not_decidable, mismatching, claims: [{id, measured, paper, computed, result, method, sources,
 * missing: [{file, task, evidence}]}]}], cross_checks: [...], verdicts: [...]}}. Values keep their
 * type: integers and decimals as numbers, texts as strings, booleans as booleans.
 */
public final class JsonReport {
  private JsonReport() {}

  /** The report as one JSON object. */
  public static ObjectNode toJson(ReproReport report) {
    ObjectNode o = NkJson.mapper().createObjectNode();
    o.put("data_dir", report.dataDir().toString());
    o.put("study", report.study().cliName());
    o.put("reproduced", report.reproduced());
    ArrayNode studies = o.putArray("studies");
    for (StudyReport s : report.studies()) {
      ObjectNode so = studies.addObject();
      so.put("study", s.study().cliName());
      so.put("summary", s.summaryLine());
      so.put("claims_total", s.results().size());
      so.put("matching", s.matching());
      so.put("not_decidable", s.undecidable().size());
      so.put("mismatching", s.mismatches().size());
      ArrayNode claims = so.putArray("claims");
      s.results().forEach(r -> claims.add(claim(r)));
    }
    ArrayNode checks = o.putArray("cross_checks");
    for (CrossCheck c : report.crossChecks()) {
      ObjectNode co = checks.addObject();
      co.put("id", c.id());
      co.put("study", c.study().cliName());
      co.put("title", c.title());
      co.put("compared", c.compared());
      co.put("agreeing", c.agreeing());
      co.put("agrees", c.agrees());
      c.differences().forEach(co.putArray("differences")::add);
      c.notes().forEach(co.putArray("notes")::add);
      c.sources().forEach(co.putArray("sources")::add);
    }
    if (report.verdictsRecomputed()) {
      ArrayNode verdicts = o.putArray("verdicts");
      report.verdicts().forEach(v -> verdicts.add(verdict(v)));
    }
    return o;
  }

  private static ObjectNode claim(ClaimResult r) {
    ObjectNode c = NkJson.mapper().createObjectNode();
    c.put("id", r.claim().id());
    c.put("measured", r.claim().measured());
    putValue(c, "paper", r.claim().paper());
    putValue(c, "computed", r.computed());
    c.put("result", r.outcome().name().toLowerCase(Locale.ROOT));
    c.put("method", r.method());
    r.sources().forEach(c.putArray("sources")::add);
    ArrayNode missing = c.putArray("missing");
    for (MissingInput m : r.missing()) {
      ObjectNode mo = missing.addObject();
      mo.put("file", m.file());
      if (m.task() == null) {
        mo.putNull("task");
      } else {
        mo.put("task", m.task());
      }
      mo.put("evidence", m.evidence());
    }
    return c;
  }

  private static void putValue(ObjectNode o, String field, ClaimValue v) {
    if (v == null) {
      o.putNull(field);
      return;
    }
    switch (v.kind()) {
      case INTEGER -> o.put(field, new BigInteger(v.text()));
      case DECIMAL -> o.put(field, new BigDecimal(v.text()));
      case BOOLEAN -> o.put(field, Boolean.parseBoolean(v.text()));
      case TEXT -> o.put(field, v.text());
      case NULL -> o.putNull(field);
    }
  }

  private static ObjectNode verdict(RecomputedVerdict v) {
    ObjectNode o = NkJson.mapper().createObjectNode();
    o.put("study", v.study().cliName());
    o.put("task", v.task());
    o.put("condition", v.condition());
    o.put("output", v.output());
    if (v.stored() == null) {
      o.putNull("stored_useful");
    } else {
      o.put("stored_useful", v.stored());
    }
    v.recomputedVerdict().ifPresentOrElse(c -> {
      o.put("recomputed_useful", c.useful());
      o.put("reason", c.reason());
      ObjectNode q = o.putObject("quantities");
      c.quantities().forEach(q::put);
    }, () -> o.putNull("recomputed_useful"));
    o.put("agrees", v.agrees());
    v.differences().forEach(o.putArray("differences")::add);
    return o;
  }
}
