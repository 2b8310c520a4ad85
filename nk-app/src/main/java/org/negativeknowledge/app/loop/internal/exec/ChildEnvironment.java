package org.negativeknowledge.app.loop.internal.exec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The environment of a candidate: a fixed allow-list of harmless variables (search path, locale,
 * interpreter locations) plus the names the user adds, never anything else; {@code HOME} and {@code
 * TMPDIR} point into the workspace, and a marker variable lets the executor find the run's
 * processes. The names of withheld variables that look like secrets are reported (never their
 * values).
 *
 * @param variables what the child gets
 * @param withheldSecrets names of withheld variables that look like secrets, sorted
 * @param withheldCount how many variables were withheld in all
 */
record ChildEnvironment(Map<String, String> variables, List<String> withheldSecrets, int withheldCount) {

  /** The variable carrying the run's marker. */
  static final String MARKER = "NK_LOOP_RUN";

  private static final Set<String> ALLOWED = Set.of(
      "PATH", "LANG", "LANGUAGE", "LC_ALL", "LC_CTYPE", "LC_NUMERIC", "LC_MESSAGES", "TZ",
      "PYENV_ROOT", "PYENV_VERSION", "VIRTUAL_ENV", "CONDA_PREFIX", "CONDA_DEFAULT_ENV", "JAVA_HOME",
      "R_HOME", "LD_LIBRARY_PATH", "SYSTEMROOT");
  private static final Pattern SECRET = Pattern.compile(
      "KEY|TOKEN|SECRET|PASSW|CREDENTIAL|AUTH|COOKIE|SESSION|PRIVATE", Pattern.CASE_INSENSITIVE);

  static ChildEnvironment of(Map<String, String> parent, List<String> passEnv, Path workspace, String marker) {
    Map<String, String> vars = new LinkedHashMap<>();
    Set<String> secrets = new TreeSet<>();
    int withheld = 0;
    for (Map.Entry<String, String> e : new java.util.TreeMap<>(parent).entrySet()) {
      String name = e.getKey();
      if (ALLOWED.contains(name.toUpperCase(Locale.ROOT)) || passEnv.contains(name)) {
        vars.put(name, e.getValue());
      } else {
        withheld++;
        if (SECRET.matcher(name).find()) {
          secrets.add(name);
        }
      }
    }
    vars.putIfAbsent("PATH", "/usr/local/bin:/usr/bin:/bin");
    vars.put("HOME", workspace.toString());
    vars.put("TMPDIR", workspace.resolve(".tmp").toString());
    vars.put("PYTHONDONTWRITEBYTECODE", "1");
    vars.put("PYTHONUNBUFFERED", "1");
    vars.put(MARKER, marker);
    return new ChildEnvironment(vars, new ArrayList<>(secrets), withheld);
  }

  /** One line for exec.log. */
  String describe() {
    List<String> names = new ArrayList<>(variables.keySet());
    return "environment: " + names.size() + " variables passed (" + String.join(", ", names) + "); "
        + withheldCount + " withheld" + (withheldSecrets.isEmpty() ? ""
            : ", among them " + withheldSecrets.size() + " that look like secrets: " + String.join(", ", withheldSecrets));
  }
}
