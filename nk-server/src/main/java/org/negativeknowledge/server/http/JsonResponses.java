package org.negativeknowledge.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.negativeknowledge.record.NkJson;

/** Writes JSON bodies and JSON errors ({@code {"error": {"status": N, "message": "..."}}}). */
final class JsonResponses {
  private JsonResponses() {}

  static void send(HttpServletResponse resp, int status, JsonNode body) throws IOException {
    byte[] bytes = (NkJson.compact(body) + "\n").getBytes(StandardCharsets.UTF_8);
    resp.setStatus(status);
    resp.setContentType("application/json");
    resp.setCharacterEncoding("UTF-8");
    resp.setHeader("Cache-Control", "no-store");
    resp.setContentLength(bytes.length);
    resp.getOutputStream().write(bytes);
  }

  static void error(HttpServletResponse resp, HttpError error) throws IOException {
    send(resp, error.status(), error.body());
  }

  static void error(HttpServletResponse resp, int status, String message) throws IOException {
    error(resp, HttpError.of(status, message));
  }
}
