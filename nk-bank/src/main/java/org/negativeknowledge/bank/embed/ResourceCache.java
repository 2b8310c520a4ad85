package org.negativeknowledge.bank.embed;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.JarURLConnection;
import java.net.URL;
import java.net.URLConnection;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;

/**
 * A folder of files copied once from the class path, so that a library which can open a file by
 * its path (ONNX Runtime maps the model file) does not have to inflate the resource from the jar
 * into memory on every start. The default folder is {@code $XDG_CACHE_HOME/nk/resources}, else
 * {@code ~/.cache/nk/resources}; deleting it is always safe (the files are copied again).
 *
 * <p>A cached file is named after the CRC-32 of its content and the resource's name ({@code
 * 1a2b3c4d-all-minilm-l6-v2-q.onnx}), so two versions of a resource never share a file. Before a
 * cached file is used its size and CRC-32 are compared with the resource's (read from the jar's
 * directory, without inflating the resource); a file that differs (a damaged disk, a hand edit) is
 * replaced. A copy is written to a temporary file in the same folder and moved into place
 * atomically, so another process never sees half a file; a failed copy is deleted, and temporary
 * files a killed process left behind are deleted once they are an hour old.
 *
 * <p>Nothing here throws: when the folder cannot be created or written, or the resource is missing,
 * {@link #file} is empty with the reason in {@link Lookup#problem()}, and the caller reads the
 * resource from the class path as before. Thread-safe; several processes may share a folder.
 */
public final class ResourceCache {

  /** Temporary copies older than this are leftovers of a killed process and are deleted. */
  static final Duration STALE_PART = Duration.ofHours(1);

  private static final String PART = ".part";

  private final Optional<Path> folder;

  private ResourceCache(Optional<Path> folder) {
    this.folder = folder;
  }

  /**
   * The cache in {@code $XDG_CACHE_HOME/nk/resources} (an absolute {@code XDG_CACHE_HOME} only, as
   * the XDG specification asks), else {@code ~/.cache/nk/resources}; without either (no home
   * folder) a cache that always answers empty.
   */
  public static ResourceCache standard() {
    return new ResourceCache(standardFolder(System.getenv("XDG_CACHE_HOME"), System.getProperty("user.home")));
  }

  /** The cache in {@code folder} (created when first needed). */
  public static ResourceCache in(Path folder) {
    return new ResourceCache(Optional.of(Objects.requireNonNull(folder, "folder")));
  }

  /** The folder {@link #standard()} uses for the given XDG cache home and user home (either may be null). */
  static Optional<Path> standardFolder(String xdgCacheHome, String userHome) {
    if (xdgCacheHome != null && !xdgCacheHome.isBlank() && Path.of(xdgCacheHome).isAbsolute()) {
      return Optional.of(Path.of(xdgCacheHome, "nk", "resources"));
    }
    if (userHome != null && !userHome.isBlank()) {
      return Optional.of(Path.of(userHome, ".cache", "nk", "resources"));
    }
    return Optional.empty();
  }

  /** The folder, when there is one. */
  public Optional<Path> folder() {
    return folder;
  }

  /**
   * A file in the cache holding exactly the bytes of class-path resource {@code resource} of {@code
   * loader}: the copy made earlier when it is intact, else a fresh copy.
   *
   * @return the file, or the reason there is none (the caller then reads the class path)
   */
  public Lookup file(ClassLoader loader, String resource) {
    Objects.requireNonNull(loader, "loader");
    Objects.requireNonNull(resource, "resource");
    if (folder.isEmpty()) {
      return Lookup.missing("no cache folder (neither XDG_CACHE_HOME nor a home folder is set)");
    }
    URL url = loader.getResource(resource);
    if (url == null) {
      return Lookup.missing("resource " + resource + " is not on the class path");
    }
    try {
      Checksum expected = Checksum.ofResource(url);
      String baseName = baseName(resource);
      Path dir = folder.get();
      Path target = dir.resolve(String.format(Locale.ROOT, "%08x-%s", expected.crc(), baseName));
      return Lookup.found(target, obtain(url, expected, target));
    } catch (IOException | RuntimeException e) {
      return Lookup.missing("cannot cache " + resource + " in " + folder.get() + ": " + e);
    }
  }

