package org.negativeknowledge.bank.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Where a bank lives, parsed from what a user types: a file path or {@code sqlite:PATH} is an
 * embedded SQLite file; {@code jdbc:postgresql://...} is a PostgreSQL database.
 *
 * @param dialect the database kind
 * @param jdbcUrl the URL handed to the JDBC driver (may carry a password)
 * @param sqliteFile the SQLite file, or null for PostgreSQL
 */
public record BankLocation(Dialect dialect, String jdbcUrl, Path sqliteFile) {

  /** The default bank of a project: {@code .nk/bank.db} in the working directory. */
  public static final String DEFAULT = ".nk/bank.db";

  private static final Pattern PASSWORD_PARAM =
      Pattern.compile("(?i)([?&;]password=)[^&;]*");
  private static final Pattern USER_INFO_PASSWORD = Pattern.compile("(//[^/:@]*:)[^@/]*@");

  /**
   * Parses a bank URL.
   *
   * @throws IllegalArgumentException for an empty URL or an unsupported {@code jdbc:} scheme
   */
  public static BankLocation parse(String url) {
    if (url == null || url.isBlank()) {
      throw new IllegalArgumentException("empty bank URL: give a file path, sqlite:PATH or jdbc:postgresql://...");
    }
    String u = url.trim();
    if (u.startsWith("jdbc:postgresql:")) {
      return new BankLocation(Dialect.POSTGRESQL, u, null);
    }
    if (u.startsWith("jdbc:sqlite:")) {
      u = u.substring("jdbc:sqlite:".length());
    } else if (u.startsWith("sqlite:")) {
      u = u.substring("sqlite:".length());
      if (u.startsWith("//")) {
        u = u.substring(2);
      }
    } else if (u.startsWith("jdbc:")) {
      throw new IllegalArgumentException(
          "unsupported bank URL " + mask(u) + ": use a file path, sqlite:PATH or jdbc:postgresql://...");
    }
    Path file = Path.of(u).toAbsolutePath().normalize();
    return new BankLocation(Dialect.SQLITE, "jdbc:sqlite:" + file, file);
  }

  /** The URL with any password replaced by {@code ***}: safe for messages and logs. */
  public String masked() {
    return dialect == Dialect.SQLITE ? sqliteFile.toString() : mask(jdbcUrl);
  }

  /** Masks {@code password=...} parameters and {@code user:password@} user info in a URL. */
  public static String mask(String url) {
    String m = PASSWORD_PARAM.matcher(url).replaceAll("$1***");
    return USER_INFO_PASSWORD.matcher(m).replaceAll("$1***@");
  }

  /**
   * The default index folder: beside an SQLite file ({@code <dir>/index}), or for PostgreSQL
   * {@code ${XDG_CACHE_HOME:-~/.cache}/nk/index/<hash>} where the hash is over the URL without
   * credentials, so every checkout on a machine shares one index per database.
   */
  public Path defaultIndexDirectory() {
    if (dialect == Dialect.SQLITE) {
      Path parent = sqliteFile.getParent();
      return parent == null ? Path.of("index") : parent.resolve("index");
    }
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path cache =
        xdg != null && !xdg.isBlank()
            ? Path.of(xdg)
            : Path.of(System.getProperty("user.home"), ".cache");
    return cache.resolve("nk").resolve("index").resolve(urlHash());
  }

  private String urlHash() {
    String withoutCredentials =
        jdbcUrl
            .replaceAll("(?i)[?&;](user|password)=[^&;]*", "")
            .replaceAll("//[^/@]*@", "//");
    try {
      byte[] d =
          MessageDigest.getInstance("SHA-256")
              .digest(withoutCredentials.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }
}
