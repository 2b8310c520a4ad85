package org.negativeknowledge.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.negativeknowledge.record.NkJson;

/**
 * Slow-body denial of service: hundreds of connections that trickle their request bodies one byte
 * a second (more than Tomcat's 200 worker threads) must not stop the server from answering a
 * client with the token promptly; clients without the token are refused before their body is read.
 */
@Tag("security")
class HttpSlowBodyTest {
  private static final String TOKEN = "slow-body-token";
  private static final int SLOW_WITH_TOKEN = 250;
  private static final int SLOW_WITHOUT_TOKEN = 250;
  @TempDir Path dir;

  @Test
  void slowBodiesDoNotStarveAnAuthenticatedClient() throws Exception {
    try (ServerFixture fx = ServerFixture.sqlite(dir, ServerSettings.loopback(0).withToken(TOKEN));
        Trickle trickle = new Trickle()) {
      int port = fx.server.port();
      List<Socket> anonymous = new ArrayList<>();
      for (int i = 0; i < SLOW_WITH_TOKEN + SLOW_WITHOUT_TOKEN; i++) {
        boolean withToken = i % 2 == 0;
        Socket s = trickle.open(port, "POST /api/check-route HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n"
            + (withToken ? "Authorization: Bearer " + TOKEN + "\r\n" : "")
            + "Content-Type: application/json\r\nContent-Length: 1000\r\n\r\n{");
        if (!withToken) {
          anonymous.add(s);
        }
      }
      for (Socket s : anonymous.subList(0, 20)) {
        assertThat(statusLine(s)).as("a client without the token is refused at once").contains(" 401 ");
      }
      trickle.start();
      Thread.sleep(2000);

      HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5)).build();
      for (int round = 0; round < 3; round++) {
        HttpResponse<String> stats = client.send(HttpRequest.newBuilder(URI.create(fx.url("/api/stats")))
            .header("Authorization", "Bearer " + TOKEN).timeout(Duration.ofSeconds(5)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(stats.statusCode()).isEqualTo(200);
        assertThat(NkJson.parseObject(stats.body()).path("active_entries").asInt()).isEqualTo(3);
        HttpResponse<String> route = client.send(HttpRequest.newBuilder(URI.create(fx.url("/api/check-route")))
            .header("Authorization", "Bearer " + TOKEN).header("Content-Type", "application/json")
            .timeout(Duration.ofSeconds(5)).POST(HttpRequest.BodyPublishers.ofString("{\"route\":\"grid search\"}")).build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(route.statusCode()).isEqualTo(200);
        Thread.sleep(1000);
      }
      assertThat(trickle.live()).as("slow clients with the token still connected").isGreaterThanOrEqualTo(SLOW_WITH_TOKEN / 2);
    }
  }

  @Test
  void aBodyThatStopsArrivingGets408() throws Exception {
    try (ServerFixture fx = ServerFixture.sqlite(dir, ServerSettings.loopback(0).withBodyTimeout(Duration.ofSeconds(2)))) {
      int port = fx.server.port();
      try (Socket s = new Socket()) {
        s.connect(new InetSocketAddress("127.0.0.1", port), 5000);
        s.setSoTimeout(15_000);
        s.getOutputStream().write(("POST /api/check-route HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n"
            + "Content-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"route\":").getBytes(StandardCharsets.US_ASCII));
        s.getOutputStream().flush();
        long t0 = System.nanoTime();
        String reply = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(reply).startsWith("HTTP/1.1 408").contains("\"status\":408").contains("did not arrive");
        assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(12));
      }
    }
  }

  private static String statusLine(Socket s) throws IOException {
    s.setSoTimeout(5000);
    InputStream in = s.getInputStream();
    StringBuilder sb = new StringBuilder();
    for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
      sb.append((char) c);
    }
    return sb.toString();
  }

  /** Connections that each send one more body byte every second until closed. */
  private static final class Trickle implements AutoCloseable {
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread thread = new Thread(this::run, "trickle");

    Socket open(int port, String head) throws IOException {
      Socket s = new Socket();
      s.connect(new InetSocketAddress("127.0.0.1", port), 5000);
      s.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
      s.getOutputStream().flush();
      sockets.add(s);
      return s;
    }

    void start() {
      thread.setDaemon(true);
      thread.start();
    }

    int live() {
      return (int) sockets.stream().filter(s -> !s.isClosed()).count();
    }

    private void run() {
      while (running.get()) {
        for (Socket s : sockets) {
          try {
            s.getOutputStream().write(' ');
            s.getOutputStream().flush();
          } catch (IOException e) {
            closeQuietly(s);
          }
        }
        try {
          Thread.sleep(1000);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    @Override
    public void close() throws InterruptedException {
      running.set(false);
      thread.interrupt();
      thread.join(5000);
      sockets.forEach(Trickle::closeQuietly);
    }

    private static void closeQuietly(Socket s) {
      try {
        s.close();
      } catch (IOException ignored) {
        // closing a broken connection
      }
    }
  }
}
