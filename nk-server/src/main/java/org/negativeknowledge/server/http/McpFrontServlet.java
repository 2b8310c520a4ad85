package org.negativeknowledge.server.http;

import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import io.modelcontextprotocol.spec.McpSchema.ErrorCodes;
import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
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
 *       stream, and clients that saw an {@code id} tried to.
 * </ul>
 */
final class McpFrontServlet extends HttpServlet {
  private static final long serialVersionUID = 1L;
  private static final String VERSION_HEADER = "MCP-Protocol-Version";

  private final transient HttpServletStreamableServerTransportProvider sdk;
  private final transient List<String> versions;
  private final transient List<String> tools;

  /** The front of {@code sdk}, whose server has the tools named {@code tools}. */
  McpFrontServlet(HttpServletStreamableServerTransportProvider sdk, List<String> tools) {
    this.sdk = sdk;
    this.versions = sdk.protocolVersions();
    this.tools = List.copyOf(tools);
  }

  @Override
  public void init(ServletConfig config) throws ServletException {
    super.init(config);
    sdk.init(config);
  }

  @Override
  public void destroy() {
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
    sdk.service((ServletRequest) req, new EventStreamResponse(resp, "GET".equals(req.getMethod())));
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
      writer = new PrintWriter(new SseEventIdFilter(w));
      return writer;
    }
  }
}
