package org.negativeknowledge.server.web;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Serves the bank browser: {@code /} is {@code index.html}; {@code /app.js} and {@code /app.css}
 * come from the classpath folder {@code org/negativeknowledge/server/web/}. Only the listed files
 * are served, so no path can reach anything else on the classpath.
 */
public final class WebAssetServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final String BASE = "/org/negativeknowledge/server/web/";
  private static final Map<String, String> FILES = Map.of(
      "/", "index.html",
      "/index.html", "index.html",
      "/app.js", "app.js",
      "/app.css", "app.css",
      "/favicon.svg", "favicon.svg");

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    String file = FILES.get(req.getRequestURI());
    if (file == null) {
      resp.setStatus(404);
      resp.setContentType("application/json");
      resp.getOutputStream().write(("{\"error\":{\"status\":404,\"message\":\"no page " + jsonSafe(req.getRequestURI())
          + " (the bank browser is at /, the API at /api)\"}}\n").getBytes(StandardCharsets.UTF_8));
      return;
    }
    try (InputStream in = WebAssetServlet.class.getResourceAsStream(BASE + file)) {
      if (in == null) {
        resp.sendError(500, "missing web asset " + file);
        return;
      }
      byte[] bytes = in.readAllBytes();
      resp.setContentType(type(file));
      resp.setCharacterEncoding("UTF-8");
      resp.setHeader("Cache-Control", "no-cache");
      resp.setHeader("X-Content-Type-Options", "nosniff");
      resp.setHeader("Content-Security-Policy",
          "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'");
      resp.setContentLength(bytes.length);
      resp.getOutputStream().write(bytes);
    }
  }

  private static String jsonSafe(String s) {
    return s.replaceAll("[^A-Za-z0-9/._-]", "?");
  }

  private static String type(String file) {
    if (file.endsWith(".html")) {
      return "text/html";
    }
    if (file.endsWith(".js")) {
      return "text/javascript";
    }
    if (file.endsWith(".css")) {
      return "text/css";
    }
    return "image/svg+xml";
  }
}
