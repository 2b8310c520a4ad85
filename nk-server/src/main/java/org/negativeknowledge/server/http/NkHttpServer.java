package org.negativeknowledge.server.http;

import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.Wrapper;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.util.descriptor.web.FilterDef;
import org.apache.tomcat.util.descriptor.web.FilterMap;
import org.negativeknowledge.server.BankOperations;
import org.negativeknowledge.server.ServerException;
import org.negativeknowledge.server.ServerSettings;
import org.negativeknowledge.server.mcp.NkMcpServer;
import org.negativeknowledge.server.web.WebAssetServlet;

/**
 * {@code nk serve}: one embedded Tomcat with MCP Streamable HTTP at {@code /mcp}, the JSON API at
 * {@code /api} and the bank browser at {@code /}. Every request passes the guard (token, loopback
 * Host/Origin check, body limit) first.
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
   * @throws ServerException when the port cannot be bound
   */
  public static NkHttpServer start(BankOperations ops, ServerSettings settings, String version) {
    settings.requireSafeBind();
    boolean loopback = settings.bindsLoopbackOnly();
    BankOperations scoped = ops.withLocalFiles(loopback);
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
    Connector connector = new Connector("HTTP/1.1");
    connector.setPort(settings.port());
    connector.setProperty("address", settings.host());
    connector.setMaxPostSize((int) Math.min(Integer.MAX_VALUE, settings.maxBodyBytes()));
    connector.setProperty("server", "nk");
    tomcat.setConnector(connector);
    tomcat.getHost().setAutoDeploy(false);
    Context ctx = tomcat.addContext("", base.toString());

    HttpServletStreamableServerTransportProvider transport = HttpServletStreamableServerTransportProvider.builder()
        .jsonMapper(NkMcpServer.jsonMapper())
        .mcpEndpoint("/mcp")
        .maxRequestSize((int) Math.min(Integer.MAX_VALUE, settings.maxBodyBytes()))
        .build();
    McpSyncServer mcp = NkMcpServer.streamable(scoped, version, transport);

    Wrapper mcpServlet = Tomcat.addServlet(ctx, "mcp", transport);
    mcpServlet.setAsyncSupported(true);
    ctx.addServletMappingDecoded("/mcp", "mcp");
    ctx.addServletMappingDecoded("/mcp/*", "mcp");
    Tomcat.addServlet(ctx, "api", new ApiServlet(scoped));
    ctx.addServletMappingDecoded("/api", "api");
    ctx.addServletMappingDecoded("/api/*", "api");
    Tomcat.addServlet(ctx, "web", new WebAssetServlet());
    ctx.addServletMappingDecoded("/", "web");

    FilterDef guard = new FilterDef();
    guard.setFilterName("guard");
    guard.setFilter(new GuardFilter(settings.token(), loopback, settings.maxBodyBytes()));
    guard.setAsyncSupported("true");
    ctx.addFilterDef(guard);
    FilterMap map = new FilterMap();
    map.setFilterName("guard");
    map.addURLPattern("/*");
    ctx.addFilterMap(map);

    try {
      tomcat.start();
    } catch (LifecycleException e) {
      mcp.close();
      deleteTree(base);
      throw new ServerException(500, "cannot start the HTTP server on " + settings.host() + ":" + settings.port()
          + ": " + e.getMessage(), null);
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
