package org.negativeknowledge.server.http;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Runs before every request: checks the bearer token (when one is configured), refuses foreign
 * Host/Origin headers on a loopback-only server (DNS rebinding), and enforces the body size limit.
 *
 * <p>With a token, a request passes when it carries {@code Authorization: Bearer <token>} or the
 * {@code nk_token} cookie; a browser gets the cookie by opening {@code /?token=<token>} once (the
 * page then redirects to {@code /} without the token in the address bar). Comparisons are
 * constant-time. Missing credentials get 401, wrong ones 403.
 */
final class GuardFilter implements Filter {
  static final String COOKIE = "nk_token";
  private static final Set<String> LOOPBACK_HOSTS = Set.of("127.0.0.1", "localhost", "[::1]", "::1");

  private final Optional<byte[]> token;
  private final boolean loopbackOnly;
  private final long maxBody;

  GuardFilter(Optional<String> token, boolean loopbackOnly, long maxBody) {
    this.token = token.map(t -> t.getBytes(StandardCharsets.UTF_8));
    this.loopbackOnly = loopbackOnly;
    this.maxBody = maxBody;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest req = (HttpServletRequest) request;
    HttpServletResponse resp = (HttpServletResponse) response;
    if (loopbackOnly && !localHeaders(req)) {
      JsonResponses.error(resp, 403, "this server listens on loopback only and refuses requests addressed to"
          + " another host or coming from another origin (Host: " + req.getHeader("Host") + ", Origin: "
          + req.getHeader("Origin") + ")");
      return;
    }
    if (token.isPresent()) {
      String queryToken =
          "GET".equals(req.getMethod()) && "/".equals(req.getRequestURI()) ? req.getParameter("token") : null;
      if (queryToken != null) {
        if (!matches(queryToken)) {
          JsonResponses.error(resp, 403, "wrong token");
          return;
        }
        Cookie c = new Cookie(COOKIE, queryToken);
        c.setHttpOnly(true);
        c.setPath("/");
        c.setAttribute("SameSite", "Strict");
        resp.addCookie(c);
        resp.sendRedirect("/");
        return;
      }
      String presented = presented(req);
      if (presented == null) {
        resp.setHeader("WWW-Authenticate", "Bearer realm=\"nk\"");
        JsonResponses.error(resp, 401, "this server requires a token: send 'Authorization: Bearer <token>'"
            + " (browsers: open /?token=<token> once)");
        return;
      }
      if (!matches(presented)) {
        JsonResponses.error(resp, 403, "wrong token");
        return;
      }
    }
    long declared = req.getContentLengthLong();
    if (declared > maxBody) {
      JsonResponses.error(resp, 413, new BodyTooLargeException(maxBody).getMessage());
      return;
    }
    chain.doFilter(new LimitedRequest(req, maxBody), response);
  }

  private boolean localHeaders(HttpServletRequest req) {
    String host = req.getHeader("Host");
    if (host != null && !LOOPBACK_HOSTS.contains(hostPart(host))) {
      return false;
    }
    String origin = req.getHeader("Origin");
    if (origin != null && !origin.equals("null")) {
      try {
        String h = URI.create(origin).getHost();
        return h != null && LOOPBACK_HOSTS.contains(h.toLowerCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        return false;
      }
    }
    return true;
  }

  private static String hostPart(String hostHeader) {
    String h = hostHeader.toLowerCase(Locale.ROOT).trim();
    if (h.startsWith("[")) {
      int end = h.indexOf(']');
      return end > 0 ? h.substring(0, end + 1) : h;
    }
    int colon = h.lastIndexOf(':');
    return colon > 0 ? h.substring(0, colon) : h;
  }

  private static String presented(HttpServletRequest req) {
    String auth = req.getHeader("Authorization");
    if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) {
      return auth.substring(7).trim();
    }
    if (req.getCookies() != null) {
      for (Cookie c : req.getCookies()) {
        if (COOKIE.equals(c.getName())) {
          return c.getValue();
        }
      }
    }
    return null;
  }

  private boolean matches(String presented) {
    return MessageDigest.isEqual(token.get(), presented.getBytes(StandardCharsets.UTF_8));
  }

  /** A request whose body stream fails once it passes the limit (for chunked bodies). */
  private static final class LimitedRequest extends HttpServletRequestWrapper {
    private final long max;
    private ServletInputStream stream;

    LimitedRequest(HttpServletRequest req, long max) {
      super(req);
      this.max = max;
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        ServletInputStream in = super.getInputStream();
        stream = new ServletInputStream() {
          private long count;

          @Override
          public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
              check(1);
            }
            return b;
          }

          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            int n = in.read(b, off, len);
            if (n > 0) {
              check(n);
            }
            return n;
          }

          private void check(int n) throws IOException {
            count += n;
            if (count > max) {
              throw new BodyLimitIOException(max);
            }
          }

          @Override
          public boolean isFinished() {
            return in.isFinished();
          }

          @Override
          public boolean isReady() {
            return in.isReady();
          }

          @Override
          public void setReadListener(ReadListener l) {
            in.setReadListener(l);
          }
        };
      }
      return stream;
    }
  }

  /** Thrown by the limited body stream; the API servlet turns it into 413. */
  static final class BodyLimitIOException extends IOException {
    private static final long serialVersionUID = 1L;
    final long limit;

    BodyLimitIOException(long limit) {
      super("request body larger than the limit of " + limit + " bytes");
      this.limit = limit;
    }
  }
}
