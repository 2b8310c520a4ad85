package org.negativeknowledge.cli.bank;

import java.util.LinkedHashMap;
import java.util.Map;
import org.negativeknowledge.app.operation.Args;
import org.negativeknowledge.app.operation.Operations;
import org.negativeknowledge.app.operation.Param;
import org.negativeknowledge.app.operation.ParamType;
import org.negativeknowledge.app.operation.SearchParams;
import org.negativeknowledge.bank.search.SearchFilters;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The search filter options of {@code nk bank search} and {@code nk bank render}, derived from the
 * one description of the filters ({@link SearchParams#FILTERS}): a command names this class as its
 * picocli model transformer, and every filter becomes an option ({@code task_id} is {@code
 * --task-id}, aliases such as {@code --task} too). A filter added there appears here unchanged.
 */
public final class SearchFilterOptions implements IModelTransformer {

  @Override
  public CommandSpec transform(CommandSpec spec) {
    for (SearchParams.Filter f : SearchParams.FILTERS) {
      Param p = f.param();
      String[] names = java.util.stream.Stream.concat(
              java.util.stream.Stream.of(p.cliOption()),
              p.aliases().stream().map(a -> "--" + a.replace('_', '-')))
          .distinct().toArray(String[]::new);
      spec.addOption(OptionSpec.builder(names)
          .paramLabel(p.cliLabel())
          .description(p.description())
          .type(p.type() == ParamType.INTEGER ? Long.class : String.class)
          .descriptionKey(p.name())
          .build());
    }
    return spec;
  }

  /** The filters the options given to {@code spec}'s command ask for. */
  public static SearchFilters filters(CommandSpec spec) {
    Map<String, String> given = new LinkedHashMap<>();
    for (SearchParams.Filter f : SearchParams.FILTERS) {
      OptionSpec o = spec.findOption(f.param().cliOption());
      if (o != null && o.getValue() != null) {
        given.put(f.param().name(), o.getValue().toString());
      }
    }
    return SearchParams.filters(Args.ofTexts(Operations.SEARCH, given));
  }
}
