package org.negativeknowledge.cli.bank;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.negativeknowledge.app.NkApp;
import org.negativeknowledge.app.entries.SearchPage;
import org.negativeknowledge.app.view.EntryViews;
import org.negativeknowledge.bank.entry.BankEntry;
import org.negativeknowledge.bank.search.SearchHit;
import org.negativeknowledge.bank.search.SearchQuery;
import org.negativeknowledge.bank.search.SearchResults;
import org.negativeknowledge.cli.support.BankOptions;
import org.negativeknowledge.cli.support.OutputFormat;
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
    modelTransformer = SearchFilterOptions.class,
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:at least one hit", "1:no hit", "2:usage or I/O error"})
public final class BankSearchCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin BankOptions bankOptions;
  @Mixin OutputFormat format;

  @Parameters(index = "0", arity = "1..*", paramLabel = "QUERY", description = "words to search for")
  String[] words;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "10", description = "at most N hits; default: ${DEFAULT-VALUE}")
  int limit;

  @Override
  public Integer call() {
    SearchQuery query = new SearchQuery(String.join(" ", words), SearchFilterOptions.filters(spec), limit);
    SearchPage page;
    try (NkApp app = bankOptions.app(false)) {
      page = app.entries().search(query);
    }
    SearchResults results = page.results();
    PrintWriter out = spec.commandLine().getOut();
    if (format.json()) {
      OutputFormat.print(out, EntryViews.searchPage(page));
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
        for (String flag : page.flagsOf(e.id())) {
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
}
