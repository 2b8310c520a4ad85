package org.negativeknowledge.cli.jar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.negativeknowledge.record.NkJson;

/**
 * {@code nk mcp} from the packaged jar, as the process an MCP client starts ({@code java -jar
 * nk-cli-...-all.jar mcp}): a burst of concurrent calls and a bad line in one session, all answered
 * on stdout (nothing else there), then exit 0 once stdin ends.
 */
class McpJarIT {
  @TempDir Path dir;

  @Test
  void answersABurstAndABadLineThenExitsAtEndOfInput() throws Exception {
    Path err = dir.resolve("stderr.txt");
    Path bank = dir.resolve("bank.db");
    Files.writeString(dir.resolve("r.jsonl"), "{\"id\":\"kb-1\",\"kind\":\"positive\",\"claim\":\"grid search works\"}\n");
    JarRun made = JarRun.run(dir, java.util.Map.of(), List.of(), 60, "bank", "import", "--bank", bank.toString(),
        dir.resolve("r.jsonl").toString());
    assertThat(made.exit()).as(made.err()).isZero();
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", JarRun.jar().toString(), "mcp", "--bank", bank.toString())
        .redirectError(err.toFile()).start();
    int calls = 60;
    StringBuilder in = new StringBuilder();
    in.append("{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\","
        + "\"capabilities\":{},\"clientInfo\":{\"name\":\"test\",\"version\":\"1\"}}}\n");
    in.append("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}\n");
    in.append("not json at all\n");
    for (int id = 1; id <= calls; id++) {
      in.append("{\"jsonrpc\":\"2.0\",\"id\":").append(id).append(",\"method\":\"tools/call\",\"params\":{\"name\":"
          + "\"nk_check_route\",\"arguments\":{\"route\":\"grid search ").append(id).append("\"}}}\n");
    }
    in.append("{\"jsonrpc\":\"2.0\",\"id\":\"ping\",\"method\":\"ping\"}\n");
    try (OutputStream stdin = p.getOutputStream()) {
      stdin.write(in.toString().getBytes(StandardCharsets.UTF_8));
    }
    List<ObjectNode> replies = new CopyOnWriteArrayList<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
          replies.add(NkJson.parseObject(line));
        }
      } catch (IOException e) {
        // the process is gone
      }
    });
    reader.start();
    boolean exited = p.waitFor(60, TimeUnit.SECONDS);
    if (!exited) {
      p.destroyForcibly();
    }
    reader.join(10_000);
    assertThat(exited).as("exits after end of input; replies: " + replies.size() + "; stderr: " + Files.readString(err)).isTrue();
    assertThat(p.exitValue()).isZero();
    Set<String> ids = new HashSet<>();
    int parseErrors = 0;
    for (ObjectNode r : replies) {
      if (r.path("error").path("code").asInt() == -32700) {
        parseErrors++;
      } else {
        assertThat(ids.add(r.path("id").asText())).as("one reply per id: " + r).isTrue();
      }
    }
    assertThat(parseErrors).isEqualTo(1);
    assertThat(ids).hasSize(calls + 2).contains("0", "1", String.valueOf(calls), "ping");
  }
}
