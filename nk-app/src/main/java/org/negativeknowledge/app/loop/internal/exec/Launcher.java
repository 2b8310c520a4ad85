package org.negativeknowledge.app.loop.internal.exec;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.negativeknowledge.app.loop.SandboxUnavailableException;
import org.negativeknowledge.app.loop.LocalSettings;

/**
 * How a child is started: inside bubblewrap when it is installed and works here (the file system
 * read-only except the workspace, a private {@code /tmp}, its own process namespace, no network
 * unless the task asks), else in a new session; with {@code prlimit} for the per-process address
 * space and file size limits when available, else the shell's {@code ulimit -v}. Immutable.
 */
final class Launcher {
  private final Optional<Path> bwrap;
  private final Optional<Path> prlimit;
  private final Optional<Path> setsid;
  private final String unavailable;

  private Launcher(Optional<Path> bwrap, Optional<Path> prlimit, Optional<Path> setsid, String unavailable) {
    this.bwrap = bwrap;
    this.prlimit = prlimit;
    this.setsid = setsid;
    this.unavailable = unavailable;
  }

  /**
   * Finds the tools on {@code path} and, unless the choice is {@code NONE}, checks that bubblewrap
   * works here.
   *
   * @throws SandboxUnavailableException when the choice is {@code BUBBLEWRAP} and it does not work
   */
  static Launcher detect(LocalSettings.Sandbox choice, String path) {
    Optional<Path> prlimit = find("prlimit", path);
    Optional<Path> setsid = find("setsid", path);
    if (choice == LocalSettings.Sandbox.NONE) {
      return new Launcher(Optional.empty(), prlimit, setsid, "the sandbox was switched off (--sandbox none)");
    }
    Optional<Path> bwrap = find("bwrap", path);
    String why = bwrap.isEmpty() ? "bubblewrap (bwrap) is not installed" : probe(bwrap.get());
    if (why != null && choice == LocalSettings.Sandbox.BUBBLEWRAP) {
      throw new SandboxUnavailableException(why + "; install the Debian package bubblewrap, or run with --sandbox auto"
          + " (detection only)");
    }
    return why == null ? new Launcher(bwrap, prlimit, setsid, null) : new Launcher(Optional.empty(), prlimit, setsid, why);
  }

  /** Whether writes outside the workspace are prevented. */
  boolean sandboxed() {
    return bwrap.isPresent();
  }

  /** The protection in force against writes outside the workspace, in words. */
  String protection() {
    if (bwrap.isPresent()) {
      return "bubblewrap: writes outside the workspace are refused (file system read-only except the workspace,"
          + " private /tmp), own process namespace";
    }
    return "detection only (" + unavailable + "): the task folder and this task's run folder are compared before"
        + " and after each run and changes are reported; writes elsewhere are not seen";
  }

  /** The limits {@code argv} sets per process, in words. */
  String perProcessLimits() {
    return prlimit.isPresent() ? "address space and file size per process (prlimit)" : "address space per process (ulimit -v)";
  }

  /**
   * The command line that runs {@code command} with {@code /bin/sh -c} in {@code workspace}.
   *
   * @param readable folders bound read-only: they stay readable when {@code /tmp} is private, and a
   *     write into them fails loudly instead of landing in the private {@code /tmp}
   * @param hidden folders the command must not see (under bubblewrap: an empty read-only folder in
   *     their place)
   */
  List<String> argv(String command, Path workspace, List<Path> readable, List<Path> hidden, boolean network,
      long addressBytes, long fileBytes) {
    List<String> a = new ArrayList<>();
    if (bwrap.isPresent()) {
      a.addAll(List.of(bwrap.get().toString(), "--die-with-parent", "--unshare-pid", "--unshare-ipc",
          "--unshare-uts", "--new-session", "--ro-bind", "/", "/", "--dev", "/dev", "--proc", "/proc",
          "--tmpfs", "/tmp"));
      if (!network) {
        a.add("--unshare-net");
      }
      for (Path r : readable) {
        a.addAll(List.of("--ro-bind", r.toString(), r.toString()));
      }
      for (Path h : hidden) {
        a.addAll(List.of("--tmpfs", h.toString(), "--remount-ro", h.toString()));
      }
      a.addAll(List.of("--bind", workspace.toString(), workspace.toString(), "--chdir", workspace.toString(), "--"));
    } else if (setsid.isPresent()) {
      a.add(setsid.get().toString());
    }
    String script = command;
    if (prlimit.isPresent()) {
      a.addAll(List.of(prlimit.get().toString(), "--as=" + addressBytes, "--fsize=" + fileBytes, "--core=0", "--"));
    } else {
      script = "ulimit -v " + (addressBytes / 1024) + " 2>/dev/null; " + command;
    }
    a.addAll(List.of("/bin/sh", "-c", script));
    return a;
  }

  private static String probe(Path bwrap) {
    List<String> argv = List.of(bwrap.toString(), "--die-with-parent", "--unshare-pid", "--unshare-net", "--new-session",
        "--ro-bind", "/", "/", "--dev", "/dev", "--proc", "/proc", "--tmpfs", "/tmp", "--", "/bin/sh", "-c", "exit 0");
    try {
      Process p = new ProcessBuilder(argv).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
          .redirectErrorStream(true).start();
      byte[] out = p.getInputStream().readNBytes(4096);
      if (!p.waitFor(20, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return "bubblewrap is installed but its test run did not finish";
      }
      if (p.exitValue() != 0) {
        return "bubblewrap is installed but does not work here: " + new String(out, StandardCharsets.UTF_8).strip();
      }
      return null;
    } catch (IOException e) {
      return "bubblewrap is installed but cannot be started: " + e.getMessage();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted while testing bubblewrap";
    }
  }

  static Optional<Path> find(String program, String path) {
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (dir.isBlank()) {
        continue;
      }
      Path p = Path.of(dir, program);
      if (Files.isRegularFile(p) && Files.isExecutable(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
