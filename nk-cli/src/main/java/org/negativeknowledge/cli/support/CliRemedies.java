package org.negativeknowledge.cli.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.negativeknowledge.app.error.Failure;

/** What to run next, in the command line's terms, for a failure the library described. */
final class CliRemedies {
  private CliRemedies() {}

  /** The remedy for {@code f}, when the command line has one. */
  static Optional<String> of(Failure f) {
    JsonNode d = f.details();
    String what = d.path("what").asText("");
    return Optional.ofNullable(switch (f.kind()) {
      case NOT_FOUND -> switch (what) {
        case "consultation" -> "open one with: nk consult --task T --context TEXT";
        case "experiment" -> "experiment ids come from nk propose";
        case "entry" -> "find ids with: nk bank search TEXT, or nk bank export --with-meta";
        case "bank" -> "create one with: nk bank import FILE (or any command that writes)";
        default -> null;
      };
      case REFUSED -> refused(d);
      case STALE -> "read it again with nk bank get " + d.path("id").asText()
          + ", then revise with --expected-revision " + d.path("actual_revision").asText();
      case INVALID -> d.has("argument") ? "see --help for " + option(d.path("argument").asText()) : null;
      case UNAVAILABLE -> f.message().contains("reindex") ? "run: nk bank reindex" : null;
      default -> null;
    });
  }

  private static String refused(JsonNode d) {
    if (d.has("undecided")) {
      return "decide each: nk decide " + d.path("consultation_id").asText() + " ENTRY adopt|reject --reason \"...\"";
    }
    if (d.has("matches")) {
      return "without --strict this is a warning; say in the experiment how your route differs";
    }
    return switch (d.path("conflict").asText("")) {
      case "second_proposal", "decided_after_proposal" -> "open a new consultation: nk consult --task T --context TEXT";
      default -> null;
    };
  }

  /** The command-line option of an argument ({@code token_budget} is {@code --token-budget}). */
  static String option(String argument) {
    String top = argument.contains("[") ? argument.substring(0, argument.indexOf('[')) : argument;
    return "--" + top.replace('_', '-');
  }
}
