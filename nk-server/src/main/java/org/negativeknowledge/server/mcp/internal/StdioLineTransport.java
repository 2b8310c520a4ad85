package org.negativeknowledge.server.mcp.internal;

import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.TypeRef;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCMessage;
import io.modelcontextprotocol.spec.McpSchema.JSONRPCRequest;
import io.modelcontextprotocol.spec.McpServerSession;
import io.modelcontextprotocol.spec.McpServerTransport;
import io.modelcontextprotocol.spec.McpServerTransportProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * The MCP stdio transport: newline-delimited JSON-RPC on a pair of byte streams, one session.
 *
 * <p>Written for what the SDK's {@code StdioServerTransportProvider} (2.1.0) does not survive: it
 * hands every reply to a Reactor unicast sink with {@code emitNext(busyLooping(100 ms))}, so under
 * many concurrent replies on few cores a spinning emitter gives up ("Rule 1.3 ... MUST be signaled
 * serially"), the reply is lost and the error ends the inbound flux, the whole session and end-of-
 * input detection with it; and any line it cannot parse ends the session too. Here:
 *
 * <ul>
 *   <li>replies are written under one lock (a blocking write, never a spin), one line each;
 *   <li>each request runs on a worker pool, so slow calls do not hold up others (ping included);
 *       a failed request is answered with a JSON-RPC error, never dropped;
 *   <li>a line that is not JSON ({@code -32700}), not one JSON-RPC object ({@code -32600}), has
 *       mistyped params ({@code -32602}), is not UTF-8 or is too long is answered with an error and
 *       the session goes on;
 *   <li>at end of input the requests in flight get a few seconds to answer, then {@link #awaitEnd()}
 *       returns.
 * </ul>
 *
 * Build the server with {@code immediateExecution(true)}: the handlers then run on these workers.
 */
public final class StdioLineTransport implements McpServerTransportProvider {
  private static final Logger LOG = LoggerFactory.getLogger(StdioLineTransport.class);
  /** Longest message line accepted (16 MiB, as the SDK's own stdio transport). */
  public static final int DEFAULT_MAX_LINE_BYTES = 16 * 1024 * 1024;
  /** How long requests in flight may still answer once the input has ended. */
  public static final Duration DRAIN_AT_END = Duration.ofSeconds(5);
  private static final int WORKERS = 16;

  private final McpJsonMapper mapper;
  private final InputStream in;
  private final OutputStream out;
  private final int maxLineBytes;
  private final List<String> tools;
  private final Object writeLock = new Object();
  private final ExecutorService workers;
  private final CountDownLatch ended = new CountDownLatch(1);
  private final AtomicBoolean closing = new AtomicBoolean();
  private volatile McpServerSession session;

  /** A transport over {@code in}/{@code out} accepting lines up to {@code maxLineBytes}. */
  public StdioLineTransport(McpJsonMapper mapper, InputStream in, OutputStream out, int maxLineBytes) {
    this(mapper, in, out, maxLineBytes, List.of());
  }

  /**
   * A transport over {@code in}/{@code out} accepting lines up to {@code maxLineBytes} that answers
   * a call of a tool not in {@code tools} itself (see {@link JsonRpcIntake}).
   */
  public StdioLineTransport(McpJsonMapper mapper, InputStream in, OutputStream out, int maxLineBytes,
      List<String> tools) {
    this.mapper = mapper;
    this.tools = List.copyOf(tools);
    this.in = in;
    this.out = out;
    this.maxLineBytes = maxLineBytes;
    AtomicInteger n = new AtomicInteger();
    ThreadPoolExecutor pool = new ThreadPoolExecutor(WORKERS, WORKERS, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
        r -> {
          Thread t = new Thread(r, "nk-mcp-stdio-" + n.incrementAndGet());
          t.setDaemon(true);
          return t;
        });
    pool.allowCoreThreadTimeOut(true);
    this.workers = pool;
  }

  @Override
  public void setSessionFactory(McpServerSession.Factory factory) {
    session = factory.create(new SessionTransport());
    Thread reader = new Thread(this::readLoop, "nk-mcp-stdin");
    reader.setDaemon(true);
    reader.start();
  }

  /** Blocks until the input has ended and the requests in flight have answered (or timed out). */
  public void awaitEnd() throws InterruptedException {
    ended.await();
  }

  @Override
  public Mono<Void> notifyClients(String method, Object params) {
    McpServerSession s = session;
    return s == null ? Mono.empty() : s.sendNotification(method, params);
  }

  @Override
  public Mono<Void> closeGracefully() {
    return Mono.fromRunnable(() -> {
      closing.set(true);
      workers.shutdown();
    });
  }

  private void readLoop() {
    BoundedLineReader lines = new BoundedLineReader(in, maxLineBytes);
    try {
      for (BoundedLineReader.Line line = lines.next(); line != null && !closing.get(); line = lines.next()) {
        accept(line);
      }
    } catch (IOException e) {
      LOG.warn("stdin cannot be read any more ({}); ending the MCP session", e.getMessage());
    } finally {
      finish();
    }
  }

  private void accept(BoundedLineReader.Line line) {
    if (line.tooLong()) {
      reply(JsonRpcFailure.invalidRequest("invalid request: line " + line.number() + " is longer than "
          + maxLineBytes + " bytes; send smaller messages", null));
      return;
    }
    if (line.notUtf8()) {
      reply(JsonRpcFailure.parseError("parse error: line " + line.number() + " is not UTF-8 text"));
      return;
    }
    if (line.text().isBlank()) {
      return;
    }
    JsonRpcIntake intake = JsonRpcIntake.read(mapper, line.text(), tools);
    if (!intake.ok()) {
      reply(intake.failure());
      return;
    }
    JSONRPCMessage m = intake.message();
    if (m instanceof JSONRPCRequest r && !McpSchema.METHOD_INITIALIZE.equals(r.method())) {
      workers.execute(() -> handle(m));
    } else {
      // initialize, notifications and responses: in order, before anything read after them
      handle(m);
    }
  }

  private void handle(JSONRPCMessage m) {
    try {
      session.handle(m).block();
    } catch (RuntimeException e) {
      if (m instanceof JSONRPCRequest r) {
        LOG.warn("MCP request {} ({}) failed outside its handler", r.id(), r.method(), e);
        reply(new JsonRpcFailure(McpSchema.ErrorCodes.INTERNAL_ERROR,
            "internal error while handling " + r.method() + " (the server's log has the details)",
            mapper.convertValue(r.id(), com.fasterxml.jackson.databind.JsonNode.class)));
      } else {
        LOG.warn("MCP message failed: {}", e.getMessage());
      }
    }
  }

  private void finish() {
    workers.shutdown();
    try {
      if (!workers.awaitTermination(DRAIN_AT_END.toMillis(), TimeUnit.MILLISECONDS)) {
        LOG.warn("input ended; {} request(s) still running are abandoned", workers.shutdownNow().size());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      closing.set(true);
      McpServerSession s = session;
      if (s != null) {
        s.close();
      }
      ended.countDown();
    }
  }

  private void reply(JsonRpcFailure f) {
    try {
      writeLine(f.toJson().toString());
    } catch (UncheckedIOException e) {
      LOG.debug("cannot write an error reply: {}", e.getMessage());
    }
  }

  private void writeLine(String json) {
    byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
    synchronized (writeLock) {
      try {
        out.write(bytes);
        out.write('\n');
        out.flush();
      } catch (IOException e) {
        throw new UncheckedIOException("stdout is closed: " + e.getMessage(), e);
      }
    }
  }

  /** The session's side: serialises each message to one line. */
  private final class SessionTransport implements McpServerTransport {
    @Override
    public Mono<Void> sendMessage(JSONRPCMessage message) {
      return Mono.fromRunnable(() -> {
        String json;
        try {
          json = mapper.writeValueAsString(message);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot serialise an MCP message: " + e.getMessage(), e);
        }
        writeLine(json);
      });
    }

    @Override
    public <T> T unmarshalFrom(Object data, TypeRef<T> typeRef) {
      return mapper.convertValue(data, typeRef);
    }

    @Override
    public Mono<Void> closeGracefully() {
      return Mono.fromRunnable(() -> closing.set(true));
    }

    @Override
    public void close() {
      closing.set(true);
    }
  }
}
