package org.negativeknowledge.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.negativeknowledge.server.HttpClientSupport.get;
import static org.negativeknowledge.server.HttpClientSupport.post;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.negativeknowledge.server.HttpClientSupport.Answer;

/**
 * Token checks. "Off loopback" is real here: the server binds 0.0.0.0 (all interfaces, which
 * requires a token) and the test connects through 127.0.0.1. A second case runs a loopback
 * server that was given a token anyway, which must enforce it the same way.
 */
class HttpAuthTest {
  private static final String TOKEN = "s3cret-token-for-tests";
  @TempDir Path dir;

  @Test
  void offLoopbackEveryRequestNeedsTheToken() {
    try (ServerFixture fx = ServerFixture.sqlite(dir, ServerSettings.loopback(0).withHost("0.0.0.0").withToken(TOKEN))) {
      assertRequiresToken(fx);
    }
  }

  @Test
  void aLoopbackServerWithATokenEnforcesItToo() {
    try (ServerFixture fx = ServerFixture.sqlite(dir, ServerSettings.loopback(0).withToken(TOKEN))) {
      assertRequiresToken(fx);
    }
  }

  private static void assertRequiresToken(ServerFixture fx) {
    for (String path : new String[] {"/api/stats", "/", "/app.js", "/mcp"}) {
      Answer none = get(fx.url(path), null);
      assertThat(none.status()).as(path).isEqualTo(401);
      assertThat(none.json().path("error").path("message").asText()).contains("Bearer");
      assertThat(none.raw().headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"nk\"");
      Answer wrong = get(fx.url(path), "not-the-token");
      assertThat(wrong.status()).as(path).isEqualTo(403);
    }
    assertThat(post(fx.url("/api/entries"), "{}", "nearly-" + TOKEN).status()).isEqualTo(403);
    Answer ok = get(fx.url("/api/stats"), TOKEN);
    assertThat(ok.status()).isEqualTo(200);
    assertThat(ok.json().path("active_entries").asInt()).isEqualTo(3);

    // a browser opens /?token=T once: it gets an HttpOnly cookie and a redirect to /
    Answer login = get(fx.url("/?token=" + TOKEN), null);
    assertThat(login.status()).isEqualTo(302);
    String cookie = login.raw().headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(cookie).contains("nk_token=").contains("HttpOnly");
    Answer withCookie = HttpClientSupport.send(HttpRequest.newBuilder(URI.create(fx.url("/api/stats")))
        .header("Cookie", cookie.substring(0, cookie.indexOf(';'))).GET(), null);
    assertThat(withCookie.status()).isEqualTo(200);
    assertThat(get(fx.url("/?token=wrong"), null).status()).isEqualTo(403);
  }
}
