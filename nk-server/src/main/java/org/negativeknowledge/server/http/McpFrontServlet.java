package org.negativeknowledge.server.http;

import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema.ErrorCodes;
import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.negativeknowledge.server.mcp.NkMcpServer;
import org.negativeknowledge.server.mcp.internal.JsonRpcFailure;
import org.negativeknowledge.server.mcp.internal.JsonRpcIntake;

/**
 * {@code /mcp}: checks what the SDK's Streamable HTTP servlet would mishandle, then hands the
 * request to it.
 *
 * <ul>
 *   <li>an {@code MCP-Protocol-Version} header naming a version the server does not speak: 400;
 *   <li>a POST body that is not JSON (400, {@code -32700}), not one JSON-RPC message (400, {@code
 *       -32600}); a request with mistyped params, e.g. {@code tools/call} with {@code arguments}
 *       that is not an object, is answered like any other failed request, with the JSON-RPC error
 *       {@code -32602} for its id (the SDK answered 500 with a serialised exception); so is a call
 *       of a tool the server does not have, naming it;
 *   <li>{@code GET /mcp} (the server-to-client event stream) sends its status and headers at once
 *       instead of at the first event, so a client knows the stream is open;
 *   <li>events carry no SSE {@code id} (see {@link SseEventIdFilter}): the server cannot resume a
 *       stream, and clients that saw an {@code id} tried to;
 *   <li>an open {@code GET /mcp} stream gets an SSE comment every {@link EventStreamKeepAlive#interval()}
 *       so that clients do not drop it as idle.
 * </ul>
 */
final class McpFrontServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final String VERSION_HEADER = "MCP-Protocol-Version";

  private final transient HttpServletStreamableServerTransportProvider sdk;
  private final transient List<String> versions;
  private final transient List<String> tools;
  private final transient EventStreamKeepAlive keepAlive;

  /**
   * The front of {@code sdk}, whose server has the tools named {@code tools}; open event streams get
   * a keep-alive comment every {@code keepAliveInterval}.
   */
  McpFrontServlet(HttpServletStreamableServerTransportProvider sdk, List<String> tools, Duration keepAliveInterval) {
    this.sdk = sdk;
    this.versions = sdk.protocolVersions();
    this.tools = List.copyOf(tools);
    this.keepAlive = new EventStreamKeepAlive(keepAliveInterval);
  }

  @Override
  public void init(ServletConfig config) throws ServletException {
    super.init(config);
    sdk.init(config);
  }

  @Override
  public void destroy() {
    keepAlive.close();
    sdk.destroy();
    super.destroy();
  }

  @Override
  protected void service(HttpServletRequest req, HttpServletResponse resp) throws ServletException, IOException {
    String version = req.getHeader(VERSION_HEADER);
    if (version != null && !versions.contains(version.trim())) {
      answer(resp, 400, new JsonRpcFailure(ErrorCodes.INVALID_REQUEST, "unsupported " + VERSION_HEADER + " '" + version
          + "'; this server speaks " + String.join(", ", versions), null));
      return;
    }
    if ("POST".equals(req.getMethod())) {
      String body = new String(req.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      JsonRpcIntake intake = JsonRpcIntake.read(NkMcpServer.jsonMapper(), body, tools);
      if (!intake.ok()) {
        JsonRpcFailure f = intake.failure();
        answer(resp, f.hasId() && f.code() == ErrorCodes.INVALID_PARAMS ? 200 : 400, f);
        return;
      }
    }
    boolean get = "GET".equals(req.getMethod());
    EventStreamResponse out = new EventStreamResponse(resp, get);
    sdk.service((ServletRequest) req, out);
    SseEventIdFilter stream = out.stream();
    if (get && stream != null) {
      keepAliveWhileOpen(req, stream);
    }
  }

  /** Keeps the listening stream alive until its asynchronous response completes. */
  private void keepAliveWhileOpen(HttpServletRequest req, SseEventIdFilter stream) {
    if (!req.isAsyncStarted()) {
      return;
    }
    try {
      req.getAsyncContext().addListener(new AsyncListener() {
        @Override
        public void onComplete(AsyncEvent event) {
          keepAlive.release(stream);
        }

        @Override
        public void onTimeout(AsyncEvent event) {
          keepAlive.release(stream);
        }

        @Override
        public void onError(AsyncEvent event) {
          keepAlive.release(stream);
        }

        @Override
        public void onStartAsync(AsyncEvent event) {
          // the stream is not restarted
        }
      });
      keepAlive.keep(stream);
    } catch (IllegalStateException e) {
      // the response completed in the meantime: nothing to keep alive
      stream.end();
    }
  }

  private static void answer(HttpServletResponse resp, int status, JsonRpcFailure f) throws IOException {
    JsonResponses.send(resp, status, f.toJson());
  }

  /**
   * Writes the SDK's event streams without event ids and, for {@code GET} ({@code eager}), commits
   * their status and headers as soon as the SDK takes the writer. Other answers pass unchanged.
   */
  private static final class EventStreamResponse extends HttpServletResponseWrapper {
    private final boolean eager;
    private PrintWriter writer;
    private SseEventIdFilter stream;

    EventStreamResponse(HttpServletResponse resp, boolean eager) {
      super(resp);
      this.eager = eager;
    }

    @Override
    public PrintWriter getWriter() throws IOException {
      if (writer != null) {
        return writer;
      }
      PrintWriter w = super.getWriter();
      String type = getContentType();
      if (type == null || !type.startsWith("text/event-stream")) {
        return w;
      }
      if (eager && !isCommitted()) {
        flushBuffer();
      }
      stream = new SseEventIdFilter(w);
      writer = new PrintWriter(stream);
      return writer;
    }

    /** The event stream written, or null when the answer was not one. */
    SseEventIdFilter stream() {
      return stream;
    }
  }
}
