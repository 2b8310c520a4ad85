package org.negativeknowledge.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.negativeknowledge.server.HttpClientSupport.get;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.negativeknowledge.record.NkJson;
import org.negativeknowledge.server.HttpClientSupport.Answer;
import org.negativeknowledge.server.RawHttp.Reply;

/**
 * The HTTP attacks of a hostile client against a loopback server with a token: cross-site writes,
 * and requests the container itself rejects. Every answer must be the API's JSON error with the
 * right 4xx, without stack trace, server name or version, and nothing may be written to the bank.
 */
@Tag("security")
class HttpSecurityTest {
  private static final String TOKEN = "tok-for-attacks";
  private static final Duration WAIT = Duration.ofSeconds(20);
  @TempDir Path dir;
  ServerFixture fx;

  @BeforeEach
  void start() {
    fx = ServerFixture.sqlite(dir, ServerSettings.loopback(0).withToken(TOKEN));
  }

  @AfterEach
  void stop() {
    fx.close();
  }

  private String entryBody() {
    var rec = SampleRecords.sklearnImport();
    rec.put("id", "csrf-1");
    return NkJson.compact(NkJson.mapper().createObjectNode().set("record", rec));
  }

  private Answer postAs(String path, String contentType, String origin, String body) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(fx.url(path)))
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    if (origin != null) {
      b.header("Origin", origin);
    }
    return HttpClientSupport.send(b, TOKEN);
  }

  @Test
  void aWriteFromAnOpaqueOriginIsRefused() {
    Answer nullOrigin = postAs("/api/entries", "application/json", "null", entryBody());
    assertThat(nullOrigin.status()).isEqualTo(403);
    assertThat(nullOrigin.json().path("error").path("message").asText()).contains("Origin: null");
    assertThat(fx.bank.get("csrf-1")).isEmpty();
  }

  @Test
  void everyWriteMustBeJson() {
    for (String type : new String[] {"text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
        "application/json; charset=iso-8859-1", null}) {
      for (String path : new String[] {"/api/entries", "/api/consultations", "/api/check-route", "/mcp"}) {
        Answer a = postAs(path, type, null, path.equals("/api/entries") ? entryBody() : "{}");
        assertThat(a.status()).as(type + " " + path).isEqualTo(415);
        assertThat(a.json().path("error").path("message").asText()).contains("application/json");
      }
    }
    assertThat(fx.bank.get("csrf-1")).isEmpty();
    assertThat(postAs("/api/entries", "application/json; charset=UTF-8", null, entryBody()).status()).isEqualTo(201);
  }

  @Test
  void theTokenCookieIsRefusedFromAnotherOrigin() {
    Answer a = HttpClientSupport.send(HttpRequest.newBuilder(URI.create(fx.url("/api/check-route")))
        .header("Cookie", "nk_token=" + TOKEN).header("Origin", "http://localhost:1")
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"route\":\"x\"}")), null);
    assertThat(a.status()).isEqualTo(403);
    Answer same = HttpClientSupport.send(HttpRequest.newBuilder(URI.create(fx.url("/api/check-route")))
        .header("Cookie", "nk_token=" + TOKEN).header("Origin", fx.server.baseUrl())
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"route\":\"x\"}")), null);
    assertThat(same.status()).isEqualTo(200);
  }

  @Test
  void malformedRequestsGetJsonErrorsWithoutServerDetails() {
    int port = fx.server.port();
    String host = "Host: 127.0.0.1:" + port + "\r\n";
    Reply bigHeader = raw("GET /api/stats HTTP/1.1\r\n" + host + "X-Big: " + "a".repeat(64 * 1024) + "\r\n\r\n");
    Reply backslash = raw("GET /api\\stats HTTP/1.1\r\n" + host + "\r\n");
    Reply longUrl = raw("GET /api/" + "a".repeat(10_000) + " HTTP/1.1\r\n" + host + "\r\n");
    Reply badChunk = raw("POST /api/check-route HTTP/1.1\r\n" + host + "Authorization: Bearer " + TOKEN + "\r\n"
        + "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nZZZ\r\n{}\r\n0\r\n\r\n");
    Reply badVersion = raw("GET /api/stats HTTP/9.9\r\n" + host + "\r\n");
    Reply noRoute = raw("GET /nothing/here HTTP/1.1\r\n" + host + "Authorization: Bearer " + TOKEN
        + "\r\nConnection: close\r\n\r\n");
    for (Reply r : new Reply[] {bigHeader, backslash, longUrl, badChunk, badVersion, noRoute}) {
      assertThat(r.status()).as(r.all()).isBetween(400, r == badVersion ? 505 : 499);
      assertThat(r.headers().get("content-type")).as(r.all()).startsWith("application/json");
      assertThat(NkJson.parseObject(r.body()).path("error").path("status").asInt()).as(r.all()).isEqualTo(r.status());
      assertThat(r.all()).as(r.all()).doesNotContain("Tomcat").doesNotContain("Apache").doesNotContain("<html")
          .doesNotContain("Exception").doesNotContain("\tat ").doesNotContain(".java:");
      assertThat(r.headers().getOrDefault("server", "nk")).isEqualTo("nk");
    }
    assertThat(noRoute.status()).isEqualTo(404);
  }

  @Test
  void anUndecodableQueryIs400Not500() {
    Answer a = get(fx.url("/api/entries?query=%ff"), TOKEN);
    assertThat(a.status()).isEqualTo(400);
    assertThat(a.json().path("error").path("message").asText()).contains("UTF-8");
    assertThat(a.raw().body()).doesNotContain("Exception");
  }

  @Test
  void aHugeMcpBodyIs413() {
    Answer a = postAs("/mcp", "application/json", null, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\",\"params\":{\"x\":\""
        + "y".repeat((int) ServerSettings.DEFAULT_MAX_BODY_BYTES) + "\"}}");
    assertThat(a.status()).isEqualTo(413);
    assertThat(a.json().path("error").path("message").asText()).contains("--max-body");
  }

  private static Reply raw(String request) {
    return RawHttp.exchange("127.0.0.1", portOf(request), RawHttp.bytes(request), WAIT);
  }

  private static int portOf(String request) {
    int i = request.indexOf("Host: 127.0.0.1:") + "Host: 127.0.0.1:".length();
    return Integer.parseInt(request.substring(i, request.indexOf("\r\n", i)));
  }
}
