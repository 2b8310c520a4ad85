package org.negativeknowledge.cli.jar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nk quickstart} from the packaged jar alone, in a folder that is not the project. */
class QuickstartJarIT {
  @TempDir Path tmp;

  @Test
  void theJarAloneRunsTheQuickstartAnywhereAndLeavesNoTemporaryFolder() throws Exception {
    Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
    Path javaTmp = Files.createDirectories(tmp.resolve("java-tmp"));
    JarRun r = JarRun.run(elsewhere, Map.of(), List.of("-Djava.io.tmpdir=" + javaTmp), 120, "quickstart");

    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("the sample shipped with nk").contains("6. What to run next");
    try (Stream<Path> left = Files.list(javaTmp)) {
      assertThat(left.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("nk-quickstart-")))
          .as("temporary folders left behind").isEmpty();
    }
    try (Stream<Path> made = Files.list(elsewhere)) {
      assertThat(made).as("files written into the working folder").isEmpty();
    }
  }

  @Test
  void keepLeavesTheTemporaryFolderWithTheBank() throws Exception {
    Path javaTmp = Files.createDirectories(tmp.resolve("java-tmp"));
    JarRun r = JarRun.run(tmp, Map.of(), List.of("-Djava.io.tmpdir=" + javaTmp), 120, "quickstart", "--keep");

    assertThat(r.exit()).as(r.err()).isZero();
    try (Stream<Path> left = Files.list(javaTmp)) {
      List<Path> kept = left.filter(p -> p.getFileName().toString().startsWith("nk-quickstart-")).toList();
      assertThat(kept).hasSize(1);
      assertThat(kept.get(0).resolve("bank.db")).isRegularFile();
      assertThat(r.out()).contains("The bank file is " + kept.get(0).resolve("bank.db"));
    }
  }
}
