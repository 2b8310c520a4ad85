package org.negativeknowledge.validation.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.negativeknowledge.validation.ValidationIssue;

/** The rules of {@link RecordSourceReader}, which validate and import share. */
class RecordSourceReaderTest {
  private static final String OBJ = "{\"id\":\"k1\",\"kind\":\"positive\",\"claim\":\"c\"}";

  @TempDir Path dir;
  private final RecordSourceReader reader = RecordSourceReader.standard();
  private final List<SourceRecord> read = new ArrayList<>();

  private Path file(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, content, StandardCharsets.UTF_8);
    return p;
  }

  private List<SourceRecord> readAll(Path path) {
    for (Path f : RecordSourceReader.files(path)) {
      reader.read(f, read::add);
    }
    return read;
  }

  private static String problemCode(SourceRecord r) {
    ValidationIssue p = r.problem();
    return p == null ? null : p.code();
  }

  @Test
  void aJsonFileIsExactlyOneObject() throws IOException {
    readAll(file("one.json", "\uFEFF{\r\n\"id\": \"a\"\r\n}\r\n"));
    readAll(file("array.json", "[" + OBJ + "," + OBJ + "]"));
    readAll(file("two.json", OBJ + "\n" + OBJ));
    readAll(file("empty.json", ""));
    readAll(file("cr.json", "\r"));
    assertThat(read).extracting(SourceRecord::line).containsOnly(1L);
    assertThat(read).extracting(RecordSourceReaderTest::problemCode)
        .containsExactly(null, "wrong_type", "malformed_json", "malformed_json", "malformed_json");
    assertThat(read.get(0).record().get("id").textValue()).isEqualTo("a");
    assertThat(read.get(1).problem().message()).contains("found array").contains(".jsonl");
    assertThat(read.get(2).problem().message()).contains("a .json file holds one object");
    assertThat(read.get(3).problem().message()).contains("no JSON value");
    assertThat(read.get(1).source()).isEqualTo(dir.resolve("array.json").toString());
    assertThat(read.get(1).location()).isEqualTo(dir.resolve("array.json") + ":1");
  }

  @Test
  void aJsonlFileIsOneObjectPerLineEndingInLineFeed() throws IOException {
    readAll(file("a.jsonl", OBJ + "\r\n\r\n \t\n[1]\n" + OBJ + "\r" + OBJ + "\n"));
    readAll(file("empty.jsonl", ""));
    readAll(file("cr-only.jsonl", "\r\r"));
    assertThat(read).extracting(SourceRecord::location)
        .containsExactly(dir.resolve("a.jsonl") + ":1", dir.resolve("a.jsonl") + ":4", dir.resolve("a.jsonl") + ":5");
    assertThat(read).extracting(RecordSourceReaderTest::problemCode)
        .containsExactly(null, "wrong_type", "malformed_json");
    assertThat(read.get(2).problem().message()).contains("carriage returns alone");
  }

  @Test
  void directoriesSkipHiddenNamesAndOtherExtensionsButANamedDotFileIsRead() throws IOException {
    file("d/a.json", OBJ);
    file("d/.hidden.json", OBJ);
    file("d/.git/x.jsonl", OBJ);
    file("d/notes.txt", "x");
    file("d/sub/b.ndjson", OBJ + "\n");
    assertThat(RecordSourceReader.files(dir.resolve("d")))
        .containsExactly(dir.resolve("d/a.json"), dir.resolve("d/sub/b.ndjson"));
    assertThat(RecordSourceReader.files(dir.resolve("d/.hidden.json"))).containsExactly(dir.resolve("d/.hidden.json"));
  }

  @Test
  void whatIsNotARecordFileThrowsNamingThePath() throws IOException {
    assertThatThrownBy(() -> RecordSourceReader.files(dir.resolve("nope.json")))
        .isInstanceOf(RecordSourceException.class)
        .hasMessage("no such file: " + dir.resolve("nope.json"));
    Path txt = file("r.txt", OBJ);
    assertThatThrownBy(() -> RecordSourceReader.files(txt))
        .hasMessageContaining("r.txt: not a .json, .jsonl or .ndjson file");
  }

  @Test
  void aFifoIsRefusedWithoutBlocking() throws Exception {
    Path fifo = dir.resolve("pipe.jsonl");
    Process mk;
    try {
      mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
    } catch (IOException e) {
      Assumptions.abort("skipped: mkfifo is not available here");
      return;
    }
    Assumptions.assumeTrue(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0, "skipped: mkfifo failed");
    assertThat(RecordSourceReader.files(dir)).containsExactly(fifo);
    assertThatThrownBy(() -> reader.read(fifo, read::add))
        .isInstanceOf(RecordSourceException.class)
        .hasMessageContaining("pipe.jsonl: not a regular file");
  }
}
