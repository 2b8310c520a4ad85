package org.negativeknowledge.bank.embed;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Settings of the model's native libraries, made once before they load. ONNX Runtime copies its
 * 16 MB library out of its jar into a new temporary folder on every start unless the system
 * property {@value #ORT_PATH} names a folder holding it: {@link #useCachedOnnxRuntime} points it at
 * a copy in the {@link ResourceCache}. DJL (the tokenizer's library) asks the cloud's instance
 * metadata address whether it runs on EC2, to report usage, on every start unless {@value
 * #DJL_OPT_OUT} is set: {@link #optOutOfDjlTracking} sets it. Neither overrides a value the user set.
 */
public final class NativeLibraries {

  /** ONNX Runtime's system property: the folder its native libraries are loaded from. */
  public static final String ORT_PATH = "onnxruntime.native.path";

  /** DJL's environment variable or system property that turns its usage report off. */
  public static final String DJL_OPT_OUT = "OPT_OUT_TRACKING";

  private NativeLibraries() {}

  /**
   * Points ONNX Runtime at copies of its native libraries in {@code cache} (copying them first when
   * needed), unless {@value #ORT_PATH} is set already or the platform's libraries are not in the
   * jar. Call before ONNX Runtime is first used; later it has no effect.
   *
   * @return why the cached copies are not used, or empty when they are
   */
  public static Optional<String> useCachedOnnxRuntime(ResourceCache cache) {
    if (System.getProperty(ORT_PATH) != null) {
      return Optional.of(ORT_PATH + " is set already");
    }
    Optional<String> folder = onnxRuntimeFolder(System.getProperty("os.name", ""), System.getProperty("os.arch", ""));
    if (folder.isEmpty()) {
      return Optional.of("no ONNX Runtime library folder for this platform");
    }
    List<String> libraries = List.of(
        folder.get() + System.mapLibraryName("onnxruntime"), folder.get() + System.mapLibraryName("onnxruntime4j_jni"));
    ResourceCache.Lookup copied = cache.folder(NativeLibraries.class.getClassLoader(), libraries, "onnxruntime");
    if (copied.path().isEmpty()) {
      return copied.problem();
    }
    synchronized (NativeLibraries.class) {
      if (System.getProperty(ORT_PATH) != null) {
        return Optional.of(ORT_PATH + " is set already");
      }
      System.setProperty(ORT_PATH, copied.path().get().toString());
    }
    return Optional.empty();
  }

  /** Turns DJL's usage report off unless the user set {@value #DJL_OPT_OUT} either way. */
  public static void optOutOfDjlTracking() {
    synchronized (NativeLibraries.class) {
      if (System.getenv(DJL_OPT_OUT) == null && System.getProperty(DJL_OPT_OUT) == null) {
        System.setProperty(DJL_OPT_OUT, "true");
      }
    }
  }

  /**
   * The jar folder of ONNX Runtime's libraries for an {@code os.name} and {@code os.arch}, as ONNX
   * Runtime names it ({@code ai/onnxruntime/native/linux-x64/}); empty for a platform it has none for.
   */
  static Optional<String> onnxRuntimeFolder(String osName, String osArch) {
    String os = osName.toLowerCase(Locale.ROOT);
    String detected;
    if (os.contains("mac") || os.contains("darwin")) {
      detected = "osx";
    } else if (os.contains("win")) {
      detected = "win";
    } else if (os.contains("nux")) {
      detected = "linux";
    } else {
      return Optional.empty();
    }
    String arch = switch (osArch.toLowerCase(Locale.ROOT)) {
      case "amd64", "x86_64" -> "x64";
      case "aarch64" -> "aarch64";
      default -> null;
    };
    return arch == null ? Optional.empty() : Optional.of("ai/onnxruntime/native/" + detected + "-" + arch + "/");
  }
}
