package org.negativeknowledge.server.mcp;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import io.modelcontextprotocol.server.McpSyncServer;
import org.negativeknowledge.app.api.JsonApi;
import org.negativeknowledge.server.mcp.internal.StdioLineTransport;

/**
 * Serves a bank over MCP on a pair of streams (normally this process's stdin and stdout) until the
 * input ends. This is what {@code nk mcp} runs.
 *
 * <p>Concurrent requests are answered concurrently, every request gets exactly one reply, and a
 * line that is not a JSON-RPC message gets a JSON-RPC error while the session goes on. When the
 * input ends, requests in flight get {@link StdioLineTransport#DRAIN_AT_END} to answer, then {@link
 * #serve} returns.
 */
public final class McpStdioServer {
  private McpStdioServer() {}

  /**
   * Routes {@code System.out} to stderr and sets quiet SLF4J defaults, so that a stray print from
   * any library cannot corrupt the protocol stream; call before anything else logs. Returns the
   * real stdout for the protocol.
   */
  public static OutputStream protectStdout() {
    System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    }
    System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true));
    return new FileOutputStream(FileDescriptor.out);
  }

  /** The process's real stdin (unbuffered: the transport buffers). */
  public static InputStream stdin() {
    return new FileInputStream(FileDescriptor.in);
  }

  /**
   * Serves {@code ops} until {@code in} reaches end of stream, then closes the server. Nothing but
   * protocol messages is written to {@code out}.
   *
   * @param version the server version announced to clients
   */
  public static void serve(JsonApi ops, String version, InputStream in, OutputStream out) {
    StdioLineTransport transport =
        new StdioLineTransport(NkMcpServer.jsonMapper(), in, out, StdioLineTransport.DEFAULT_MAX_LINE_BYTES,
            NkMcpTools.NAMES);
    McpSyncServer server = NkMcpServer.over(transport, ops, version);
    try {
      transport.awaitEnd();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      server.closeGracefully();
    }
  }
}
