package org.negativeknowledge.app.view;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.negativeknowledge.bank.graph.BankUseCounts;
import org.negativeknowledge.bank.results.ResultsImport;
import org.negativeknowledge.bank.results.ResultsLog;
import org.negativeknowledge.bank.results.ResultsRow;
import org.negativeknowledge.bank.results.RouteRepeat;

/** The one JSON view of results-log imports and replays, and of imported research graphs' bank use. */
public final class ResultsViews {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;

  private ResultsViews() {}

  /** What importing a results log did. */
  public static ObjectNode imported(ResultsLog log, ResultsImport.Summary s) {
    ObjectNode o = F.objectNode();
    o.put("log", log.name());
    o.set("report", EntryViews.importReport(s.report()));
    o.put("negative", s.negative());
    o.put("positive", s.positive());
    o.put("skipped", s.skipped());
    o.put("diffs", s.diffs());
    return o;
  }

  /** The rows of a log that repeat an earlier ruled-out row, with why. */
  public static ObjectNode repeats(ResultsLog log, List<RouteRepeat> repeats, double threshold) {
    ObjectNode o = F.objectNode();
    o.put("log", log.name());
    o.put("rows", log.rows().size());
    o.put("threshold", threshold);
    ArrayNode arr = o.putArray("repeats");
    for (RouteRepeat r : repeats) {
      ObjectNode v = arr.addObject();
      v.set("row", row(r.row()));
      v.set("earlier", row(r.earlier()));
      v.put("score", r.score());
      v.put("why", r.why());
    }
    return o;
  }

  private static ObjectNode row(ResultsRow r) {
    return F.objectNode().put("line", r.line()).put("status", r.status()).put("route", r.route());
  }

  /** Citation and rejection counts of entries over imported research graphs. */
  public static ObjectNode bankUse(BankUseCounts counts) {
    ObjectNode o = F.objectNode();
    o.put("citations", counts.totalCitations());
    o.put("rejections", counts.totalRejections());
    ArrayNode arr = o.putArray("entries");
    for (String id : counts.entries()) {
      arr.addObject().put("entry_id", id).put("cited", counts.citedCount(id)).put("rejected", counts.rejectedCount(id));
    }
    return o;
  }
}
