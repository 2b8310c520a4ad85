package org.negativeknowledge.app;

import java.util.Objects;
import org.negativeknowledge.app.curate.Curation;
import org.negativeknowledge.app.curate.CuratorChoice;
import org.negativeknowledge.app.entries.Entries;
import org.negativeknowledge.app.protocol.Protocol;
import org.negativeknowledge.bank.Bank;
import org.negativeknowledge.taxonomy.TaxonomyProfile;

/**
 * The use cases of negative knowledge over one bank: its {@link #entries() entries}, the
 * consultation {@link #protocol() protocol} and {@link #curation() curation} into it. The command
 * line, the HTTP API and the MCP server are thin adapters over this class. Thread-safe as far as the
 * bank is; closing it closes the bank.
 */
public final class NkApp implements AutoCloseable {
  private final Bank bank;
  private final TaxonomyProfile profile;
  private final CuratorChoice curator;

  private NkApp(Bank bank, TaxonomyProfile profile, CuratorChoice curator) {
    this.bank = Objects.requireNonNull(bank, "bank");
    this.profile = Objects.requireNonNull(profile, "profile");
    this.curator = Objects.requireNonNull(curator, "curator");
  }

  /**
   * The use cases over {@code bank}.
   *
   * @param profile the taxonomy profile records added one by one are validated against
   * @param curator the curator a curation uses unless it asks for another
   */
  public static NkApp over(Bank bank, TaxonomyProfile profile, CuratorChoice curator) {
    return new NkApp(bank, profile, curator);
  }

  /** The bank these use cases act on. */
  public Bank bank() {
    return bank;
  }

  /** The taxonomy profile records added one by one are validated against. */
  public TaxonomyProfile profile() {
    return profile;
  }

  /** The curator a curation uses unless it asks for another. */
  public CuratorChoice curator() {
    return curator;
  }

  /** Import, add, search, get, history, revise, retract, stats, export, reindex. */
  public Entries entries() {
    return new Entries(bank, profile);
  }

  /** Consult, decide, propose, finding, check-route and the ledger's history. */
  public Protocol protocol() {
    return new Protocol(bank);
  }

  /** Curate failed rounds and store the record. */
  public Curation curation() {
    return new Curation(bank);
  }

  /** Closes the bank. */
  @Override
  public void close() {
    bank.close();
  }
}
