package org.negativeknowledge.bank.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResourceCacheTest {

  @TempDir Path tmp;

  private final byte[] content = "model weights ".repeat(5000).getBytes(StandardCharsets.UTF_8);
  private URLClassLoader inJar;
  private URLClassLoader inFolder;

  @BeforeEach
  void resources() throws IOException {
    Path jar = tmp.resolve("lib/model.jar");
    Files.createDirectories(jar.getParent());
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      out.putNextEntry(new JarEntry("models/weights.onnx"));
      out.write(content);
      out.closeEntry();
    }
    inJar = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null);
    Path folder = tmp.resolve("classes");
    Files.createDirectories(folder.resolve("models"));
    Files.write(folder.resolve("models/weights.onnx"), content);
    inFolder = new URLClassLoader(new URL[] {folder.toUri().toURL()}, null);
  }

  @AfterEach
  void close() throws IOException {
    inJar.close();
    inFolder.close();
  }

  @Test
  void theFirstLookupCopiesTheResourceAndLaterOnesReuseTheCopy() throws IOException {
    ResourceCache cache = ResourceCache.in(tmp.resolve("cache"));

    ResourceCache.Lookup first = cache.file(inJar, "models/weights.onnx");
    assertThat(first.copied()).isTrue();
    assertThat(first.problem()).isEmpty();
    Path file = first.path().orElseThrow();
    assertThat(file.getParent()).isEqualTo(tmp.resolve("cache"));
    assertThat(file.getFileName().toString()).matches("[0-9a-f]{8}-weights\\.onnx");
    assertThat(Files.readAllBytes(file)).isEqualTo(content);

    Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
    ResourceCache.Lookup again = cache.file(inJar, "models/weights.onnx");
    assertThat(again.copied()).isFalse();
    assertThat(again.path()).contains(file);
    assertThat(Files.getLastModifiedTime(file).toInstant()).isEqualTo(Instant.parse("2020-01-01T00:00:00Z"));
    assertThat(filesIn(tmp.resolve("cache"))).containsExactly(file.getFileName().toString());
  }

  @Test
  void aResourceOutsideAJarIsCheckedByReadingItAndGetsTheSameFile() {
    ResourceCache cache = ResourceCache.in(tmp.resolve("cache"));
    Path fromJar = cache.file(inJar, "models/weights.onnx").path().orElseThrow();

    ResourceCache.Lookup fromFolder = cache.file(inFolder, "models/weights.onnx");

    assertThat(fromFolder.copied()).isFalse();
    assertThat(fromFolder.path()).contains(fromJar);
  }

  @Test
  void aCorruptedOrPartialCopyIsReplaced() throws IOException {
    ResourceCache cache = ResourceCache.in(tmp.resolve("cache"));
    Path file = cache.file(inJar, "models/weights.onnx").path().orElseThrow();

    byte[] flipped = content.clone();
    flipped[1234] ^= 0x20; // same size, one byte off
    Files.write(file, flipped);
    ResourceCache.Lookup repaired = cache.file(inJar, "models/weights.onnx");
    assertThat(repaired.copied()).isTrue();
    assertThat(Files.readAllBytes(repaired.path().orElseThrow())).isEqualTo(content);

    Files.write(file, java.util.Arrays.copyOf(content, content.length / 2)); // cut short
    ResourceCache.Lookup completed = cache.file(inJar, "models/weights.onnx");
    assertThat(completed.copied()).isTrue();
    assertThat(Files.readAllBytes(completed.path().orElseThrow())).isEqualTo(content);
    assertThat(filesIn(tmp.resolve("cache"))).containsExactly(file.getFileName().toString());
  }

  @Test
  void temporaryCopiesAKilledProcessLeftAreDeletedOnceStaleButNotWhileAnotherProcessMayBeWriting() throws IOException {
    Path dir = tmp.resolve("cache");
    ResourceCache cache = ResourceCache.in(dir);
    Path file = cache.file(inJar, "models/weights.onnx").path().orElseThrow();
    String name = file.getFileName().toString();
    Path stale = dir.resolve(name + ".123.part");
    Path recent = dir.resolve(name + ".456.part");
    Files.write(stale, new byte[] {1, 2, 3});
    Files.write(recent, new byte[] {1, 2, 3});
    Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(ResourceCache.STALE_PART).minusSeconds(60)));

    assertThat(cache.file(inJar, "models/weights.onnx").copied()).isFalse();

    assertThat(filesIn(dir)).containsExactlyInAnyOrder(name, name + ".456.part");
  }

  @Test
  void aCopyThatFailsHalfwayLeavesNothingBehind() throws IOException {
    // the resource changes between its checksum and its copy: the copy is refused and deleted
    byte[][] served = {content, java.util.Arrays.copyOf(content, 1000)};
    int[] opened = {0};
    URLStreamHandler changing = new URLStreamHandler() {
      @Override
      protected URLConnection openConnection(URL u) {
        return new URLConnection(u) {
          @Override
          public void connect() {}

          @Override
          public InputStream getInputStream() {
            return new ByteArrayInputStream(served[Math.min(opened[0]++, 1)]);
          }
        };
      }
    };
    URL url = new URL(null, "changing:/models/weights.onnx", changing);
    ClassLoader loader = new ClassLoader(null) {
      @Override
      public URL getResource(String name) {
        return name.equals("models/weights.onnx") ? url : null;
      }
    };
    Path dir = tmp.resolve("cache");

    ResourceCache.Lookup lookup = ResourceCache.in(dir).file(loader, "models/weights.onnx");

    assertThat(lookup.path()).isEmpty();
    assertThat(lookup.problem().orElseThrow()).contains("came out as 1000 bytes");
    assertThat(filesIn(dir)).isEmpty();
  }

  @Test
  void aFolderOfResourcesKeepsTheirNamesAndIsNamedAfterTheirChecksums() throws IOException {
    ResourceCache cache = ResourceCache.in(tmp.resolve("cache"));

    ResourceCache.Lookup first = cache.folder(inJar, List.of("models/weights.onnx"), "lib");
    Path dir = first.path().orElseThrow();
    assertThat(first.copied()).isTrue();
    assertThat(dir.getFileName().toString()).matches("lib-[0-9a-f]{8}");
    assertThat(Files.readAllBytes(dir.resolve("weights.onnx"))).isEqualTo(content);

    ResourceCache.Lookup again = cache.folder(inFolder, List.of("models/weights.onnx"), "lib");
    assertThat(again.copied()).isFalse();
    assertThat(again.path()).contains(dir);
    Files.write(dir.resolve("weights.onnx"), new byte[] {0});
    assertThat(cache.folder(inJar, List.of("models/weights.onnx"), "lib").copied()).isTrue();
    assertThat(Files.readAllBytes(dir.resolve("weights.onnx"))).isEqualTo(content);
    assertThat(cache.folder(inJar, List.of("models/weights.onnx", "models/none.so"), "lib").problem().orElseThrow())
        .contains("models/none.so is not on the class path");
  }

  @Test
  void aFolderThatCannotBeWrittenGivesNoFileAndTheReasonWithoutFailing() throws IOException {
    Path notAFolder = Files.writeString(tmp.resolve("cache"), "a file where the folder should be");

    ResourceCache.Lookup lookup = ResourceCache.in(notAFolder.resolve("resources")).file(inJar, "models/weights.onnx");

    assertThat(lookup.path()).isEmpty();
    assertThat(lookup.problem().orElseThrow()).contains("cannot cache models/weights.onnx");
    assertThat(ResourceCache.in(tmp.resolve("other")).file(inJar, "models/missing.onnx").problem().orElseThrow())
        .contains("not on the class path");
  }

  @Test
  void theStandardFolderFollowsXdgCacheHomeElseTheHomeFolder() {
    assertThat(ResourceCache.standardFolder("/var/cache/me", "/home/me")).contains(Path.of("/var/cache/me/nk/resources"));
    assertThat(ResourceCache.standardFolder("relative/cache", "/home/me")).contains(Path.of("/home/me/.cache/nk/resources"));
    assertThat(ResourceCache.standardFolder(null, "/home/me")).contains(Path.of("/home/me/.cache/nk/resources"));
    assertThat(ResourceCache.standardFolder(null, null)).isEqualTo(Optional.empty());
    assertThat(ResourceCache.standard().folder()).isPresent();
  }

  private static java.util.List<String> filesIn(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).toList();
    }
  }
}
