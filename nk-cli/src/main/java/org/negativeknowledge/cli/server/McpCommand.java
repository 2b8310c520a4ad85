package org.negativeknowledge.cli.server;

import java.util.concurrent.Callable;
import org.negativeknowledge.cli.support.BankOptions;
import org.negativeknowledge.app.NkApp;
import org.negativeknowledge.app.api.JsonApi;
import org.negativeknowledge.app.files.FileAccess;
import org.negativeknowledge.server.mcp.McpStdioServer;
import org.negativeknowledge.taxonomy.TaxonomyProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code nk mcp}: serves the bank over MCP on stdin/stdout until stdin closes. stdout carries
 * nothing but protocol; logs go to stderr.
 */
@Command(name = "mcp", mixinStandardHelpOptions = true,
    description = {
      "Serve the bank to an MCP client (Claude Code, Claude Desktop, any agent) over stdio.",
      "Tools: nk_search, nk_get, nk_consult, nk_decide, nk_propose, nk_finding, nk_check_route, nk_add,"
          + " nk_curate; resources nk://entry/{id} and nk://bank/stats."
    })
public final class McpCommand implements Callable<Integer> {
  @Mixin BankOptions bankOptions;

  @Option(names = "--profile", defaultValue = "exploration", paramLabel = "PROFILE",
      description = "taxonomy profile nk_add validates against: core, exploration or a profile file; default: ${DEFAULT-VALUE}")
  String profile;

  @Option(names = "--model", paramLabel = "M",
      description = "model for nk_curate when ANTHROPIC_API_KEY is set (sonnet, haiku, opus or an id); without a key nk_curate is offline")
  String model;

  @Override
  public Integer call() {
    var out = McpStdioServer.protectStdout();
    TaxonomyProfile p = TaxonomyProfile.byName(profile);
    try (NkApp app = NkApp.over(bankOptions.openExisting(), p, ServeCommand.curator(model, p))) {
      // The client of a stdio server is the local user's own agent: it may name any file.
      McpStdioServer.serve(new JsonApi(app, FileAccess.unrestricted()), ServeCommand.version(),
          McpStdioServer.stdin(), out);
    }
    return 0;
  }
}
