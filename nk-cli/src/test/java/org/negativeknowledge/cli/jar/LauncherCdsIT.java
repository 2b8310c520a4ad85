package org.negativeknowledge.cli.jar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.negativeknowledge.record.NkJson;

/**
 * The {@code ./nk} launcher's class-data-sharing archive: the first run of a command writes it
 * beside the jar, later runs map the classes from it, and neither the dump nor its messages ever
 * reach stdout (which for {@code nk mcp} carries only the protocol).
 *
 * <p>The launcher runs from a copy of the project's layout in a temporary folder (the script as
 * {@code nk}, the packaged jar linked at {@code nk-cli/target/}), so each test starts without an
 * archive and leaves none in the build.
 */
class LauncherCdsIT {
  private static final String MCP_SESSION =
      "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\","
          + "\"capabilities\":{},\"clientInfo\":{\"name\":\"it\",\"version\":\"1\"}}}\n"
          + "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}\n"
          + "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}\n";

  @TempDir Path tmp;
  private Path launcher;
  private Path cds;

  @BeforeEach
  void layOutProject() throws IOException {
    Path project = Files.createDirectories(tmp.resolve("project"));
    launcher = Files.copy(Path.of("..", "nk").toAbsolutePath().normalize(), project.resolve("nk"));
    Path target = Files.createDirectories(project.resolve("nk-cli/target"));
    Path jar = JarRun.jar().toAbsolutePath();
    Files.createSymbolicLink(target.resolve(jar.getFileName()), jar);
    cds = target.resolve("cds");
  }

  @Test
  void theFirstRunWritesTheArchiveAndTheNextOneMapsItsClasses() throws Exception {
    Run first = launch(Map.of(), "", "--version");
    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.out()).as("stdout holds the version and nothing of the dump").matches("nk \\S+\n");
    Path archive = onlyArchive("nk.jsa");
    assertThat(leftovers()).as("no temporary archive is left behind").isEmpty();
    FileTime written = Files.getLastModifiedTime(archive);

