package org.negativeknowledge.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.negativeknowledge.app.files.FileAccess;
import org.negativeknowledge.record.NkJson;
import org.negativeknowledge.server.HttpClientSupport.Answer;

/**
 * {@code POST /api/curate} with artifact paths: by default the server reads no file at all; with
 * {@code --allow-dir} only regular files whose real path lies inside an allowed folder, read with a
 * size bound. Refusals look alike whatever the reason, so they reveal nothing outside.
 */
@Tag("security")
class HttpCurateFilesTest {
  private static final String SECRET = "s3cret-outside-the-allowed-folder";
  @TempDir Path dir;
  @TempDir Path allowed;
  @TempDir Path outside;

  @Test
  void byDefaultTheServerReadsNoFileByPath() {
    try (ServerFixture fx = ServerFixture.sqlite(dir, ServerSettings.loopback(0))) {
      Answer environ = curate(fx, paths("/proc/self/environ", "/proc/self/environ", "/proc/self/environ"));
      assertThat(environ.status()).isEqualTo(403);
      assertThat(environ.json().path("error").path("message").asText()).contains("the artifacts must come inline").contains("inline");
      assertThat(environ.raw().body()).doesNotContain("PATH=").doesNotContain("HOME=");
      assertThat(curate(fx, Map.of("dir", "/etc")).status()).isEqualTo(403);
    }
  }

  @Test
  void devicesAreRefusedAtOnceEvenThroughALinkInsideTheFolder() throws IOException {
    Files.createSymbolicLink(allowed.resolve("zero.log"), Path.of("/dev/zero"));
    Path code = write(allowed, "candidate.py", "print(1)\n");
    Path reasoning = write(allowed, "reasoning.md", "try it\n");
    try (ServerFixture fx = confined()) {
      for (String exec : new String[] {"/dev/zero", allowed.resolve("zero.log").toString()}) {
        Answer a = curate(fx, paths(code.toString(), exec, reasoning.toString()));
        assertThat(a.status()).as(exec).isEqualTo(403);
        assertThat(a.json().path("error").path("message").asText()).contains("is not a regular file inside");
      }
    }
  }

  @Test
  void everyRefusalOutsideReadsTheSame() throws IOException {
    Path secret = write(outside, "exec.log", SECRET + "\n");
    Files.createSymbolicLink(allowed.resolve("link.log"), secret);
    Path code = write(allowed, "candidate.py", "print(1)\n");
    Path reasoning = write(allowed, "reasoning.md", "try it\n");
    try (ServerFixture fx = confined()) {
      String[] attempts = {
        secret.toString(),
        outside.resolve("missing.log").toString(),
        allowed.resolve("link.log").toString(),
        allowed.resolve("..").resolve(outside.getFileName()).resolve("exec.log").toString(),
        allowed.resolve("missing.log").toString()};
      for (String exec : attempts) {
        Answer a = curate(fx, paths(code.toString(), exec, reasoning.toString()));
        assertThat(a.status()).as(exec).isEqualTo(403);
        String msg = a.json().path("error").path("message").asText();
        assertThat(msg.replace(exec, "<path>")).as(exec).isEqualTo("rounds[0].exec_log: '<path>' is not a regular file"
            + " inside the folders that may be read (" + allowed.toAbsolutePath().normalize()
            + ")");
        assertThat(a.raw().body()).doesNotContain(SECRET);
      }
      assertThat(curate(fx, paths("candidate.py", "exec.log", "reasoning.md")).status()).isEqualTo(400);
    }
  }

  @Test
  void aRoundWhoseLogLinksOutOfItsFolderIsRefused() throws IOException {
    Path secret = write(outside, "eval.log", SECRET + "\n");
    Path round = roundDir(allowed.resolve("round1"));
    Files.createSymbolicLink(round.resolve("eval.log"), secret);
    try (ServerFixture fx = confined()) {
      Answer a = curate(fx, Map.of("dir", round.toString()));
      assertThat(a.status()).isEqualTo(403);
      assertThat(a.json().path("error").path("message").asText()).contains("eval.log").doesNotContain(outside.toString());
      assertThat(a.raw().body()).doesNotContain(SECRET);
    }
  }

  @Test
  void filesInsideTheAllowedFolderAreCuratedAndOversizedOnesRefused() throws IOException {
    Path round = roundDir(allowed.resolve("round1"));
    Path big = allowed.resolve("big.log");
    Files.write(big, new byte[(int) FileAccess.MAX_FILE_BYTES + 1]);
    try (ServerFixture fx = confined()) {
      Answer byDir = curate(fx, Map.of("dir", round.toString()));
      assertThat(byDir.status()).as(String.valueOf(byDir.json())).isEqualTo(200);
      assertThat(byDir.json().path("curator").asText()).isEqualTo("offline");
      assertThat(byDir.json().path("record").path("observation").asText()).contains("cross_validation");

      Answer byPaths = curate(fx, paths(round.resolve("candidate.py").toString(), round.resolve("exec.log").toString(),
          round.resolve("reasoning.md").toString()));
      assertThat(byPaths.status()).isEqualTo(200);

      Answer tooBig = curate(fx, paths(round.resolve("candidate.py").toString(), big.toString(),
          round.resolve("reasoning.md").toString()));
      assertThat(tooBig.status()).isEqualTo(413);
      assertThat(tooBig.json().path("error").path("message").asText()).contains("an excerpt can come inline");
    }
  }

  private ServerFixture confined() {
    return ServerFixture.sqlite(dir, ServerSettings.loopback(0).withAllowedDirs(List.of(allowed)));
  }

  private static Map<String, Object> paths(String code, String exec, String reasoning) {
    return Map.of("code", code, "exec_log", exec, "reasoning", reasoning);
  }

  private static Answer curate(ServerFixture fx, Map<String, Object> round) {
    ObjectNode body = NkJson.mapper().createObjectNode();
    body.put("task_id", "task_files").put("offline", true).put("add_to_bank", false);
    body.putArray("rounds").add(NkJson.mapper().valueToTree(round));
    return HttpClientSupport.send(HttpRequest.newBuilder(URI.create(fx.url("/api/curate")))
        .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(NkJson.compact(body))), null);
  }

  private static Path roundDir(Path round) throws IOException {
    Files.createDirectories(round);
    write(round, "candidate.py", "import pandas as pd\nfrom sklearn.cross_validation import train_test_split\n");
    write(round, "exec.log", "Traceback (most recent call last):\n  File \"candidate.py\", line 2, in <module>\n"
        + "    from sklearn.cross_validation import train_test_split\n"
        + "ModuleNotFoundError: No module named 'sklearn.cross_validation'\nexit code 1\n");
    write(round, "reasoning.md", "Split the data with train_test_split, then fit a random forest.\n");
    return round;
  }

  private static Path write(Path dir, String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }
}
