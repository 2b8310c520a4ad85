package org.negativeknowledge.cli.jar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.negativeknowledge.record.NkJson;

/**
 * {@code ./nk mcp} through the launcher script with JVM logging switched on in {@code NK_JAVA_OPTS}:
 * stdout carries nothing but the protocol, the JVM's log lines go to stderr.
 */
class LauncherMcpIT {
  @TempDir Path tmp;

  @Test
  void jvmLoggingGoesToStderrAndStdoutStaysProtocol() throws Exception {
    Path launcher = Path.of("..", "nk").toAbsolutePath().normalize();
    Path launcherJar = launcher.getParent().resolve("nk-cli/target").resolve(JarRun.jar().getFileName());
    Assumptions.assumeTrue(launcherJar.equals(JarRun.jar().toAbsolutePath().normalize()),
        "skipped: this build's jar (" + JarRun.jar() + ") is not where ./nk looks for it (" + launcherJar + ")");

    Path bank = tmp.resolve("b.db");
    Files.writeString(tmp.resolve("r.jsonl"), "{\"id\":\"kb-1\",\"kind\":\"positive\",\"claim\":\"c\"}\n");
    JarRun made = JarRun.run(tmp, java.util.Map.of(), List.of(), 60, "bank", "import", "--bank", bank.toString(),
        tmp.resolve("r.jsonl").toString());
    assertThat(made.exit()).as(made.err()).isZero();
    ProcessBuilder pb = new ProcessBuilder("bash", launcher.toString(), "mcp", "--bank", bank.toString())
        .redirectError(tmp.resolve("err.txt").toFile());
    pb.environment().put("NK_JAVA_OPTS", "-Xlog:gc* -verbose:gc -Xlog:safepoint::uptime");
    Process p = pb.start();
    List<String> lines = new ArrayList<>();
    try (OutputStream in = p.getOutputStream();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      in.write(("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\","
          + "\"capabilities\":{},\"clientInfo\":{\"name\":\"it\",\"version\":\"1\"}}}\n"
          + "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}\n"
          + "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}\n").getBytes(StandardCharsets.UTF_8));
      in.flush();
      while (lines.size() < 2) {
        String line = out.readLine();
        if (line == null) {
          break;
        }
        lines.add(line);
      }
    } finally {
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        p.destroyForcibly();
      }
    }
    assertThat(lines).hasSize(2);
    for (String line : lines) {
      JsonNode msg = NkJson.parseObject(line);
      assertThat(msg.path("jsonrpc").asText()).as(line).isEqualTo("2.0");
    }
    // -Xlog:gc* logs the collector at start and the heap at exit; a collection (GC(n) lines) need
    // not happen, since a run whose classes come from the launcher's archive allocates little.
    assertThat(Files.readString(tmp.resolve("err.txt"))).contains("Using G1").contains("garbage-first heap");
  }
}
