package org.negativeknowledge.bank.store;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a bank lives, parsed from what a user types. Three forms are accepted, and nothing else:
 * a file path or {@code sqlite:PATH} (also {@code jdbc:sqlite:PATH}) is an embedded SQLite file;
 * {@code jdbc:postgresql://HOST[:PORT]/DATABASE[?params]} is a PostgreSQL database. Anything else
 * that looks like a URL ({@code postgresql://...}, {@code mysql://...}, {@code http://...}) is
 * refused rather than taken for a file name.
 *
 * @param dialect the database kind
 * @param jdbcUrl the URL handed to the JDBC driver (may carry a password)
 * @param sqliteFile the SQLite file, or null for PostgreSQL
 */
public record BankLocation(Dialect dialect, String jdbcUrl, Path sqliteFile) {

  /** The default bank of a project: {@code .nk/bank.db} in the working directory. */
  public static final String DEFAULT = ".nk/bank.db";

  /** The accepted forms, as every refusal names them. */
  public static final String ACCEPTED_FORMS =
      "a file path, sqlite:PATH, or jdbc:postgresql://HOST[:PORT]/DATABASE[?user=USER&password=...]";

  /** The suffix of an SQLite bank's default index folder, beside the file: {@code bank.db.index}. */
  public static final String INDEX_SUFFIX = ".index";

  /** {@code password=}, {@code sslpassword=}, and their URL-encoded forms, up to the next separator. */
  private static final Pattern PASSWORD_PARAM =
      Pattern.compile("(?i)(password(?:=|%(?:25)*3D))(?:(?!%(?:25)*26)[^&;#\\s])*");

  private static final Pattern USER_INFO_PASSWORD = Pattern.compile("(//[^/:@?#\\s]*:)[^@?#\\s]*@");

  /** A scheme of two or more letters (one letter is a Windows drive, which is a path). */
  private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]+):");

  private static final Pattern POSTGRES = Pattern.compile("^jdbc:postgresql://([^/?#@]+)/([^/?#]+)(\\?[^#]*)?$");

  private static final Pattern LIBPQ = Pattern.compile("^postgres(?:ql)?://(?:([^:@/?#]*)(?::[^@]*)?@)?([^/?#]*)(/[^?#]*)?");

  /**
   * Parses a bank URL.
   *
   * @throws IllegalArgumentException for an empty URL, a PostgreSQL URL without a host or a
   *     database, or any other scheme; the message names the accepted forms and never a password
   */
  public static BankLocation parse(String url) {
    if (url == null || url.isBlank()) {
      throw new IllegalArgumentException("empty bank URL: give " + ACCEPTED_FORMS);
    }
    String u = url.strip();
    if (u.startsWith("jdbc:postgresql:")) {
      Matcher m = POSTGRES.matcher(u);
      if (!m.matches()) {
        throw new IllegalArgumentException(
            "bank URL " + mask(u) + " names no host and database: write jdbc:postgresql://HOST[:PORT]/DATABASE"
                + "[?user=USER&password=...] (a bank never uses the server's default database)");
      }
      return new BankLocation(Dialect.POSTGRESQL, u, null);
    }
    String path;
    if (u.startsWith("jdbc:sqlite:")) {
      path = u.substring("jdbc:sqlite:".length());
    } else if (u.startsWith("sqlite:")) {
      path = u.substring("sqlite:".length());
      if (path.startsWith("//")) {
        path = path.substring(2);
      }
    } else if (SCHEME.matcher(u).find()) {
      throw new IllegalArgumentException(refusal(u));
    } else {
      path = u;
    }
    if (path.isBlank()) {
      throw new IllegalArgumentException("bank URL " + u + " names no file: give " + ACCEPTED_FORMS);
    }
    Path file = Path.of(path).toAbsolutePath().normalize();
    return new BankLocation(Dialect.SQLITE, "jdbc:sqlite:" + file, file);
  }

  private static String refusal(String u) {
    Matcher scheme = SCHEME.matcher(u);
    scheme.find();
    String name = scheme.group(1).toLowerCase(Locale.ROOT);
    String message = "unsupported bank URL " + mask(u) + ": a bank is " + ACCEPTED_FORMS;
    Matcher libpq = LIBPQ.matcher(u);
    if ((name.equals("postgresql") || name.equals("postgres")) && libpq.find()) {
      String user = libpq.group(1);
      String database = libpq.group(3) == null ? "/DATABASE" : libpq.group(3);
      String host = libpq.group(2).isEmpty() ? "HOST" : libpq.group(2);
      message +=
          "; for this server write jdbc:postgresql://" + host + database
              + (user == null || user.isEmpty() ? "" : "?user=" + user + "&password=...");
    } else if (name.equals("file")) {
      message += "; for a file give its path without file:";
    } else {
      message += "; a file whose name starts with '" + name + ":' is written ./" + name + ":...";
    }
    return message;
  }

  /** The URL with any password replaced by {@code ***}: safe for messages and logs. */
  public String masked() {
    return dialect == Dialect.SQLITE ? sqliteFile.toString() : mask(jdbcUrl);
  }

  /**
   * Masks every password a URL may carry: {@code password=...} and {@code sslpassword=...}
   * parameters (in any case, also URL-encoded as {@code password%3D...}) and {@code
   * user:password@} user info.
   */
  public static String mask(String url) {
    String m = PASSWORD_PARAM.matcher(url).replaceAll("$1***");
    return USER_INFO_PASSWORD.matcher(m).replaceAll("$1***@");
  }

  /**
   * The default index folder: beside an SQLite file and named after it ({@code
   * <dir>/bank.db.index} for {@code <dir>/bank.db}, so two banks in one folder never share an
   * index), or for PostgreSQL {@code ${XDG_CACHE_HOME:-~/.cache}/nk/index/<hash>} where the hash is
   * over the URL without credentials, so every checkout on a machine shares one index per database.
   */
  public Path defaultIndexDirectory() {
    if (dialect == Dialect.SQLITE) {
      return sqliteFile.resolveSibling(sqliteFile.getFileName() + INDEX_SUFFIX);
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
            .replaceAll("(?i)[?&;](user|[a-z]*password)=[^&;]*", "")
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
