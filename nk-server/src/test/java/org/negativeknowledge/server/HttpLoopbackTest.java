package org.negativeknowledge.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.negativeknowledge.server.HttpClientSupport.Answer;

/**
 * Loopback is the whole of 127.0.0.0/8 and ::1: a server bound to 127.0.0.2 answers requests
 * addressed to it, and a loopback server accepts any loopback Host and Origin but no other.
 */
@Tag("security")
class HttpLoopbackTest {
  @TempDir Path dir;

  @Test
  void aServerBoundTo127002AnswersItsOwnAddress() throws Exception {
    Assumptions.assumeTrue(bindable("127.0.0.2"), "127.0.0.2 cannot be bound on this system (only 127.0.0.1 is"
        + " configured on its loopback interface)");
    try (ServerFixture fx = ServerFixture.sqlite(dir, ServerSettings.loopback(0).withHost("127.0.0.2"))) {
      assertThat(fx.server.baseUrl()).startsWith("http://127.0.0.2:");
      Answer a = HttpClientSupport.get(fx.url("/api/stats"), null);
      assertThat(a.status()).as(a.raw().body()).isEqualTo(200);
      assertThat(a.json().path("active_entries").asInt()).isEqualTo(3);
    }
  }

  @Test
  void anyLoopbackHostOrOriginPassesAndOthersAreRefused() {
    try (ServerFixture fx = ServerFixture.sqlite(dir, ServerSettings.loopback(0))) {
      int port = fx.server.port();
      for (String host : new String[] {"127.0.0.1:" + port, "127.1.2.3:" + port, "localhost:" + port, "[::1]:" + port}) {
        assertThat(status(fx, host, null)).as(host).isEqualTo(200);
      }
      for (String origin : new String[] {"http://127.0.0.9:1234", "http://localhost:5173", "http://[::1]:80"}) {
        assertThat(status(fx, "127.0.0.1:" + port, origin)).as(origin).isEqualTo(200);
      }
      assertThat(status(fx, "evil.example:" + port, null)).isEqualTo(403);
      assertThat(status(fx, "127.0.0.1.evil.example:" + port, null)).isEqualTo(403);
      assertThat(status(fx, "10.0.0.1:" + port, null)).isEqualTo(403);
      assertThat(status(fx, "127.0.0.1:" + port, "http://evil.example")).isEqualTo(403);
      assertThat(status(fx, "127.0.0.1:" + port, "null")).isEqualTo(403);
    }
  }

  private static int status(ServerFixture fx, String host, String origin) {
    RawHttp.Reply r = RawHttp.exchange("127.0.0.1", fx.server.port(), RawHttp.bytes("GET /api/stats HTTP/1.1\r\nHost: "
        + host + "\r\n" + (origin == null ? "" : "Origin: " + origin + "\r\n") + "Connection: close\r\n\r\n"),
        java.time.Duration.ofSeconds(20));
    return r.status();
  }

  private static boolean bindable(String address) {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName(address))) {
      return s.getLocalPort() > 0;
    } catch (java.io.IOException e) {
      return false;
    }
  }
}