  /**
   * A folder in the cache holding exactly the class-path resources {@code resources} of {@code
   * loader} under their own file names, for a library that looks its files up by name in one folder
   * (native libraries). The folder is named {@code prefix} and a CRC-32 of all the resources'
   * checksums, so another version of them gets another folder; each file is checked and copied as
   * {@link #file} does.
   *
   * @return the folder, or the reason there is none
   */
  public Lookup folder(ClassLoader loader, List<String> resources, String prefix) {
    Objects.requireNonNull(loader, "loader");
    Objects.requireNonNull(prefix, "prefix");
    if (folder.isEmpty()) {
      return Lookup.missing("no cache folder (neither XDG_CACHE_HOME nor a home folder is set)");
    }
    List<URL> urls = new ArrayList<>();
    for (String r : resources) {
      URL url = loader.getResource(r);
      if (url == null) {
        return Lookup.missing("resource " + r + " is not on the class path");
      }
      urls.add(url);
    }
    try {
      List<Checksum> sums = new ArrayList<>();
      CRC32 together = new CRC32();
      for (URL url : urls) {
        Checksum c = Checksum.ofResource(url);
        sums.add(c);
        together.update(c.toString().getBytes(StandardCharsets.UTF_8));
      }
      Path dir = folder.get().resolve(String.format(Locale.ROOT, "%s-%08x", prefix, together.getValue()));
      boolean copied = false;
      for (int i = 0; i < urls.size(); i++) {
        copied |= obtain(urls.get(i), sums.get(i), dir.resolve(baseName(resources.get(i))));
      }
      return Lookup.found(dir, copied);
    } catch (IOException | RuntimeException e) {
      return Lookup.missing("cannot cache " + resources + " in " + folder.get() + ": " + e);
    }
  }

  /** Makes {@code target} an intact copy of the resource at {@code url}; true when it copied. */
  private static boolean obtain(URL url, Checksum expected, Path target) throws IOException {
    Path dir = target.getParent();
    String name = target.getFileName().toString();
    if (Files.isDirectory(dir)) {
      deleteStaleParts(dir, name);
    }
    if (Files.isRegularFile(target) && expected.equals(Checksum.ofFile(target))) {
      return false;
    }
    Files.createDirectories(dir);
    copy(url, expected, dir, target, name);
    return true;
  }

  private static String baseName(String resource) {
    return resource.substring(resource.lastIndexOf('/') + 1);
  }

  private static void copy(URL url, Checksum expected, Path dir, Path target, String baseName) throws IOException {
    Path part = Files.createTempFile(dir, baseName + ".", PART);
    try {
      CRC32 crc = new CRC32();
      long size;
      try (InputStream in = open(url);
          OutputStream out = new CheckedOutputStream(Files.newOutputStream(part), crc)) {
        size = in.transferTo(out);
      }
      Checksum copied = new Checksum(size, crc.getValue());
      if (!copied.equals(expected)) {
        throw new IOException("the copy of " + url + " came out as " + copied + ", expected " + expected);
      }
      try (FileChannel ch = FileChannel.open(part, StandardOpenOption.WRITE)) {
        ch.force(true);
      }
      try {
        Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(part);
    }
  }

  private static void deleteStaleParts(Path dir, String baseName) throws IOException {
    Instant before = Instant.now().minus(STALE_PART);
    try (DirectoryStream<Path> parts = Files.newDirectoryStream(dir, baseName + ".*" + PART)) {
      for (Path p : parts) {
        try {
          FileTime modified = Files.getLastModifiedTime(p);
          if (modified.toInstant().isBefore(before)) {
            Files.deleteIfExists(p);
          }
        } catch (IOException e) {
          // another process removed or is moving it: not ours to clean
        }
      }
    }
  }

  private static InputStream open(URL url) throws IOException {
    URLConnection c = url.openConnection();
    return c.getInputStream();
  }

  /** The size and CRC-32 of some bytes. */
  record Checksum(long size, long crc) {

    /** The checksum of a resource: from the jar's directory when it is in a jar, else by reading it. */
    static Checksum ofResource(URL url) throws IOException {
      URLConnection c = url.openConnection();
      if (c instanceof JarURLConnection jar) {
        JarEntry e = jar.getJarEntry();
        if (e != null && e.getSize() >= 0 && e.getCrc() >= 0) {
          return new Checksum(e.getSize(), e.getCrc());
        }
      }
      CRC32 crc = new CRC32();
      long size = 0;
      byte[] buf = new byte[1 << 16];
      try (InputStream in = c.getInputStream()) {
        for (int n; (n = in.read(buf)) > 0; ) {
          crc.update(buf, 0, n);
          size += n;
        }
      }
      return new Checksum(size, crc.getValue());
    }

    /** The checksum of a file. */
    static Checksum ofFile(Path file) throws IOException {
      CRC32 crc = new CRC32();
      long size = 0;
      ByteBuffer buf = ByteBuffer.allocateDirect(1 << 20);
      try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
        while (ch.read(buf) >= 0) {
          buf.flip();
          size += buf.remaining();
          crc.update(buf);
          buf.clear();
        }
      }
      return new Checksum(size, crc.getValue());
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "%d bytes, CRC-32 %08x", size, crc);
    }
  }

  /**
   * What {@link #file} found: the cached file (and whether it was copied just now), or the reason
   * there is none.
   */
  public record Lookup(Optional<Path> path, boolean copied, Optional<String> problem) {

    static Lookup found(Path path, boolean copied) {
      return new Lookup(Optional.of(path), copied, Optional.empty());
    }

    static Lookup missing(String problem) {
      return new Lookup(Optional.empty(), false, Optional.of(problem));
    }
  }
}
