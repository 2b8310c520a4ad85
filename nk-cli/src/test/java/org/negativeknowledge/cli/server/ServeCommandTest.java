package org.negativeknowledge.cli.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.negativeknowledge.cli.Nk;
import picocli.CommandLine;

/** {@code nk serve} refuses a non-loopback address without a token, before opening anything. */
class ServeCommandTest {
  @TempDir Path dir;

  @Test
  void refusesToListenBeyondLoopbackWithoutAToken() {
    CommandLine cl = Nk.commandLine();
    StringWriter err = new StringWriter();
    cl.setErr(new PrintWriter(err));
    cl.setOut(new PrintWriter(new StringWriter()));
    int code = cl.execute("serve", "--bank", dir.resolve("bank.db").toString(), "--host", "0.0.0.0", "--port", "0");
    assertThat(code).isEqualTo(org.negativeknowledge.cli.support.ExitCodes.USAGE);
    assertThat(err.toString()).contains("refusing to listen on 0.0.0.0 without a token").contains("--token");
  }

  @Test
  void anAllowedFolderThatDoesNotExistIsAUsageError() {
    CommandLine cl = Nk.commandLine();
    StringWriter err = new StringWriter();
    cl.setErr(new PrintWriter(err));
    cl.setOut(new PrintWriter(new StringWriter()));
    Path missing = dir.resolve("no-such-folder");
    int code = cl.execute("serve", "--bank", dir.resolve("bank.db").toString(), "--port", "0",
        "--allow-dir", missing.toString());
    assertThat(code).isEqualTo(org.negativeknowledge.cli.support.ExitCodes.USAGE);
    assertThat(err.toString()).contains("allowed folder " + missing).contains("does not exist");
    assertThat(dir.resolve("bank.db")).as("nothing opened before the settings are checked").doesNotExist();
  }

  @Test
  void bothCommandsAreRegistered() {
    assertThat(Nk.commandLine().getSubcommands()).containsKeys("mcp", "serve");
  }
}
