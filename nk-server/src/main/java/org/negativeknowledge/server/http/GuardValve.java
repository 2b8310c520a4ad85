package org.negativeknowledge.server.http;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;

/**
 * Runs before every request, before any of its body is read:
 *
 * <ol>
 *   <li>{@code Origin: null} (sandboxed frames, {@code file://} pages) is refused (403);
 *   <li>on a loopback-only server, a {@code Host} or {@code Origin} that is not loopback is refused
 *       (403: DNS rebinding and cross-site requests); loopback is {@code localhost}, 127.0.0.0/8 and
 *       {@code ::1};
 *   <li>with a token, a request needs {@code Authorization: Bearer <token>} or the {@code nk_token}
 *       cookie (a browser gets it by opening {@code /?token=<token>} once); missing credentials get
 *       401, wrong ones 403 (constant-time comparison); a cookie from a page of another origin is
 *       refused (403);
 *   <li>every write ({@code POST}, {@code PUT}, {@code PATCH}, or any request with a body) must be
 *       {@code Content-Type: application/json} in UTF-8 (415), which no HTML form can send;
 *   <li>a declared body over the limit gets 413.
 * </ol>
 *
 * A refused request's connection is closed after the answer instead of draining its body, so an
 * unauthenticated client cannot hold a worker with a slow upload. An accepted body is read without
 * blocking ({@link BodyReader}) before the servlets see the request.
 */
final class GuardValve extends ValveBase {
  static final String COOKIE = "nk_token";
  private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH");

  private final Optional<byte[]> token;
  private final boolean loopbackOnly;
  private final long maxBody;
  private final Duration bodyTimeout;

  GuardValve(Optional<String> token, boolean loopbackOnly, long maxBody, Duration bodyTimeout) {
    super(true);
    this.token = token.map(t -> t.getBytes(StandardCharsets.UTF_8));
    this.loopbackOnly = loopbackOnly;
    this.maxBody = maxBody;
    this.bodyTimeout = bodyTimeout;
  }

  @Override
  public void invoke(Request request, Response response) throws IOException, ServletException {
    if (request.isAsyncDispatching()) {
      getNext().invoke(request, response);
      return;
    }
    String origin = request.getHeader("Origin");
    if (origin != null && origin.trim().equalsIgnoreCase("null")) {
      refuse(request, response, 403, "requests from an opaque origin (Origin: null: a sandboxed frame or a"
          + " file:// page) are refused; call the API from a page served by this server, or without a browser");
      return;
    }
    if (loopbackOnly && !loopbackHeaders(request.getHeader("Host"), origin)) {
      refuse(request, response, 403, "this server listens on loopback only and refuses requests addressed to"
          + " another host or coming from another origin (Host: " + request.getHeader("Host") + ", Origin: "
          + origin + ")");
      return;
    }
    if (token.isPresent() && !authenticate(request, response, origin)) {
      return;
    }
    boolean hasBody = request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null;
    if ((hasBody || WRITES.contains(request.getMethod())) && !isJson(request.getContentType())) {
      refuse(request, response, 415, "a " + request.getMethod() + " must carry 'Content-Type: application/json'"
          + " (UTF-8), got " + (request.getContentType() == null ? "none" : "'" + request.getContentType() + "'"));
      return;
    }
    if (request.getContentLengthLong() > maxBody) {
      refuse(request, response, 413, new BodyTooLargeException(maxBody).getMessage());
      return;
    }
    if (hasBody) {
      BodyReader.start(request, response, maxBody, bodyTimeout);
      return;
    }
    getNext().invoke(request, response);
  }

