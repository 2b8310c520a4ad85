package org.negativeknowledge.curator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.negativeknowledge.record.NkJson;

class ArtifactReaderTest {
  @TempDir Path tmp;

  @Test
  void aLongLogKeepsHeadTailEveryTracebackAndSaysWhatWasCut() throws Exception {
    StringBuilder log = new StringBuilder("exit_code=1\nHEAD-LINE\n");
    for (int i = 0; i < 2000; i++) {
      log.append("epoch ").append(i).append(" loss=0.").append(i).append('\n');
      if (i == 900) {
        log.append("Traceback (most recent call last):\n  File \"a.py\", line 3, in f\n    x = y[0]\nIndexError: list index out of range\n");
      }
    }
    log.append("TAIL-LINE\n");
    Path f = Files.writeString(tmp.resolve("exec.log"), log);
    ArtifactText t = ArtifactReader.read(f, 4000);
    assertThat(t.text()).contains("HEAD-LINE", "TAIL-LINE", "IndexError: list index out of range", "Traceback (most recent call last)");
    assertThat(t.text()).containsPattern("\\[\\.\\.\\. nk excerpt: cut \\d+ chars \\(\\d+ lines\\) here \\.\\.\\.\\]");
    assertThat(t.text().length()).isLessThan(6000);
    assertThat(t.cutChars()).isGreaterThan(log.length() - 6000);
    assertThat(t.sha256()).isEqualTo(ArtifactReader.sha256(Files.readAllBytes(f)));
  }

  @Test
  void smallFilesPassWholeAndBadBytesDoNotBreakIt() throws Exception {
    Path f = Files.write(tmp.resolve("r.md"), new byte[] {'o', 'k', (byte) 0xC3, (byte) 0x28, '\n'});
    ArtifactText t = ArtifactReader.read(f, 1000);
    assertThat(t.text()).startsWith("ok").contains("\uFFFD");
    assertThat(t.excerpted()).isFalse();
    Path bin = Files.write(tmp.resolve("model.pkl"), new byte[] {1, 0, 2, 0, 3});
    ArtifactText b = ArtifactReader.read(bin, 1000);
    assertThat(b.binary()).isTrue();
    assertThat(b.text()).contains("binary file, 5 bytes");
  }

  @Test
  void roundDirectoriesMapAndExplicitPathsOverride() throws Exception {
    Path d = Files.createDirectories(tmp.resolve("round1"));
    Files.writeString(d.resolve("candidate.py"), "x");
    Files.writeString(d.resolve("exec.log"), "exit_code=1");
    assertThatThrownBy(() -> FailureArtifacts.fromRoundDirectory(d)).hasMessageContaining("missing reasoning.md");
    Files.writeString(d.resolve("reasoning.md"), "r");
    FailureArtifacts a = FailureArtifacts.fromRoundDirectory(d);
    assertThat(a.evalLog()).isEmpty();
    Path other = Files.writeString(tmp.resolve("other.log"), "e");
    assertThat(a.withEvalLog(other).evalLog()).isEqualTo(Optional.of(other));
    assertThat(a.withEvalLog(other).files()).hasSize(4);
  }

  @Test
  void recordFilesLandAtomicallyAndLeaveNoTemporaryFile() throws Exception {
    Path target = tmp.resolve("out/r.json");
    RecordFiles.writeAtomically(target, NkJson.parseObject("{\"task_id\":\"1\"}"));
    assertThat(NkJson.parseObject(Files.readString(target)).path("task_id").asText()).isEqualTo("1");
    try (var s = Files.list(target.getParent())) {
      assertThat(s.toList()).containsExactly(target);
    }
  }

  @Test
  void taskInstructionsComeFromSabJsonOrPlainText() throws Exception {
    Path json = Files.writeString(tmp.resolve("t.json"), "{\"instance_id\":2,\"task_inst\":\"Do X.\"}");
    assertThat(TaskContext.fromInstructionFile("2", json).instruction()).isEqualTo("Do X.");
    Path txt = Files.writeString(tmp.resolve("t.txt"), "Plain {TASK}.");
    assertThat(TaskContext.fromInstructionFile("2", txt).instruction()).isEqualTo("Plain {TASK}.");
  }
}
