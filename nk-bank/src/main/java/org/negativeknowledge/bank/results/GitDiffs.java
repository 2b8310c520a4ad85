package org.negativeknowledge.bank.results;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Reads a commit's diff with the {@code git} command, bounded in size. */
public final class GitDiffs {
  /** The most characters of a diff kept as a code artifact. */
  public static final int MAX_CHARS = 12_000;

  private final Path repo;

  private GitDiffs(Path repo) {
    this.repo = repo;
  }

  /**
   * Diffs from the repository at {@code repo}.
   *
   * @throws IOException when {@code repo} is not a folder that git knows as a repository, or git
   *     cannot be run
   */
  public static GitDiffs of(Path repo) throws IOException {
    if (!Files.isDirectory(repo)) {
      throw new IOException("no such folder: " + repo + " (the git repository of the results log)");
    }
    Process p = new ProcessBuilder("git", "-C", repo.toString(), "rev-parse", "--git-dir")
        .redirectErrorStream(true)
        .start();
    p.getOutputStream().close();
    String answer = readBounded(p.getInputStream()).strip();
    try {
      if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
        p.destroyForcibly();
        throw new IOException("not a git repository: " + repo + " (git says: " + answer + ")");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      p.destroyForcibly();
      throw new IOException("interrupted while checking the git repository " + repo, e);
    }
    return new GitDiffs(repo);
  }

  /**
   * The patch of {@code commit} ({@code git show}), cut at {@link #MAX_CHARS}; empty when git
   * does not know the commit.
   *
   * @throws IOException when git cannot be run
   */
  public Optional<String> diff(String commit) throws IOException {
    if (!commit.matches("[0-9a-fA-F]{4,40}")) {
      return Optional.empty();
    }
    Process p = new ProcessBuilder("git", "-C", repo.toString(), "show", "--no-color", "--format=commit %H%n%s%n", commit)
        .redirectErrorStream(false)
        .start();
    p.getOutputStream().close();
    String out = readBounded(p.getInputStream());
    p.getErrorStream().transferTo(OutputSink.INSTANCE);
    try {
      if (!p.waitFor(30, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new IOException("git show " + commit + " in " + repo + " took longer than 30 s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      p.destroyForcibly();
      throw new IOException("interrupted while running git show " + commit, e);
    }
    return p.exitValue() == 0 ? Optional.of(out) : Optional.empty();
  }

  private static String readBounded(InputStream in) throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    byte[] b = new byte[8192];
    int n;
    while ((n = in.read(b)) > 0) {
      if (buf.size() < MAX_CHARS * 4) {
        buf.write(b, 0, n);
      }
    }
    String s = buf.toString(StandardCharsets.UTF_8);
    return s.length() > MAX_CHARS ? s.substring(0, MAX_CHARS) + "\n[... diff cut at " + MAX_CHARS + " characters]" : s;
  }

  /** Discards git's stderr. */
  private static final class OutputSink extends java.io.OutputStream {
    static final OutputSink INSTANCE = new OutputSink();

    @Override
    public void write(int b) {}

    @Override
    public void write(byte[] b, int off, int len) {}
  }
}
