package org.negativeknowledge.cli.server;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.negativeknowledge.bank.Bank;
import org.negativeknowledge.cli.support.ExitCodes;
import org.negativeknowledge.cli.support.BankOptions;
import org.negativeknowledge.app.NkApp;
import org.negativeknowledge.app.curate.CuratorChoice;
import org.negativeknowledge.curator.anthropic.AnthropicSettings;
import org.negativeknowledge.app.files.FileAccess;
import org.negativeknowledge.server.InsecureBindException;
import org.negativeknowledge.server.ServerSettings;
import org.negativeknowledge.server.http.NkHttpServer;
import org.negativeknowledge.taxonomy.TaxonomyProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code nk serve}: MCP over Streamable HTTP at /mcp, the JSON API at /api and the bank browser at
 * /. Loopback by default; any other address requires {@code --token}.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {
      "Serve the bank over HTTP: MCP (Streamable HTTP) at /mcp, a JSON API at /api, the web bank browser at /.",
      "Binding beyond loopback requires --token; clients then send 'Authorization: Bearer <token>'"
          + " (a browser opens /?token=<token> once)."
    })
public final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin BankOptions bankOptions;

  @Option(names = "--host", defaultValue = "127.0.0.1", paramLabel = "ADDR",
      description = "address to listen on; default: ${DEFAULT-VALUE} (loopback only)")
  String host;

  @Option(names = "--port", defaultValue = "8765", paramLabel = "P", description = "TCP port (0 = any free); default: ${DEFAULT-VALUE}")
  int port;

  @Option(names = "--token", paramLabel = "T",
      description = "bearer token every request must carry (required beyond loopback; default: $NK_SERVER_TOKEN)")
  String token;

  @Option(names = "--max-body", defaultValue = "1048576", paramLabel = "BYTES",
      description = "largest request body accepted (bigger ones get 413); default: ${DEFAULT-VALUE}")
  long maxBody;

  @Option(names = "--profile", defaultValue = "exploration", paramLabel = "PROFILE",
      description = "taxonomy profile records added through the server are validated against; default: ${DEFAULT-VALUE}")
  String profile;

  @Option(names = "--allow-dir", paramLabel = "DIR",
      description = "a folder whose regular files curation requests may name by path (repeatable); default: none,"
          + " artifacts must be sent inline")
  List<Path> allowDirs = new ArrayList<>();

  @Option(names = "--model", paramLabel = "M",
      description = "model for curation when ANTHROPIC_API_KEY is set; without a key curation is offline")
  String model;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    String t = token != null ? token : System.getenv("NK_SERVER_TOKEN");
    ServerSettings settings = ServerSettings.loopback(port).withHost(host).withToken(t).withMaxBodyBytes(maxBody)
        .withAllowedDirs(allowDirs);
    try {
      settings.requireSafeBind();
    } catch (InsecureBindException e) {
      err.println("nk serve: " + e.getMessage());
      err.flush();
      return ExitCodes.USAGE;
    }
    FileAccess files = settings.fileAccess();
    TaxonomyProfile p = TaxonomyProfile.byName(profile);
    try (NkApp app = NkApp.over(bankOptions.open(), p, curator(model, p))) {
      Bank bank = app.bank();
      try (NkHttpServer server = NkHttpServer.start(app, settings, version())) {
        PrintWriter out = spec.commandLine().getOut();
        out.println("nk serve: bank " + bank.location());
        out.println("  web page  " + server.baseUrl() + "/");
        out.println("  JSON API  " + server.baseUrl() + "/api");
        out.println("  MCP       " + server.baseUrl() + "/mcp");
        out.println("  auth      " + (settings.token().isPresent() ? "bearer token required" : "none (loopback only)"));
        out.println("  files     " + (files.readsPaths() ? "curation may read the files in " + files.folders()
            : "none (curation artifacts are sent inline)"));
        out.flush();
        server.await();
      }
    }
    return 0;
  }

  /** The curator a server uses: the model when ANTHROPIC_API_KEY is set, else the offline one. */
  static CuratorChoice curator(String model, TaxonomyProfile profile) {
    AnthropicSettings env = AnthropicSettings.fromEnv();
    return CuratorChoice.auto(model == null ? env : env.withModel(model), profile);
  }

  static String version() {
    Package p = ServeCommand.class.getPackage();
    return p != null && p.getImplementationVersion() != null ? p.getImplementationVersion() : "dev";
  }
}
