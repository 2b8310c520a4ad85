package org.negativeknowledge.bank.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NativeLibrariesTest {

  @TempDir Path tmp;

  @Test
  void theLibraryFolderIsNamedAsOnnxRuntimeNamesIt() {
    assertThat(NativeLibraries.onnxRuntimeFolder("Linux", "amd64")).contains("ai/onnxruntime/native/linux-x64/");
    assertThat(NativeLibraries.onnxRuntimeFolder("Linux", "aarch64")).contains("ai/onnxruntime/native/linux-aarch64/");
    assertThat(NativeLibraries.onnxRuntimeFolder("Mac OS X", "aarch64")).contains("ai/onnxruntime/native/osx-aarch64/");
    assertThat(NativeLibraries.onnxRuntimeFolder("Windows 11", "x86_64")).contains("ai/onnxruntime/native/win-x64/");
    assertThat(NativeLibraries.onnxRuntimeFolder("Linux", "riscv64")).isEmpty();
    assertThat(NativeLibraries.onnxRuntimeFolder("SunOS", "amd64")).isEmpty();
  }

  @Test
  void aFolderTheUserNamedIsKeptAndNothingIsCopied() {
    String before = System.getProperty(NativeLibraries.ORT_PATH);
    try {
      System.setProperty(NativeLibraries.ORT_PATH, "/opt/ort/lib");
      assertThat(NativeLibraries.useCachedOnnxRuntime(ResourceCache.in(tmp.resolve("cache"))))
          .contains(NativeLibraries.ORT_PATH + " is set already");
      assertThat(System.getProperty(NativeLibraries.ORT_PATH)).isEqualTo("/opt/ort/lib");
      assertThat(tmp.resolve("cache")).doesNotExist();
    } finally {
      restore(NativeLibraries.ORT_PATH, before);
    }
  }

  @Test
  void djlsUsageReportIsTurnedOffUnlessTheUserChose() {
    String before = System.getProperty(NativeLibraries.DJL_OPT_OUT);
    try {
      System.setProperty(NativeLibraries.DJL_OPT_OUT, "false");
      NativeLibraries.optOutOfDjlTracking();
      assertThat(System.getProperty(NativeLibraries.DJL_OPT_OUT)).isEqualTo("false");
      if (System.getenv(NativeLibraries.DJL_OPT_OUT) == null) {
        System.clearProperty(NativeLibraries.DJL_OPT_OUT);
        NativeLibraries.optOutOfDjlTracking();
        assertThat(System.getProperty(NativeLibraries.DJL_OPT_OUT)).isEqualTo("true");
      }
    } finally {
      restore(NativeLibraries.DJL_OPT_OUT, before);
    }
  }

  private static void restore(String property, String value) {
    if (value == null) {
      System.clearProperty(property);
    } else {
      System.setProperty(property, value);
    }
  }
}
