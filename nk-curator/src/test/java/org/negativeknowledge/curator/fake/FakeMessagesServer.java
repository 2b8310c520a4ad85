package org.negativeknowledge.curator.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.Encoding;
import com.knuddels.jtokkit.api.EncodingType;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.negativeknowledge.record.NkJson;

/**
 * A local server speaking the Anthropic Messages API ({@code POST /v1/messages}) for tests: the
 * real SDK talks to it over HTTP. Answers come from a queue of {@link FakeReply}s, then from a
 * responder function that sees each request body. Every request is recorded (body and headers).
 * Usage counts are cl100k_base tokens of the request body and of the answer's content, so token
 * figures are comparable across modes.
 *
 * <p>Thread-safe. Close it to free the port.
 */
public final class FakeMessagesServer implements AutoCloseable {

  /** One request as received. */
  public record RecordedRequest(String path, Map<String, List<String>> headers, String body) {
    /** The body parsed. */
    public JsonNode json() {
      return NkJson.parseObject(body);
    }
  }

  private static final Encoding CL100K = Encodings.newDefaultEncodingRegistry().getEncoding(EncodingType.CL100K_BASE);

  private final HttpServer server;
  private final Deque<FakeReply> queue = new ArrayDeque<>();
  private final List<RecordedRequest> requests = new ArrayList<>();
  private Function<JsonNode, FakeReply> responder =
      req -> FakeReply.error(500, "api_error");

  private FakeMessagesServer(HttpServer server) {
    this.server = server;
  }

  /** Starts a server on a free port of the loopback interface. */
  public static FakeMessagesServer start() {
    try {
      HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      FakeMessagesServer fake = new FakeMessagesServer(s);
      s.createContext("/", fake::handle);
      s.setExecutor(Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fake-messages");
        t.setDaemon(true);
        return t;
      }));
      s.start();
      return fake;
    } catch (IOException e) {
      throw new IllegalStateException("cannot start the fake Messages server", e);
    }
  }

  /** The base URL to give the SDK (no {@code /v1}). */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Queues answers, used in order before the responder. */
  public synchronized FakeMessagesServer enqueue(FakeReply... replies) {
    queue.addAll(List.of(replies));
    return this;
  }

  /** Sets the function that answers once the queue is empty (default: HTTP 500). */
  public synchronized FakeMessagesServer respondWith(Function<JsonNode, FakeReply> f) {
    this.responder = f;
    return this;
  }

  /** Every request so far, in order. */
  public synchronized List<RecordedRequest> requests() {
    return List.copyOf(requests);
  }

  /** cl100k_base tokens of a text. */
  public static int tokens(String text) {
    return CL100K.countTokensOrdinary(text);
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      FakeReply reply;
      synchronized (this) {
        requests.add(new RecordedRequest(ex.getRequestURI().getPath(), Map.copyOf(ex.getRequestHeaders()), body));
        if (!ex.getRequestURI().getPath().equals("/v1/messages")) {
          reply = FakeReply.error(404, "not_found_error");
        } else if (!queue.isEmpty()) {
          reply = queue.poll();
        } else {
          reply = responder.apply(NkJson.parseObject(body));
        }
      }
      if (!reply.delay().isZero()) {
        try {
          Thread.sleep(reply.delay().toMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
      byte[] out = NkJson.compact(reply.body(tokens(body), tokens(reply.contentText())))
          .getBytes(StandardCharsets.UTF_8);
      ex.getResponseHeaders().add("Content-Type", "application/json");
      reply.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
      ex.sendResponseHeaders(reply.status(), out.length);
      try (OutputStream os = ex.getResponseBody()) {
        os.write(out);
      } catch (IOException clientGone) {
        // the client timed out and closed the connection: nothing to answer
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
