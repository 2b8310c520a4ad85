package org.negativeknowledge.server.http;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.negativeknowledge.record.NkJson;

/**
 * Tomcat's error page, replaced: every error the container answers itself (a malformed request
 * line, an oversized header or URL, a bad chunk, a servlet that failed, a {@code sendError}) gets
 * the API's JSON error ({@code {"error": {"status": N, "message": "..."}}}) with no stack trace, no
 * exception text and no server name or version. A short one-line message given to {@code
 * sendError} is kept in parentheses; a failed servlet's exception never is.
 */
public final class JsonErrorReportValve extends ErrorReportValve {
  private static final Map<Integer, String> MESSAGES = Map.ofEntries(
      Map.entry(400, "bad request: the request line, a header, the URL or the body framing is malformed"
          + " or too large (headers and URLs: at most 8 KiB)"),
      Map.entry(401, "authentication required"),
      Map.entry(403, "forbidden"),
      Map.entry(404, "not found: the JSON API is under /api (GET /api lists the routes), MCP at /mcp, the web page at /"),
      Map.entry(405, "method not allowed here"),
      Map.entry(408, "request timed out: the request did not arrive in time"),
      Map.entry(411, "length required"),
      Map.entry(413, "request too large"),
      Map.entry(414, "URI too long: at most 8 KiB"),
      Map.entry(415, "unsupported media type: send Content-Type: application/json"),
      Map.entry(431, "request header fields too large: at most 8 KiB"),
      Map.entry(500, "internal error (the server's log has the details)"),
      Map.entry(501, "not implemented"),
      Map.entry(503, "service unavailable (the server is starting or stopping)"),
      Map.entry(505, "HTTP version not supported: use HTTP/1.1"));

  public JsonErrorReportValve() {
    setShowReport(false);
    setShowServerInfo(false);
  }

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    int status = response.getStatus();
    if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    AtomicBoolean ioAllowed = new AtomicBoolean(true);
    response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
    if (!ioAllowed.get()) {
      return;
    }
    String message = MESSAGES.getOrDefault(status, "HTTP status " + status);
    String detail = response.getMessage();
    if (status != 500 && detail != null && !detail.isBlank() && detail.length() <= 200 && detail.lines().count() == 1) {
      message = message + " (" + detail.strip() + ")";
    }
    String body = NkJson.compact(HttpError.of(status, message).body()) + "\n";
    try {
      response.setContentType("application/json");
      response.setCharacterEncoding("UTF-8");
      response.setHeader("Cache-Control", "no-store");
      PrintWriter w = response.getReporter();
      if (w != null) {
        w.write(body);
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException e) {
      // the client is gone or the response is closed: nothing left to tell it
    }
  }
}
