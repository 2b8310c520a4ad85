package org.negativeknowledge.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The command line {@code main} builds: only the subcommand a run names, every subcommand when it
 * names none (so help and errors still list them all).
 */
class NkCommandLineTest {

  private static final List<String> ALL = List.copyOf(Nk.commandLine().getSubcommands().keySet());

  @Test
  void theFullCommandLineHasEverySubcommandInHelpOrder() {
    assertThat(ALL).startsWith("quickstart", "validate").contains("consult", "bank", "mcp", "serve", "loop")
        .endsWith("help").doesNotHaveDuplicates().hasSize(Nk.SUBCOMMANDS.size());
  }

  @Test
  void aRunOfOneSubcommandBuildsOnlyThatOne() {
    for (String name : ALL) {
      if (name.equals("help")) {
        continue;
      }
      CommandLine cl = Nk.commandLineFor(name, "--some-option");
      assertThat(cl.getSubcommands().keySet()).as(name).containsExactly(name);
    }
    assertThat(Nk.commandLineFor("bank", "search", "x").getSubcommands().get("bank").getSubcommands())
        .containsKeys("search", "import", "get");
  }

  @Test
  void aSubcommandBuiltAloneHasTheSameOptionsAndSubcommandsAsInTheFullCommandLine() {
    CommandLine full = Nk.commandLine();
    for (String name : ALL) {
      assertThat(shape(Nk.commandLineFor(name).getSubcommands().get(name)))
          .as(name).isEqualTo(shape(full.getSubcommands().get(name)));
    }
    assertThat(shape(Nk.commandLineFor("bank").getSubcommands().get("bank")))
        .as("derived search filter options are there").contains("nk bank search --curator");
  }

  /** Every command path of {@code cl}'s tree with each of its option names, one per line. */
  private static List<String> shape(CommandLine cl) {
    List<String> lines = new java.util.ArrayList<>();
    String path = cl.getCommandSpec().qualifiedName();
    cl.getCommandSpec().options().forEach(o -> lines.addAll(
        java.util.Arrays.stream(o.names()).map(n -> path + " " + n).toList()));
    cl.getSubcommands().values().forEach(sub -> lines.addAll(shape(sub)));
    return lines;
  }

  @Test
  void withoutASubcommandEveryOneIsBuilt() {
    assertThat(Nk.commandLineFor().getSubcommands().keySet()).containsExactlyElementsOf(ALL);
    assertThat(Nk.commandLineFor("--help").getSubcommands().keySet()).containsExactlyElementsOf(ALL);
    assertThat(Nk.commandLineFor("help").getSubcommands().keySet()).containsExactlyElementsOf(ALL);
    assertThat(Nk.commandLineFor("no-such-command").getSubcommands().keySet()).containsExactlyElementsOf(ALL);
  }

  @Test
  void helpStillListsEveryCommandAndAnUnknownOneIsAUsageError() {
    CliRun help = CliRun.run("--help");
    assertThat(help.exit()).isZero();
    for (String name : ALL) {
      assertThat(help.out()).as(name).containsPattern("(?m)^  " + name + "\\b");
    }
    CliRun helpCommand = CliRun.run("help");
    assertThat(helpCommand.out()).contains("consult").contains("import-results");
    CliRun unknown = CliRun.run("consutl");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("consutl");
  }

  @Test
  void aSubcommandsOwnHelpAndExitCodesAreUnchanged() {
    CliRun consult = CliRun.run("consult", "--help");
    assertThat(consult.exit()).isZero();
    assertThat(consult.out()).contains("Usage: nk consult").contains("Exit codes:");
    CliRun viaHelp = CliRun.run("help", "consult");
    assertThat(viaHelp.out()).contains("Usage: nk consult");
  }
}
