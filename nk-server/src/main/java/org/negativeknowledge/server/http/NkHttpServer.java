package org.negativeknowledge.server.http;

import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import jakarta.servlet.Servlet;
import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.startup.Tomcat;
import org.negativeknowledge.app.NkApp;
import org.negativeknowledge.app.api.JsonApi;
import org.negativeknowledge.server.ServerException;
import org.negativeknowledge.server.ServerSettings;
import org.negativeknowledge.server.mcp.NkMcpServer;
import org.negativeknowledge.server.mcp.NkMcpTools;
import org.negativeknowledge.server.web.WebAssetServlet;

/**
 * {@code nk serve}: one embedded Tomcat with MCP Streamable HTTP at {@code /mcp}, the JSON API at
 * {@code /api} and the bank browser at {@code /}. Every request passes the guard (loopback
 * Host/Origin check, token, JSON content type, body limit) before any of its body is read; bodies
 * are then read without holding a thread, and every error, the container's own included, is a JSON
 * error without stack trace or server version.
 *
 * <p>Start with {@link #start}; {@link #close} stops it. The bank stays owned by the caller.
 */
public final class NkHttpServer implements AutoCloseable {
  // Keep a strong reference: java.util.logging forgets levels of unreferenced loggers.
  private static final java.util.logging.Logger TOMCAT_LOG = java.util.logging.Logger.getLogger("org.apache");
  // The embedded context is not a web application: its leak-detection notes at shutdown are noise.
  private static final java.util.logging.Logger LOADER_LOG =
      java.util.logging.Logger.getLogger("org.apache.catalina.loader.WebappClassLoaderBase");

  private final Tomcat tomcat;
  private final McpSyncServer mcp;
  private final Path baseDir;
  private final int port;
  private final ServerSettings settings;

  private NkHttpServer(Tomcat tomcat, McpSyncServer mcp, Path baseDir, int port, ServerSettings settings) {
    this.tomcat = tomcat;
    this.mcp = mcp;
    this.baseDir = baseDir;
    this.port = port;
    this.settings = settings;
  }

  /**
   * Starts listening.
   *
   * @param version the version announced to MCP clients
   * @throws org.negativeknowledge.server.InsecureBindException when the host is not loopback and
   *     no token is set
   * @throws IllegalArgumentException when an allowed folder does not exist
   * @throws ServerException when the port cannot be bound
   */
  public static NkHttpServer start(NkApp app, ServerSettings settings, String version) {
    settings.requireSafeBind();
    boolean loopback = settings.bindsLoopbackOnly();
    JsonApi scoped = new JsonApi(app, settings.fileAccess());
    TOMCAT_LOG.setLevel(Level.WARNING);
    LOADER_LOG.setLevel(Level.OFF);
    Path base;
    try {
      base = Files.createTempDirectory("nk-serve-");
    } catch (IOException e) {
      throw new ServerException(500, "cannot create the server's work directory: " + e.getMessage(), null);
    }
    Tomcat tomcat = new Tomcat();
    tomcat.setBaseDir(base.toString());
    Connector connector = ConnectorLimits.connector(settings);
    tomcat.setConnector(connector);
    tomcat.getHost().setAutoDeploy(false);
    ((StandardHost) tomcat.getHost()).setErrorReportValveClass(JsonErrorReportValve.class.getName());
    Context ctx = tomcat.addContext("", base.toString());

    HttpServletStreamableServerTransportProvider transport = HttpServletStreamableServerTransportProvider.builder()
        .jsonMapper(NkMcpServer.jsonMapper())
        .mcpEndpoint("/mcp")
        .maxRequestSize((int) Math.min(Integer.MAX_VALUE, settings.maxBodyBytes()))
        .build();
    McpSyncServer mcp = NkMcpServer.over(transport, scoped, version);

    ServletContainerInitializer servlets = (classes, sc) -> {
      servlet(sc, "mcp", new McpFrontServlet(transport, NkMcpTools.NAMES, EventStreamKeepAlive.DEFAULT_INTERVAL), "/mcp", "/mcp/*");
      servlet(sc, "api", new ApiServlet(scoped), "/api", "/api/*");
      servlet(sc, "web", new WebAssetServlet(), "/");
    };
    ctx.addServletContainerInitializer(servlets, null);
    ctx.getPipeline().addValve(new GuardValve(settings.token(), loopback, settings.maxBodyBytes(), settings.bodyTimeout()));

    try {
      tomcat.start();
    } catch (LifecycleException e) {
      stopQuietly(tomcat);
      mcp.close();
      deleteTree(base);
      throw new ServerException(500, "cannot listen on " + settings.host() + ":" + settings.port() + ": "
          + ConnectorLimits.bindFailure(e) + "; pick another --port (or --host), or stop what holds it", null);
    }
    int bound = connector.getLocalPort();
    if (bound <= 0) {
      stopQuietly(tomcat);
      mcp.close();
      deleteTree(base);
      throw new ServerException(500, "cannot listen on " + settings.host() + ":" + settings.port()
          + " (port in use or address not available; pick another --port or --host)", null);
    }
    return new NkHttpServer(tomcat, mcp, base, bound, settings);
  }

  /** Registers a servlet the standard way, when the context starts. */
  private static void servlet(ServletContext sc, String name, Servlet servlet, String... mappings) {
    ServletRegistration.Dynamic r = sc.addServlet(name, servlet);
    r.setAsyncSupported(true);
    r.addMapping(mappings);
  }
  /** The port actually bound (useful with port 0). */
  public int port() {
    return port;
  }

  /** The base URL, e.g. {@code http://127.0.0.1:8765}. */
  public String baseUrl() {
    String h = settings.host().contains(":") ? "[" + settings.host() + "]" : settings.host();
    if (h.equals("0.0.0.0") || h.equals("[::]")) {
      h = "127.0.0.1";
    }
    return "http://" + h + ":" + port;
  }

  /** Blocks until the server stops. */
  public void await() {
    tomcat.getServer().await();
  }

  @Override
  public void close() {
    mcp.closeGracefully();
    stopQuietly(tomcat);
    deleteTree(baseDir);
  }

  private static void stopQuietly(Tomcat t) {
    try {
      t.stop();
      t.destroy();
    } catch (LifecycleException e) {
      throw new ServerException(500, "cannot stop the HTTP server: " + e.getMessage(), null);
    }
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a leftover temporary directory is harmless
    }
  }
}
