package org.negativeknowledge.cli.jar;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One run of the packaged {@code nk} jar in a child JVM ({@code java -jar nk-cli-...-all.jar}), as a
 * user runs it: the integration tests' way to run a command. The jar comes from the system property
 * {@code nk.jar} that the failsafe plugin sets.
 */
public record JarRun(int exit, String out, String err) {

  /** The packaged jar. */
  public static Path jar() {
    String p = System.getProperty("nk.jar");
    if (p == null || !Files.isRegularFile(Path.of(p))) {
      throw new IllegalStateException("system property nk.jar does not name the packaged jar (" + p
          + "): run the integration tests with mvn verify");
    }
    return Path.of(p);
  }

  /**
   * Runs {@code nk ARGS} in {@code cwd} with extra {@code env} and JVM options, waiting at most
   * {@code timeoutSeconds}.
   */
  public static JarRun run(Path cwd, Map<String, String> env, List<String> jvmOptions, long timeoutSeconds,
      String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.addAll(jvmOptions);
    cmd.add("-jar");
    cmd.add(jar().toString());
    cmd.addAll(List.of(args));
    Path out = Files.createTempFile("nk-it-out", ".txt");
    Path err = Files.createTempFile("nk-it-err", ".txt");
    try {
      ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile())
          .redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
      pb.environment().putAll(env);
      Process p = pb.start();
      p.getOutputStream().close();
      if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("nk " + String.join(" ", args) + " did not finish within " + timeoutSeconds + " s");
      }
      return new JarRun(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }
}
