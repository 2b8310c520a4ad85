package org.negativeknowledge.server.mcp;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;
import io.modelcontextprotocol.server.McpSyncServer;
import org.negativeknowledge.bank.Bank;
import org.negativeknowledge.server.BankOperations;

/**
 * Serves a bank over MCP on this process's stdin/stdout until stdin closes. {@link #serve} is what
 * {@code nk mcp} calls; {@link #main} ({@code --bank URL}) runs it without the CLI.
 *
 * <p>stdout carries nothing but protocol: the real stdout is handed to the transport and {@code
 * System.out} is pointed at stderr, so a stray print from any library cannot corrupt the stream.
 */
public final class McpStdioMain {
  private McpStdioMain() {}

  /** {@code --bank URL} (default {@code $NK_BANK}, else {@code .nk/bank.db}). */
  public static void main(String[] args) {
    String url = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--bank") && i + 1 < args.length) {
        url = args[++i];
      } else if (args[i].startsWith("--bank=")) {
        url = args[i].substring("--bank=".length());
      } else {
        System.err.println("usage: McpStdioMain [--bank URL]");
        System.exit(2);
      }
    }
    if (url == null) {
      url = System.getenv("NK_BANK") != null ? System.getenv("NK_BANK") : ".nk/bank.db";
    }
    protectStdout();
    try (Bank bank = Bank.open(url)) {
      serve(BankOperations.over(bank), "dev", STDIN, STDOUT);
    }
    System.exit(0);
  }

  private static InputStream STDIN = new FileInputStream(FileDescriptor.in);
  private static OutputStream STDOUT = new FileOutputStream(FileDescriptor.out);

  /**
   * Routes {@code System.out} to stderr and sets quiet SLF4J defaults; call before anything
   * else logs. Returns the real stdout for the protocol.
   */
  public static OutputStream protectStdout() {
    System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    }
    System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true));
    return STDOUT;
  }

  /** The process's real stdin. */
  public static InputStream stdin() {
    return STDIN;
  }

  /** Serves until {@code in} reaches end of stream, then closes the server. */
  public static void serve(BankOperations ops, String version, InputStream in, OutputStream out) {
    CountDownLatch eof = new CountDownLatch(1);
    InputStream watched = new FilterInputStream(in) {
      @Override
      public int read() throws IOException {
        int b = super.read();
        if (b < 0) {
          eof.countDown();
        }
        return b;
      }

      @Override
      public int read(byte[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n < 0) {
          eof.countDown();
        }
        return n;
      }
    };
    McpSyncServer server = NkMcpServer.stdio(ops, version, watched, out);
    try {
      eof.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      server.closeGracefully();
    }
  }
}
