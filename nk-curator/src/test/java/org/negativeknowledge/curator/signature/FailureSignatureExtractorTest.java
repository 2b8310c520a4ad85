package org.negativeknowledge.curator.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.negativeknowledge.testing.PaperData;
import org.negativeknowledge.record.NkJson;

class FailureSignatureExtractorTest {

  @TempDir Path tmp;

  private static Path paper() {
    Optional<Path> dir = PaperData.find(".");
    assumeTrue(dir.isPresent(), "the paper's data (../shared/nk-paper) is absent: skipping tests on real logs");
    return dir.get();
  }

  private static Path selfDebug(String task) {
    return paper().resolve("section3/self_debug_inputs/task_" + task);
  }

  /** Writes one input of a curator audit (full content) to a file, as the paper's curator saw it. */
  private Path auditInput(String audit, String input) throws IOException {
    JsonNode a = NkJson.mapper().readTree(paper().resolve("section3/curator_audit/" + audit + ".json").toFile());
    Path out = tmp.resolve(audit + "_" + input + ".log");
    Files.writeString(out, a.path("inputs").path(input).path("content").asText(), StandardCharsets.UTF_8);
    return out;
  }

  @Test
  void task002ExecLogIsAMissingShapModule() {
    FailureSignature s = FailureSignatureExtractor.extract(selfDebug("002").resolve("exec.log"), Optional.empty());

    assertThat(s.outcome()).isEqualTo(RunOutcome.CRASHED);
    assertThat(s.exitCode()).hasValue(1);
    assertThat(s.durationSeconds()).isPresent();
    assertThat(s.missingModule()).contains("shap");
    assertThat(s.markers()).contains(FailureMarker.MISSING_MODULE);
    PythonTraceback tb = s.traceback().orElseThrow();
    assertThat(tb.exceptionType()).isEqualTo("ModuleNotFoundError");
    assertThat(tb.message()).isEqualTo("No module named 'shap'");
    TracebackFrame frame = tb.innermostFrame().orElseThrow();
    assertThat(frame.fileName()).isEqualTo("candidate.py");
    assertThat(frame.line()).isEqualTo(10);
    assertThat(frame.sourceLine()).contains("import shap");
    assertThat(s.eval().status()).isEqualTo(EvalStatus.NOT_RUN);
    assertThat(s.signatureKey()).isEqualTo("ModuleNotFoundError: No module named 'shap'");
  }

  @Test
  void chainedTracebackYieldsTheSurfacedExceptionAndTheUserFrame() {
    FailureSignature s = FailureSignatureExtractor.extract(selfDebug("029").resolve("exec.log"), Optional.empty());

    PythonTraceback tb = s.traceback().orElseThrow();
    assertThat(tb.simpleType()).isEqualTo("KeyError");
    assertThat(tb.message()).isEqualTo("'EDA_SCR_Peaks'");
    assertThat(tb.raisedInLibrary()).isTrue();
    assertThat(tb.innermostFrame().orElseThrow().file()).contains("site-packages/pandas");
    assertThat(tb.innermostUserFrame().orElseThrow().fileName()).isEqualTo("candidate.py");
    assertThat(s.markers()).contains(FailureMarker.MISSING_KEY);
  }

  @Test
  void shapeMismatchesAreRecognised() {
    FailureSignature reshape = FailureSignatureExtractor.extract(selfDebug("071").resolve("exec.log"), Optional.empty());
    FailureSignature broadcast = FailureSignatureExtractor.extract(selfDebug("072").resolve("exec.log"), Optional.empty());

    assertThat(reshape.markers()).contains(FailureMarker.SHAPE_MISMATCH);
    assertThat(reshape.signatureKey()).isEqualTo("ValueError: cannot reshape array of size <n> into shape (<n>,<n>)");
    assertThat(broadcast.markers()).contains(FailureMarker.SHAPE_MISMATCH);
    assertThat(broadcast.traceback().orElseThrow().innermostFrame().orElseThrow().sourceLine())
        .contains("X_test  = (X_test  - mean) / std");
  }

  @Test
  void evaluatorCrashOnAHalfMegabyteExecLogIsACommunicationSignature() {
    Path dir = selfDebug("015");
    FailureSignature s = FailureSignatureExtractor.extract(dir.resolve("exec.log"), Optional.of(dir.resolve("eval.log")));

    assertThat(s.logBytes()).isGreaterThan(400_000);
    assertThat(s.outcome()).isEqualTo(RunOutcome.COMPLETED);
    assertThat(s.eval().status()).isEqualTo(EvalStatus.CRASHED);
    assertThat(s.eval().traceback().orElseThrow().simpleType()).isEqualTo("KeyError");
    assertThat(s.eval().message()).contains("['Y']");
    assertThat(s.signatureKey()).startsWith("evaluator KeyError: ");
  }

