package org.negativeknowledge.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.negativeknowledge.record.NkJson;
import org.negativeknowledge.app.api.JsonApi;
import org.negativeknowledge.server.InvalidRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JSON API under {@code /api}. Routes (all bodies and answers are JSON objects):
 *
 * <pre>
 * GET  /api/entries?query=&amp;polarity=&amp;domain=&amp;layer=...&amp;limit=   search
 * POST /api/entries                      add {record, domain?, author?, source?, level?}
 * GET  /api/entries/{id}                 get (with usefulness and flags)
 * GET  /api/entries/{id}/history         every revision
 * GET  /api/entries/{id}/citations       the ledger's experiments that cited or rejected it
 * POST /api/entries/{id}/revise          {record, reason, author?, expected_revision?} (or If-Match)
 * POST /api/entries/{id}/retract         {reason, author?}
 * GET  /api/stats                        counts
 * POST /api/consultations                consult {task, context, domain?, token_budget?}
 * GET  /api/consultations?limit=N        the recent consultations of every task, newest first
 * GET  /api/consultations/{id}           one consultation with its decisions and experiment
 * GET  /api/consultations/{id}/decisions the decisions in force
 * POST /api/consultations/{id}/decisions {entry_id, decision, reason} or {decisions: [...]}
 * POST /api/experiments                  propose {consultation_id, experiment | method, strict?}
 * GET  /api/experiments/{id}             a stored experiment
 * POST /api/findings                     {experiment_id, outcome, diagnostics?, note?}
 * POST /api/check-route                  {route, task?, domain?}
 * GET  /api/usefulness                   counters and flagged (misleading) entries
 * GET  /api/graph?task=T                 the task's research graph
 * POST /api/curate                       see nk_curate
 * </pre>
 */
