package org.negativeknowledge.server.mcp;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.negativeknowledge.record.NkJson;

/**
 * A stdio MCP server as a real child process, spoken to line by line: what is written to its stdin
 * arrives as sent (bad lines included), every stdout line is collected, stderr goes to a file.
 */
final class StdioProcess implements AutoCloseable {
  private final Process process;
  private final OutputStream stdin;
  private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
  private final Path stderr;

  private StdioProcess(Process process, Path stderr) {
    this.process = process;
    this.stdin = process.getOutputStream();
    this.stderr = stderr;
    Thread reader = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String l = r.readLine(); l != null; l = r.readLine()) {
          lines.add(l);
        }
      } catch (IOException e) {
        // the process ended
      }
    }, "stdio-test-reader");
    reader.setDaemon(true);
    reader.start();
  }

  /** Starts {@code command} with stderr in {@code stderrFile}. */
  static StdioProcess start(List<String> command, Path stderrFile) throws IOException {
    ProcessBuilder pb = new ProcessBuilder(command).redirectError(stderrFile.toFile());
    pb.environment().put("ANTHROPIC_API_KEY", "");
    return new StdioProcess(pb.start(), stderrFile);
  }

  /** {@link StdioServerMain} over {@code bank} with this JVM's test classpath. */
  static StdioProcess serverMain(Path bank, Path stderrFile) throws IOException {
    return start(List.of(java(), "-cp", System.getProperty("java.class.path"), StdioServerMain.class.getName(),
        bank.toString()), stderrFile);
  }

  static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** Writes {@code text} and a newline. */
  void line(String text) throws IOException {
    raw((text + "\n").getBytes(StandardCharsets.UTF_8));
  }

  void raw(byte[] bytes) throws IOException {
    stdin.write(bytes);
    stdin.flush();
  }

  /** Initialises the session and returns the initialize result. */
  ObjectNode initialize() throws IOException, InterruptedException {
    line("{\"jsonrpc\":\"2.0\",\"id\":\"init\",\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\","
        + "\"capabilities\":{},\"clientInfo\":{\"name\":\"test\",\"version\":\"1\"}}}");
    ObjectNode init = next(Duration.ofSeconds(60));
    line("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}");
    return init;
  }

  /** The next stdout line as JSON; fails when none arrives in time. */
  ObjectNode next(Duration timeout) throws InterruptedException {
    String l = lines.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    if (l == null) {
      throw new AssertionError("no reply within " + timeout + "; stderr:\n" + stderrText());
    }
    return NkJson.parseObject(l);
  }

  /** Closes stdin (end of input). */
  void endInput() throws IOException {
    stdin.close();
  }

  /** Waits for the process to exit; returns its exit code, or null when it is still running. */
  Integer waitFor(Duration timeout) throws InterruptedException {
    return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : null;
  }

  String stderrText() {
    try {
      return Files.readString(stderr);
    } catch (IOException e) {
      return "(stderr unreadable: " + e.getMessage() + ")";
    }
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }
}