  @Test
  void multiMegabyteEvalLogsYieldTheScoreAtTheirEnd() throws IOException {
    Path dir = selfDebug("022");
    FailureSignature s = FailureSignatureExtractor.extract(dir.resolve("exec.log"), Optional.of(dir.resolve("eval.log")));
    assertThat(Files.size(dir.resolve("eval.log"))).isGreaterThan(1_500_000);
    assertThat(s.eval().status()).isEqualTo(EvalStatus.SCORED_BELOW_BAR);
    EvalScore score = s.eval().score().orElseThrow();
    assertThat(score.correct()).hasValue(0);
    assertThat(score.total()).hasValue(336);

    Path bigger = auditInput("task_022_deep", "r3_eval_log");
    assertThat(Files.size(bigger)).isGreaterThan(2_000_000);
    FailureSignature deep = FailureSignatureExtractor.extract(dir.resolve("exec.log"), Optional.of(bigger));
    assertThat(deep.eval().status()).isEqualTo(EvalStatus.SCORED_BELOW_BAR);
    assertThat(deep.eval().score().orElseThrow().total()).isPresent();
  }

  @Test
  void partialScoreIsParsed() throws IOException {
    FailureSignature s =
        FailureSignatureExtractor.extract(
            auditInput("task_067_r2", "round2_exec_log"), Optional.of(auditInput("task_067_r2", "round2_eval_log")));

    EvalScore score = s.eval().score().orElseThrow();
    assertThat(score.partial()).isTrue();
    assertThat(score.correct()).hasValue(8);
    assertThat(score.total()).hasValue(14);
    assertThat(s.signatureKey()).isEqualTo("evaluator score: <n> / <n>");
  }

  @Test
  void timeoutWithExitMinus9IsATimeout() throws IOException {
    FailureSignature s = FailureSignatureExtractor.extract(auditInput("task_072_deep", "r2_exec_log"), Optional.empty());

    assertThat(s.outcome()).isEqualTo(RunOutcome.TIMED_OUT);
    assertThat(s.exitCode()).hasValue(-9);
    assertThat(s.markers()).contains(FailureMarker.TIMEOUT);
    assertThat(s.terminationLine()).hasValueSatisfying(l -> assertThat(l).contains("TIMEOUT"));
    assertThat(s.signatureKey()).isEqualTo("Timeout");
  }

  @Test
  void nanDivergenceInAPhysicsLogIsMarked() {
    Path log = paper().resolve("section4/stage1/BKdV-S1/round1/exec.log");
    FailureSignature s = FailureSignatureExtractor.extract(log, Optional.empty());

    assertThat(s.markers()).contains(FailureMarker.NON_FINITE);
    // the first non-finite sign is numpy's overflow warning, NaN values follow
    assertThat(s.nonFiniteLine()).hasValueSatisfying(l -> assertThat(l).contains("overflow encountered"));
    assertThat(s.outcome()).isEqualTo(RunOutcome.COMPLETED);
  }

  @Test
  void everyRealLogOfThePaperYieldsASignature() throws IOException {
    Path root = paper();
    List<Path> logs;
    try (Stream<Path> s = Stream.concat(
        Files.walk(root.resolve("section3/self_debug_inputs")), Files.walk(root.resolve("section4/stage1")))) {
      logs = s.filter(p -> p.getFileName().toString().endsWith(".log")).toList();
    }
    assertThat(logs).hasSizeGreaterThan(30);
    for (Path log : logs) {
      FailureSignature sig = FailureSignatureExtractor.extract(log, Optional.empty());
      assertThat(sig.signatureKey()).as(log.toString()).isNotBlank();
      if (sig.outcome() == RunOutcome.CRASHED && sig.traceback().isPresent()) {
        assertThat(sig.signatureKey()).as(log.toString()).startsWith(sig.traceback().get().simpleType());
      }
    }
  }

  @Test
  void nonUtf8AndNulBytesAreDecodedWithReplacement() throws IOException {
    // The paper's logs are all valid UTF-8; this log takes a real one and corrupts it the way
    // logs from other locales or truncated writes look: Latin-1 bytes, a cut multi-byte
    // sequence and NUL bytes, all before the traceback.
    byte[] real = Files.readAllBytes(selfDebug("026").resolve("exec.log"));
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    b.write("caf\u00e9 d\u00e9j\u00e0 vu\n".getBytes(StandardCharsets.ISO_8859_1));
    b.write(new byte[] {(byte) 0xE2, (byte) 0x96, '\n', 0, 0, (byte) 0xFF, (byte) 0xFE, '\n'});
    b.write(real);
    Path log = tmp.resolve("latin1.log");
    Files.write(log, b.toByteArray());

    FailureSignature s = FailureSignatureExtractor.extract(log, Optional.empty());

    assertThat(s.markers()).contains(FailureMarker.UNDECODABLE_BYTES, FailureMarker.CALL_SIGNATURE_MISMATCH);
    assertThat(s.traceback().orElseThrow().message()).contains("unexpected keyword argument 'return_atoms'");
    assertThat(s.exitCode()).hasValue(1);
  }