final class ApiServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final Logger LOG = LoggerFactory.getLogger(ApiServlet.class);

  private final transient JsonApi ops;

  ApiServlet(JsonApi ops) {
    this.ops = ops;
  }

  @Override
  protected void service(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    try {
      JsonNode result = route(req);
      JsonResponses.send(resp, "POST".equals(req.getMethod()) && created(req) ? 201 : 200, result);
    } catch (RuntimeException e) {
      HttpError error = HttpError.of(e);
      if (error.status() >= 500) {
        LOG.warn("{} {} failed", req.getMethod(), req.getRequestURI(), e);
      }
      JsonResponses.error(resp, error);
    }
  }

  private static boolean created(HttpServletRequest req) {
    String p = path(req);
    return p.equals("/entries") || p.equals("/consultations") || p.equals("/experiments") || p.equals("/findings");
  }

  private static String path(HttpServletRequest req) {
    String p = req.getPathInfo();
    return p == null ? "/" : p;
  }

  private JsonNode route(HttpServletRequest req) throws IOException {
    List<String> seg = segments(path(req));
    String m = req.getMethod();
    if (seg.isEmpty()) {
      return index();
    }
    switch (seg.get(0)) {
      case "entries":
        if (seg.size() == 1) {
          return method(m, "GET", () -> ops.search(query(req)), "POST", () -> ops.add(body(req)));
        }
        String id = seg.get(1);
        if (seg.size() == 2) {
          return method(m, "GET", () -> ops.get(JsonNodeFactory.instance.objectNode().put("id", id)), null, null);
        }
        if (seg.size() == 3) {
          switch (seg.get(2)) {
            case "history":
              return method(m, "GET", () -> ops.history(id), null, null);
            case "citations":
              return method(m, "GET", () -> ops.citations(id), null, null);
            case "revise":
              return method(m, "POST", () -> ops.revise(id, withIfMatch(body(req), req)), null, null);
            case "retract":
              return method(m, "POST", () -> ops.retract(id, body(req)), null, null);
            default:
              break;
          }
        }
        break;
      case "search":
        if (seg.size() == 1) {
          return method(m, "GET", () -> ops.search(query(req)), "POST", () -> ops.search(body(req)));
        }
        break;
      case "stats":
        if (seg.size() == 1) {
          return method(m, "GET", ops::stats, null, null);
        }
        break;
      case "consultations":
        if (seg.size() == 1) {
          return method(m, "POST", () -> ops.consult(body(req)), "GET", () -> ops.consultations(query(req)));
        }
        if (seg.size() == 2) {
          return method(m, "GET", () -> ops.consultation(seg.get(1)), null, null);
        }
        if (seg.size() == 3 && seg.get(2).equals("decisions")) {
          String cid = seg.get(1);
          return method(m, "GET", () -> ops.decisions(cid), "POST", () -> {
            ObjectNode b = body(req);
            b.put("consultation_id", cid);
            return ops.decide(b);
          });
        }
        break;
      case "decisions":
        if (seg.size() == 1) {
          return method(m, "POST", () -> ops.decide(body(req)), null, null);
        }
        break;
      case "experiments":
        if (seg.size() == 1) {
          return method(m, "POST", () -> ops.propose(body(req)), null, null);
        }
        if (seg.size() == 2) {
          return method(m, "GET", () -> ops.experiment(seg.get(1)), null, null);
        }
        break;
      case "findings":
        if (seg.size() == 1) {
          return method(m, "POST", () -> ops.finding(body(req)), null, null);
        }
        break;
      case "check-route":
        if (seg.size() == 1) {
          return method(m, "POST", () -> ops.checkRoute(body(req)), "GET", () -> ops.checkRoute(query(req)));
        }
        break;
      case "usefulness":
        if (seg.size() == 1) {
          return method(m, "GET", ops::usefulness, null, null);
        }
        break;
      case "graph":
        if (seg.size() == 1) {
          return method(m, "GET", () -> ops.graph(query(req)), null, null);
        }
        break;
      case "curate":
        if (seg.size() == 1) {
          return method(m, "POST", () -> ops.curate(body(req)), null, null);
        }
        break;
      default:
        break;
    }
    throw new org.negativeknowledge.server.ServerException(404,
        "no API route " + m + " " + req.getRequestURI() + " (GET /api lists the routes)", null);
  }

  private static JsonNode method(
      String actual, String m1, Supplier<ObjectNode> h1, String m2, Supplier<ObjectNode> h2) {
    if (actual.equals(m1)) {
      return h1.get();
    }
    if (m2 != null && actual.equals(m2)) {
      return h2.get();
    }
    throw new MethodNotAllowedException(actual, m2 == null ? m1 : m1 + ", " + m2);
  }

  private static ObjectNode index() {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    var routes = o.putArray("routes");
    for (String r : new String[] {
        "GET /api/entries?query=&polarity=&domain=&layer=&scope=&degree=&recommended_action=&risk=&depth=&shape=&status=&task_id=&limit=",
        "POST /api/entries", "GET /api/entries/{id}", "GET /api/entries/{id}/history",
        "GET /api/entries/{id}/citations",
        "POST /api/entries/{id}/revise", "POST /api/entries/{id}/retract", "GET /api/stats",
        "POST /api/consultations", "GET /api/consultations?limit=", "GET /api/consultations/{id}", "GET|POST /api/consultations/{id}/decisions", "POST /api/experiments",
        "GET /api/experiments/{id}", "POST /api/findings", "POST /api/check-route", "GET /api/usefulness",
        "GET /api/graph?task=", "POST /api/curate", "POST /mcp (MCP Streamable HTTP)"}) {
      routes.add(r);
    }
    return o;
  }

  private static List<String> segments(String path) {
    List<String> out = new ArrayList<>();
    for (String s : path.split("/")) {
      if (!s.isEmpty()) {
        out.add(URLDecoder.decode(s, StandardCharsets.UTF_8));
      }
    }
    return out;
  }

  private static ObjectNode query(HttpServletRequest req) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    Map<String, String[]> params;
    try {
      params = req.getParameterMap();
    } catch (IllegalStateException e) {
      throw new InvalidRequestException("the query string cannot be decoded: parameters must be percent-encoded"
          + " UTF-8 (e.g. %C3%A9 for \u00e9), at most 1000 of them");
    }
    for (Map.Entry<String, String[]> e : params.entrySet()) {
      if (e.getValue().length > 0 && !e.getKey().equals("token")) { // the token is the guard's, not an argument
        o.put(e.getKey(), e.getValue()[0]);
      }
    }
    return o;
  }

  /**
   * An {@code If-Match} header ({@code "2"}, {@code W/"2"} or {@code 2}: the revision the client
   * read) becomes the body's {@code expected_revision}; {@code *} expects nothing.
   */
  private static ObjectNode withIfMatch(ObjectNode body, HttpServletRequest req) {
    String header = req.getHeader("If-Match");
    if (header == null || header.isBlank() || header.strip().equals("*")) {
      return body;
    }
    String tag = header.strip();
    if (tag.startsWith("W/")) {
      tag = tag.substring(2);
    }
    tag = tag.replace("\"", "");
    if (!tag.matches("[1-9][0-9]{0,9}")) {
      throw new InvalidRequestException(
          "If-Match must name the entry revision the correction is based on, such as \"2\"; got " + header);
    }
    if (body.hasNonNull("expected_revision") && !body.get("expected_revision").asText().equals(tag)) {
      throw new InvalidRequestException(
          "If-Match " + header + " and expected_revision " + body.get("expected_revision") + " disagree");
    }
    body.put("expected_revision", Integer.parseInt(tag));
    return body;
  }

  private static ObjectNode body(HttpServletRequest req) {
    String text;
    try (InputStream in = req.getInputStream()) {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(in.readAllBytes()))
          .toString();
    } catch (CharacterCodingException e) {
      throw new InvalidRequestException("the request body is not valid UTF-8; send JSON encoded in UTF-8");
    } catch (IOException e) {
      throw new InvalidRequestException("cannot read the request body: " + e.getMessage());
    }
    if (text.isBlank()) {
      return JsonNodeFactory.instance.objectNode();
    }
    try {
      return NkJson.parseObject(text);
    } catch (RuntimeException e) {
      throw new InvalidRequestException("the request body is not a JSON object: " + e.getMessage());
    }
  }

  /** A known route asked with a method it does not answer (HTTP 405). */
  static final class MethodNotAllowedException extends org.negativeknowledge.server.ServerException {
    private static final long serialVersionUID = 1L;

    MethodNotAllowedException(String method, String allowed) {
      super(405, "method " + method + " not allowed here; use " + allowed, null);
    }
  }
}