  private boolean authenticate(Request request, Response response, String origin) throws IOException {
    if ("GET".equals(request.getMethod()) && "/".equals(request.getRequestURI())) {
      String queryToken;
      try {
        queryToken = request.getParameter("token");
      } catch (IllegalStateException e) {
        refuse(request, response, 400, "the query string is not valid percent-encoded UTF-8");
        return false;
      }
      if (queryToken != null) {
        if (!matches(queryToken)) {
          refuse(request, response, 403, "wrong token");
          return false;
        }
        Cookie c = new Cookie(COOKIE, queryToken);
        c.setHttpOnly(true);
        c.setPath("/");
        c.setAttribute("SameSite", "Strict");
        response.addCookie(c);
        response.sendRedirect("/");
        return false;
      }
    }
    String auth = request.getHeader("Authorization");
    String presented = null;
    boolean byCookie = false;
    if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
      presented = auth.substring(7).trim();
    } else if (request.getCookies() != null) {
      for (Cookie c : request.getCookies()) {
        if (COOKIE.equals(c.getName())) {
          presented = c.getValue();
          byCookie = true;
        }
      }
    }
    if (presented == null) {
      response.setHeader("WWW-Authenticate", "Bearer realm=\"nk\"");
      refuse(request, response, 401, "this server requires a token: send 'Authorization: Bearer <token>'"
          + " (browsers: open /?token=<token> once)");
      return false;
    }
    if (!matches(presented)) {
      refuse(request, response, 403, "wrong token");
      return false;
    }
    if (byCookie && origin != null && !sameOrigin(origin, request.getHeader("Host"))) {
      refuse(request, response, 403, "the token cookie is only accepted from pages of this server (Origin: "
          + origin + ")");
      return false;
    }
    return true;
  }

  private static boolean loopbackHeaders(String host, String origin) {
    if (host != null && !HostChecks.isLoopback(HostChecks.hostOfHostHeader(host))) {
      return false;
    }
    return origin == null || HostChecks.hostOfOrigin(origin).map(HostChecks::isLoopback).orElse(false);
  }

  private static boolean sameOrigin(String origin, String host) {
    return host != null && HostChecks.authorityOfOrigin(origin)
        .map(a -> a.equals(host.toLowerCase(Locale.ROOT).trim()) || a.equals(stripDefaultPort(host)))
        .orElse(false);
  }

  private static String stripDefaultPort(String host) {
    String h = host.toLowerCase(Locale.ROOT).trim();
    return h.endsWith(":80") || h.endsWith(":443") ? h.substring(0, h.lastIndexOf(':')) : h;
  }

  private static boolean isJson(String contentType) {
    if (contentType == null) {
      return false;
    }
    String[] parts = contentType.split(";");
    if (!parts[0].trim().equalsIgnoreCase("application/json")) {
      return false;
    }
    for (int i = 1; i < parts.length; i++) {
      String p = parts[i].trim().toLowerCase(Locale.ROOT);
      if (p.startsWith("charset=") && !p.substring(8).replace("\"", "").equals("utf-8")) {
        return false;
      }
    }
    return true;
  }

  private boolean matches(String presented) {
    return MessageDigest.isEqual(token.get(), presented.getBytes(StandardCharsets.UTF_8));
  }

  private static void refuse(Request request, Response response, int status, String message) throws IOException {
    if (!bodyAlreadyHere(request)) {
      closeAfterResponse(request);
    }
    JsonResponses.error(response, status, message);
  }

  /** The most body bytes a refusal reads, when they have already arrived. */
  private static final int ARRIVED_BODY_BYTES = 64 * 1024;

  /**
   * Reads a small body that has already fully arrived, without waiting for anything. Closing a
   * connection with unread input makes the peer's TCP stack reset it, which can destroy the
   * refusal before the client reads it; a body still on its way is never waited for.
   */
  private static boolean bodyAlreadyHere(Request request) {
    long declared = request.getContentLengthLong();
    if (declared == 0) {
      return true;
    }
    if (declared < 0 || declared > ARRIVED_BODY_BYTES) {
      return false;
    }
    try {
      var in = request.getInputStream();
      if (in.available() < declared) {
        return false;
      }
      return in.readNBytes((int) declared).length == declared;
    } catch (IOException | IllegalStateException e) {
      return false;
    }
  }

  /**
   * Has the connection closed once the current answer is out, without draining the rest of the
   * request body: a refused upload costs no further reading.
   */
  static void closeAfterResponse(Request request) {
    request.getCoyoteRequest().action(ActionCode.DISABLE_SWALLOW_INPUT, null);
  }
}
