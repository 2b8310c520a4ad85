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
import java.util.LinkedHashMap;
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
 * figures are comparable across modes; a request with {@code cache_control} marks has its input
 * split into uncached, cache-write and cache-read tokens by a model of the API's prompt cache
 * ({@link PromptCache}).
 *
 * <p>{@link #start()} serves HTTP/1.1 with keep-alive (the JDK's server); {@link #startHttp10()}
 * answers HTTP/1.0 and closes every connection after its answer without saying so, as proxies
 * and old servers do, so that a client's pooled connection goes stale.
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

  /** One answer ready to be written: status, headers and body bytes, sent after {@code delayMillis}. */
  record Answer(int status, Map<String, String> headers, byte[] body, long delayMillis) {}

  private static final Encoding CL100K = Encodings.newDefaultEncodingRegistry().getEncoding(EncodingType.CL100K_BASE);

  private final Deque<FakeReply> queue = new ArrayDeque<>();
  private final List<RecordedRequest> requests = new ArrayList<>();
  private final PromptCache cache = new PromptCache();
  private Function<JsonNode, FakeReply> responder =
      req -> FakeReply.error(500, "api_error");
  private AutoCloseable transport;
  private int port;

  private FakeMessagesServer() {}

  /** Starts an HTTP/1.1 server (keep-alive) on a free port of the loopback interface. */
  public static FakeMessagesServer start() {
    FakeMessagesServer fake = new FakeMessagesServer();
    try {
      HttpServer s = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      s.createContext("/", fake::handle);
      s.setExecutor(Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "fake-messages");
        t.setDaemon(true);
        return t;
      }));
      s.start();
      fake.transport = () -> s.stop(0);
      fake.port = s.getAddress().getPort();
      return fake;
    } catch (IOException e) {
      throw new IllegalStateException("cannot start the fake Messages server", e);
    }
  }

  /**
   * Starts a server that answers {@code HTTP/1.0} without keep-alive: it closes each connection
   * right after its answer, with no {@code Connection: close} header.
   */
  public static FakeMessagesServer startHttp10() {
    FakeMessagesServer fake = new FakeMessagesServer();
    Http10Transport t = Http10Transport.start(fake::answer);
    fake.transport = t;
    fake.port = t.port();
    return fake;
  }

  /** The base URL to give the SDK (no {@code /v1}). */
  public String baseUrl() {
    return "http://127.0.0.1:" + port;
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

  /** Tokens for the usage block; texts over 1 MB are estimated (4 chars a token) to stay fast. */
  private static long usageTokens(String text) {
    return text.length() > 1_000_000 ? text.length() / 4 : tokens(text);
  }

  /** Records one request and works out its answer. */
  Answer answer(String path, Map<String, List<String>> headers, String body) {
    FakeReply reply;
    JsonNode json = null;
    synchronized (this) {
      requests.add(new RecordedRequest(path, Map.copyOf(headers), body));
      if (!path.equals("/v1/messages")) {
        reply = FakeReply.error(404, "not_found_error");
      } else if (!queue.isEmpty()) {
        reply = queue.poll();
      } else {
        json = NkJson.parseObject(body);
        reply = responder.apply(json);
      }
    }
    long input = usageTokens(body);
    PromptCache.Split split = body.contains("\"cache_control\"")
        ? cache.account(json != null ? json : NkJson.parseObject(body), input)
        : new PromptCache.Split(input, 0, 0);
    byte[] out = NkJson.compact(reply.body(split.uncached(), usageTokens(reply.contentText()), split.written(), split.read()))
        .getBytes(StandardCharsets.UTF_8);
    Map<String, String> h = new LinkedHashMap<>();
    h.put("Content-Type", "application/json");
    h.putAll(reply.headers());
    return new Answer(reply.status(), h, out, reply.delay().toMillis());
  }

  private void handle(HttpExchange ex) throws IOException {
    try (ex) {
      String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      Answer a = answer(ex.getRequestURI().getPath(), ex.getRequestHeaders(), body);
      if (a.delayMillis() > 0) {
        try {
          Thread.sleep(a.delayMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
      a.headers().forEach((k, v) -> ex.getResponseHeaders().add(k, v));
      ex.sendResponseHeaders(a.status(), a.body().length);
      try (OutputStream os = ex.getResponseBody()) {
        os.write(a.body());
      } catch (IOException clientGone) {
        // the client timed out or gave up reading and closed the connection: nothing to answer
      }
    }
  }

  @Override
  public void close() {
    try {
      transport.close();
    } catch (Exception e) {
      throw new IllegalStateException("cannot stop the fake Messages server", e);
    }
  }
}
