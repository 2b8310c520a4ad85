package org.negativeknowledge.cli.bank;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.negativeknowledge.bank.Bank;
import org.negativeknowledge.bank.entry.BankEntry;
import org.negativeknowledge.bank.search.SearchHit;
import org.negativeknowledge.bank.search.SearchQuery;
import org.negativeknowledge.bank.search.SearchResults;
import org.negativeknowledge.record.NkJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nk bank search}: full-text search over the bank with filters. */
@Command(name = "search", mixinStandardHelpOptions = true,
    description = {
      "Searches every text field of the bank's entries (BM25; code identifiers such as"
          + " featurize_dataframe or TreeExplainer also match their words), best first.",
      "The query is plain words, never query syntax. Active entries only unless --status says otherwise."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:at least one hit", "1:no hit", "2:usage or I/O error"})
public final class BankSearchCommand implements Callable<Integer> {

  /** Output formats. */
  enum Format {
    TEXT,
    JSON
  }

  @Spec CommandSpec spec;
  @Mixin BankOptions bankOptions;
  @Mixin SearchFilterOptions filterOptions;

  @Parameters(index = "0", arity = "1..*", paramLabel = "QUERY", description = "words to search for")
  String[] words;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "at most N hits; default: ${DEFAULT-VALUE}")
  int limit;

  @Option(names = "--format", paramLabel = "text|json", defaultValue = "text",
      description = "text, or json: one object a line with id, revision, score, snippet, polarity,"
          + " status, domain, task_id, flags and the original record; default: ${DEFAULT-VALUE}")
  Format format;

  @Override
  public Integer call() {
    SearchQuery query = new SearchQuery(String.join(" ", words), filterOptions.filters(), limit);
    SearchResults results;
    Map<String, List<String>> flags;
    try (Bank bank = bankOptions.openExisting()) {
      results = bank.search(query);
      flags = bank.consultations()
          .flags(results.hits().stream().map(h -> h.entry().id()).toList());
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.JSON) {
      for (SearchHit hit : results.hits()) {
        out.println(NkJson.compact(json(hit, flags.getOrDefault(hit.entry().id(), List.of()))));
      }
    } else {
      int rank = 0;
      for (SearchHit hit : results.hits()) {
        BankEntry e = hit.entry();
        out.printf(Locale.ROOT, "%d. %s  (score %.2f, %s, %s%s)%n", ++rank, e.id(), hit.score(),
            e.polarity().wireName(), e.status().wireName(), e.revision() > 1 ? ", revision " + e.revision() : "");
        StringBuilder about = new StringBuilder("   ");
        about.append(e.shape().wireName());
        if (e.depth() > 1) {
          about.append(" depth ").append(e.depth());
        }
        if (e.domain() != null) {
          about.append(" | domain ").append(e.domain());
        }
        if (e.taskId() != null) {
          about.append(" | task ").append(e.taskId());
        }
        if (!e.facets().isEmpty()) {
          about.append(" | ").append(String.join("/", e.facets().values()));
        }
        if (e.signatureKey() != null) {
          about.append(" | seen ").append(e.occurrences()).append(e.occurrences() == 1 ? " time" : " times")
              .append(" | signature ").append(e.signatureKey());
        }
        out.println(about);
        for (String flag : flags.getOrDefault(e.id(), List.of())) {
          out.println("   !! " + flag);
        }
        out.println("   " + hit.snippet());
      }
      out.println(results.hits().size() + " of " + (results.totalMatches() >= 1000 ? "at least " : "")
          + results.totalMatches() + " matching entries");
    }
    out.flush();
    return results.hits().isEmpty() ? 1 : 0;
  }

  /** The JSON object of one hit, with its flags (e.g. {@code possibly misleading}). */
  static ObjectNode json(SearchHit hit, List<String> flags) {
    BankEntry e = hit.entry();
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("id", e.id());
    o.put("revision", e.revision());
    o.put("score", hit.score());
    o.put("snippet", hit.snippet());
    o.put("polarity", e.polarity().wireName());
    o.put("status", e.status().wireName());
    o.put("domain", e.domain());
    o.put("task_id", e.taskId());
    o.put("signature_key", e.signatureKey());
    o.put("occurrences", e.occurrences());
    flags.forEach(o.putArray("flags")::add);
    o.set("record", e.original());
    return o;
  }
}