    Path classLog = tmp.resolve("classes.log");
    Run second = launch(Map.of("NK_JAVA_OPTS", "-Xlog:class+load=info:file=" + classLog), "", "--version");
    assertThat(second.exit()).as(second.err()).isZero();
    assertThat(second.out()).isEqualTo(first.out());
    assertThat(Files.readString(classLog))
        .as("the launcher's own classes come from the dynamic (top) archive")
        .containsPattern("org\\.negativeknowledge\\.cli\\.Nk source: shared objects file \\(top\\)");
    assertThat(Files.getLastModifiedTime(archive)).as("an archive newer than the jar is reused").isEqualTo(written);
  }

  @Test
  void anArchiveOlderThanTheJarIsWrittenAgain() throws Exception {
    assertThat(launch(Map.of(), "", "--version").exit()).isZero();
    Path archive = onlyArchive("nk.jsa");
    FileTime stale = FileTime.fromMillis(Files.getLastModifiedTime(JarRun.jar()).toMillis() - 60_000);
    Files.setLastModifiedTime(archive, stale);
    assertThat(launch(Map.of(), "", "--version").exit()).isZero();
    assertThat(Files.getLastModifiedTime(archive)).isNotEqualTo(stale);
  }

  @Test
  void mcpStdoutStaysProtocolWhileTheArchiveIsWrittenAndWhenItIsUsed() throws Exception {
    Path bank = tmp.resolve("b.db");
    Files.writeString(tmp.resolve("r.jsonl"), "{\"id\":\"kb-1\",\"kind\":\"positive\",\"claim\":\"c\"}\n");
    JarRun made = JarRun.run(tmp, Map.of(), List.of(), 60, "bank", "import", "--bank", bank.toString(),
        tmp.resolve("r.jsonl").toString());
    assertThat(made.exit()).as(made.err()).isZero();

    Run dumping = launch(Map.of(), MCP_SESSION, "mcp", "--bank", bank.toString());
    assertThat(dumping.exit()).as(dumping.err()).isZero();
    assertProtocolOnly(dumping.out());
    Path archive = onlyArchive("mcp.jsa");
    assertThat(leftovers()).isEmpty();

    Path classLog = tmp.resolve("mcp-classes.log");
    Run using = launch(Map.of("NK_JAVA_OPTS", "-Xlog:class+load=info:file=" + classLog), MCP_SESSION,
        "mcp", "--bank", bank.toString());
    assertThat(using.exit()).as(using.err()).isZero();
    assertProtocolOnly(using.out());
    assertThat(Files.readString(classLog)).contains("source: shared objects file (top)");
    assertThat(archive).exists();
  }

  @Test
  void terminatingTheLauncherWhileItWritesTheArchiveStopsTheServerAndKeepsTheArchive() throws Exception {
    Path bank = tmp.resolve("b.db");
    Files.writeString(tmp.resolve("r.jsonl"), "{\"id\":\"kb-1\",\"kind\":\"positive\",\"claim\":\"c\"}\n");
    assertThat(JarRun.run(tmp, Map.of(), List.of(), 60, "bank", "import", "--bank", bank.toString(),
        tmp.resolve("r.jsonl").toString()).exit()).isZero();
    ProcessBuilder pb = new ProcessBuilder("bash", launcher.toString(), "mcp", "--bank", bank.toString())
        .redirectError(tmp.resolve("err.txt").toFile());
    pb.environment().remove("NK_JAVA_OPTS");
    pb.environment().remove("NK_CDS");
    Process p = pb.start();
    List<ProcessHandle> jvms;
    try (OutputStream in = p.getOutputStream();
        java.io.BufferedReader out = new java.io.BufferedReader(
            new java.io.InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      in.write(MCP_SESSION.getBytes(StandardCharsets.UTF_8));
      in.flush();
      assertThat(out.readLine()).as("the server answers").contains("\"jsonrpc\"");
      jvms = p.descendants().toList();
      assertThat(jvms).as("the launcher runs java as its child while it writes the archive").isNotEmpty();
      p.destroy(); // SIGTERM to the launcher, stdin still open
      assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(p.exitValue()).isEqualTo(143);
    for (ProcessHandle jvm : jvms) {
      jvm.onExit().get(30, TimeUnit.SECONDS);
    }
    onlyArchive("mcp.jsa");
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void nkCdsOffWritesNoArchiveAndAnyOtherValueIsRefused() throws Exception {
    Run off = launch(Map.of("NK_CDS", "off"), "", "--version");
    assertThat(off.exit()).as(off.err()).isZero();
    assertThat(off.out()).startsWith("nk ");
    assertThat(cds).doesNotExist();

    Run wrong = launch(Map.of("NK_CDS", "maybe"), "", "--version");
    assertThat(wrong.exit()).isEqualTo(2);
    assertThat(wrong.err()).contains("NK_CDS must be on or off");
    assertThat(wrong.out()).isEmpty();
  }

  @Test
  void whereNoArchiveCanBeWrittenTheCommandRunsWithoutOne() throws Exception {
    Files.writeString(cds, "a file where the archive folder would be\n");
    Run run = launch(Map.of(), "", "--version");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).matches("nk \\S+\n");
  }

  @Test
  void classDataSharingSetInNkJavaOptsIsLeftToTheUser() throws Exception {
    Run run = launch(Map.of("NK_JAVA_OPTS", "-Xshare:off"), "", "--version");
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).matches("nk \\S+\n");
    assertThat(archives()).isEmpty();
  }

  @Test
  void aFailedRunKeepsNoArchive() throws Exception {
    Run failed = launch(Map.of(), "", "no-such-command");
    assertThat(failed.exit()).isEqualTo(2);
    assertThat(archives()).isEmpty();
    assertThat(leftovers()).isEmpty();
  }

  private static void assertProtocolOnly(String out) {
    List<String> lines = out.lines().toList();
    assertThat(lines).as(out).hasSize(2);
    for (String line : lines) {
      JsonNode msg = NkJson.parseObject(line);
      assertThat(msg.path("jsonrpc").asText()).as(line).isEqualTo("2.0");
    }
  }

  private Path onlyArchive(String name) throws IOException {
    List<Path> found = archives();
    assertThat(found).as("archives under " + cds).hasSize(1);
    assertThat(found.get(0).getFileName()).hasToString(name);
    assertThat(Files.size(found.get(0))).isPositive();
    return found.get(0);
  }

  private List<Path> archives() throws IOException {
    return filesEndingWith(".jsa");
  }

  private List<Path> leftovers() throws IOException {
    return filesEndingWith(".tmp");
  }

  private List<Path> filesEndingWith(String suffix) throws IOException {
    if (!Files.isDirectory(cds)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(cds)) {
      return files.filter(p -> p.getFileName().toString().endsWith(suffix)).toList();
    }
  }

  private record Run(int exit, String out, String err) {}

  /** Runs {@code bash nk ARGS} from the temporary project with {@code stdin} and extra {@code env}. */
  private Run launch(Map<String, String> env, String stdin, String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of("bash", launcher.toString()));
    cmd.addAll(List.of(args));
    Path out = tmp.resolve("out.txt");
    Path err = tmp.resolve("err.txt");
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(tmp.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile());
    pb.environment().remove("NK_JAVA_OPTS");
    pb.environment().remove("NK_CDS");
    pb.environment().putAll(env);
    Process p = pb.start();
    try (OutputStream in = p.getOutputStream()) {
      in.write(stdin.getBytes(StandardCharsets.UTF_8));
    }
    if (!p.waitFor(180, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("nk " + String.join(" ", args) + " did not finish within 180 s");
    }
    return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}
