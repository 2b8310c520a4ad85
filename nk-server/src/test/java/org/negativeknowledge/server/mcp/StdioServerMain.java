package org.negativeknowledge.server.mcp;

import java.io.OutputStream;
import org.negativeknowledge.bank.Bank;
import org.negativeknowledge.server.TestApis;

/**
 * The stdio server as a process for the tests ({@code java -cp <test classpath> StdioServerMain
 * BANK}): {@link McpStdioServer#serve} over an SQLite bank with the offline curator, exactly as
 * {@code nk mcp} runs it. Exits 0 when stdin ends.
 */
public final class StdioServerMain {
  private StdioServerMain() {}

  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: StdioServerMain BANK");
      System.exit(2);
    }
    OutputStream out = McpStdioServer.protectStdout();
    try (Bank bank = Bank.open(args[0])) {
      McpStdioServer.serve(TestApis.json(bank), "test", McpStdioServer.stdin(), out);
    }
    System.exit(0);
  }
}
