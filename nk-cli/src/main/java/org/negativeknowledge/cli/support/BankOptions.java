package org.negativeknowledge.cli.support;

import org.negativeknowledge.app.NkApp;
import org.negativeknowledge.app.curate.CuratorChoice;
import org.negativeknowledge.bank.Bank;
import org.negativeknowledge.bank.OpenOptions;
import org.negativeknowledge.bank.store.BankLocation;
import org.negativeknowledge.taxonomy.TaxonomyProfile;
import picocli.CommandLine.Option;

/**
 * The {@code --bank URL} option every bank-using command shares (as a picocli {@code @Mixin}):
 * the option, else {@code $NK_BANK}, else {@code .nk/bank.db}.
 */
public final class BankOptions {
  /** The environment variable naming the bank when {@code --bank} is absent. */
  public static final String ENV = "NK_BANK";

  @Option(
      names = "--bank",
      paramLabel = "URL",
      description =
          "the bank: a file path or sqlite:PATH (embedded SQLite), or jdbc:postgresql://..."
              + " (default: $NK_BANK, else " + BankLocation.DEFAULT + ")")
  String bank;

  /** The bank URL in force. */
  public String url() {
    if (bank != null && !bank.isBlank()) {
      return bank;
    }
    String env = System.getenv(ENV);
    return env != null && !env.isBlank() ? env : BankLocation.DEFAULT;
  }

  /** Opens the bank with default options, creating it on first use: for writing commands. */
  public Bank open() {
    return Bank.open(url());
  }

  /**
   * Opens the bank only if it exists, creating nothing: for reading commands (and those that
   * change an existing entry), so that a mistyped location says there is no bank there.
   *
   * @throws org.negativeknowledge.bank.entry.BankNotFoundException when there is no bank
   */
  public Bank openExisting() {
    return Bank.openExisting(url());
  }

  /**
   * The use cases over the bank, opened for reading ({@code create} false: only an existing bank)
   * or for writing (created on first use); the offline curator, profile exploration. Close it.
   */
  public NkApp app(boolean create) {
    Bank bank = create ? open() : openExisting();
    return NkApp.over(bank, TaxonomyProfile.exploration(), CuratorChoice.offline(TaxonomyProfile.exploration()));
  }

  /** Opens the bank with {@code options}, creating it on first use. */
  public Bank open(OpenOptions options) {
    return Bank.open(url(), options);
  }
}