  @Test
  void logsBeyondTheScanLimitAreReadAsHeadAndTail() throws IOException {
    // A 3 MB log scanned with a 1 MB limit stands in for a log beyond the real 32 MB limit.
    Path log = tmp.resolve("huge.log");
    byte[] line = "[step] loss=0.1234 lr=0.001 progress line that repeats for a long time\n".getBytes(StandardCharsets.UTF_8);
    try (OutputStream out = Files.newOutputStream(log)) {
      out.write("exit_code=1\nduration_sec=3600.0\n--- stdout ---\n".getBytes(StandardCharsets.UTF_8));
      for (long written = 0; written < 3_000_000; written += line.length) {
        out.write(line);
      }
      out.write(("--- stderr ---\nTraceback (most recent call last):\n  File \"/home/u/run/candidate.py\", line 7, in <module>\n"
          + "    x = torch.zeros(n, device='cuda')\ntorch.OutOfMemoryError: CUDA out of memory. Tried to allocate 20.00 GiB\n")
          .getBytes(StandardCharsets.UTF_8));
    }

    LogScan scan = LogScanner.scan(log, 1_000_000);

    assertThat(scan.skippedMiddle()).isTrue();
    assertThat(scan.bytes()).isGreaterThan(3_000_000);
    assertThat(scan.exitCode()).hasValue(1);
    assertThat(scan.cudaOomLine()).isPresent();
    assertThat(scan.traceback().orElseThrow().simpleType()).isEqualTo("OutOfMemoryError");

    FailureSignature s = FailureSignatureExtractor.extract(log, Optional.empty());
    assertThat(s.logTruncated()).isFalse();
    assertThat(s.outcome()).isEqualTo(RunOutcome.OUT_OF_MEMORY);
    assertThat(s.markers()).contains(FailureMarker.OUT_OF_MEMORY_CUDA);
    assertThat(s.signatureKey()).isEqualTo("OutOfMemoryError: CUDA out of memory. Tried to allocate <n> GiB");
  }

  @Test
  void killWithoutTracebackIsKilled() {
    FailureSignature s = FailureSignatureExtractor.fromText(
        "exit_code=137\nduration_sec=12.5\n--- stdout ---\nepoch 1\n--- stderr ---\nKilled\n", Optional.empty());

    assertThat(s.outcome()).isEqualTo(RunOutcome.KILLED);
    assertThat(s.markers()).contains(FailureMarker.KILLED);
    assertThat(s.signatureKey()).isEqualTo("Killed: signal 137");
  }

  @Test
  void hostMemoryErrorIsOutOfMemory() {
    FailureSignature s = FailureSignatureExtractor.fromText(
        "exit_code=1\n--- stderr ---\nTraceback (most recent call last):\n  File \"a.py\", line 3, in <module>\n"
            + "    x = np.zeros((n, n))\nnumpy.core._exceptions._ArrayMemoryError: Unable to allocate 74.5 GiB for an array\n"
            + "MemoryError\n",
        Optional.empty());

    assertThat(s.outcome()).isEqualTo(RunOutcome.OUT_OF_MEMORY);
    assertThat(s.markers()).contains(FailureMarker.OUT_OF_MEMORY_HOST);
  }

  @Test
  void missingFileAndDtypeMismatchAreMarked() {
    FailureSignature file = FailureSignatureExtractor.fromText(
        "exit_code=1\nTraceback (most recent call last):\n  File \"c.py\", line 2, in <module>\n    pd.read_csv(p)\n"
            + "FileNotFoundError: [Errno 2] No such file or directory: 'benchmark/datasets/x/train.csv'\n",
        Optional.empty());
    FailureSignature dtype = FailureSignatureExtractor.fromText(
        "exit_code=1\nTraceback (most recent call last):\n  File \"c.py\", line 9, in <module>\n    X.astype(float)\n"
            + "ValueError: could not convert string to float: 'abc'\n",
        Optional.empty());

    assertThat(file.missingFile()).contains("benchmark/datasets/x/train.csv");
    assertThat(file.markers()).contains(FailureMarker.MISSING_FILE);
    assertThat(dtype.markers()).contains(FailureMarker.DTYPE_MISMATCH);
  }
}
