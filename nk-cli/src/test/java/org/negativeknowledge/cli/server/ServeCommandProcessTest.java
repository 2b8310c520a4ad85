package org.negativeknowledge.cli.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.negativeknowledge.cli.Nk;

/** {@code nk serve} as a process: a port in use is one clear line on stderr, not a Tomcat stack trace. */
class ServeCommandProcessTest {
  @TempDir Path dir;

  @Test
  void aPortInUseIsOneClearMessage() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      int port = taken.getLocalPort();
      Path err = dir.resolve("stderr.txt");
      Process p = new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"), Nk.class.getName(),
          "serve", "--bank", dir.resolve("bank.db").toString(), "--port", String.valueOf(port))
          .redirectError(err.toFile()).redirectOutput(dir.resolve("stdout.txt").toFile()).start();
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("nk serve exits").isTrue();
      assertThat(p.exitValue()).isEqualTo(org.negativeknowledge.cli.support.ExitCodes.USAGE);
      List<String> lines = Files.readAllLines(err);
      assertThat(lines).as(String.join("\n", lines)).hasSize(1);
      assertThat(lines.get(0)).startsWith("nk serve: cannot listen on 127.0.0.1:" + port)
          .contains("already in use").contains("--port");
    }
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

}
