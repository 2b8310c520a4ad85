package org.negativeknowledge.bank;

import org.negativeknowledge.bank.entry.BankEntry;
import org.negativeknowledge.bank.entry.BankNotFoundException;
import org.negativeknowledge.bank.entry.BankStats;
import org.negativeknowledge.bank.entry.BankStorageException;
import org.negativeknowledge.bank.entry.ChangeFeed;
import org.negativeknowledge.bank.entry.CurationOrigin;
import org.negativeknowledge.bank.entry.EntryNotFoundException;
import org.negativeknowledge.bank.entry.EntryStateException;
import org.negativeknowledge.bank.entry.InvalidEntryException;
import org.negativeknowledge.bank.entry.Occurrence;
import org.negativeknowledge.bank.entry.Provenance;
import org.negativeknowledge.bank.entry.RevisionConflictException;
import org.negativeknowledge.bank.entry.SchemaVersionException;
import org.negativeknowledge.bank.io.ExportOptions;
import org.negativeknowledge.bank.io.ImportOptions;
import org.negativeknowledge.bank.io.ImportReport;
import org.negativeknowledge.bank.io.Rejection;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.negativeknowledge.bank.JdbcBank;
import org.negativeknowledge.bank.render.RenderedMemory;
import org.negativeknowledge.bank.search.SearchQuery;
import org.negativeknowledge.bank.search.SearchResults;

/**
 * A bank of NK records and knowledge entries: the store (SQLite or PostgreSQL) is the truth, a
 * Lucene index derived from it answers searches.
 *
 * <p>Open with {@link #open(String)}; close when done. Implementations are thread-safe (calls on
 * one instance are serialised) and several processes may share one bank.
 */
public interface Bank extends AutoCloseable {

  /**
   * Opens (creating on first use) the bank at {@code url} with default options.
   *
   * @param url a file path or {@code sqlite:PATH} for an embedded SQLite file, or {@code
   *     jdbc:postgresql://HOST[:PORT]/DATABASE[?params]}; anything else is refused (see {@link
   *     org.negativeknowledge.bank.store.BankLocation#parse})
   * @throws IllegalArgumentException when {@code url} is none of the accepted forms
   * @throws SchemaVersionException when the bank was made by a newer nk
   * @throws BankStorageException when the database cannot be opened
   */
  static Bank open(String url) {
    return open(url, OpenOptions.defaults());
  }

  /** Opens the bank at {@code url} with {@code options}; see {@link #open(String)}. */
  static Bank open(String url, OpenOptions options) {
    return JdbcBank.open(url, options);
  }

  /**
   * Opens the bank at {@code url} only if there is one, creating nothing (no file, no folder, no
   * table): what a reading caller (search, stats, get, export, history, a server) wants, so that a
   * mistyped location is an error instead of a new empty bank. A bank of an older schema version
   * is brought up to date as {@link #open(String)} does.
   *
   * @throws BankNotFoundException when there is no bank at {@code url}
   * @throws SchemaVersionException when the bank was made by a newer nk
   * @throws BankStorageException when the database cannot be opened
   */
  static Bank openExisting(String url) {
    return openExisting(url, OpenOptions.defaults());
  }

  /** Opens the bank at {@code url} only if there is one; see {@link #openExisting(String)}. */
  static Bank openExisting(String url, OpenOptions options) {
    return JdbcBank.open(url, options.withCreateIfMissing(false));
  }

  /** Where the bank is, with any password masked. */
  String location();

  /**
   * Imports records from JSON / JSONL files and folders, read exactly as {@code nk validate}
   * reads them ({@link org.negativeknowledge.validation.stream.RecordSourceReader}: one object
   * per {@code .json} file, one per line of a {@code .jsonl} file, folders searched recursively
   * without hidden names). Every path is checked before anything is written.
   *
   * <p>All-or-nothing unless {@link ImportOptions#skipInvalid()}: with any rejection nothing is
   * written. The whole import is one transaction.
   *
   * <p>A record is rejected (with {@code file:line}, a {@link Rejection#code() code} and the
   * reason) only when it cannot be an entry: text that cannot be read as a JSON object (malformed
   * JSON, invalid UTF-8, a duplicate key, a lone surrogate, beyond the reader's limits, a value
   * that is not an object), an object with none of the fields of an NK record or knowledge entry,
   * an {@code id} that is not a non-blank string, a {@code failure} that is not an object, a
   * {@code task_id} or {@code domain} that is not a string, a key value ({@code id}, {@code
   * task_id}, {@code domain} or a failure facet, also the {@link ImportOptions#domain()} tag)
   * longer than {@link org.negativeknowledge.validation.FieldLimits#MAX_KEY_CHARS} characters or
   * holding a control character, or an id the bank (or this import) already holds with other
   * content. Reference validation against {@link ImportOptions#profile()} never rejects: the
   * paper's positive entries (empty {@code failure}, blank texts) are knowledge; its issues are
   * stored with the entry and counted in {@link ImportReport#warnings()}. Content already stored
   * (same id, same canonical JSON of any revision) is counted unchanged.
   *
   * @throws org.negativeknowledge.validation.stream.RecordSourceException when a path does not
   *     exist ({@code no such file: PATH}), is not a record file or cannot be read; nothing is
   *     written then
   */
  ImportReport importEntries(List<Path> inputs, ImportOptions options);

  /**
   * Imports objects given in memory, as {@link #importEntries} does files; their source in reports
   * is {@code <label>:n} with n counting from 1.
   */
  ImportReport importRecords(List<ObjectNode> records, String label, ImportOptions options);

  /**
   * Imports curated records, as {@link #importRecords} does, deduplicating by failure signature:
   * every record is taken to describe the failure {@code origin} names. A record whose signature
   * key and {@code task_id} match an active entry is not stored; the entry counts another
   * occurrence instead ({@link BankEntry#occurrences()}, with this import's provenance in {@link
   * #occurrences(String)}), counted in {@link ImportReport#deduplicated()}. An {@link
   * CurationOrigin#LLM} record matching an entry curated {@link CurationOrigin#OFFLINE} becomes
   * that entry's new active revision instead, with reason {@value CurationOrigin#SUPERSEDE_REASON}
   * ({@link ImportReport#superseded()}). New entries carry the key and the curator ({@link
   * BankEntry#signatureKey()}, {@link Provenance#curator()}).
   */
  ImportReport importCurated(
      List<ObjectNode> records, String label, ImportOptions options, CurationOrigin origin);

  /** The further occurrences counted on {@code id}, oldest first; empty when there are none. */
  List<Occurrence> occurrences(String id);

  /** The current revision of {@code id} (active or retracted), if the bank has it. */
  Optional<BankEntry> get(String id);

  /** Every revision of {@code id}, oldest first; empty when the bank does not have it. */
  List<BankEntry> history(String id);

  /**
   * Stores {@code corrected} as a new active revision of {@code id} and marks the current one
   * superseded.
   *
   * @param reason why the correction was made (required)
   * @param author who made it; null means the bank's author
   * @throws EntryNotFoundException when {@code id} is unknown
   * @throws EntryStateException when the correction is identical to the current revision, or
   *     changes the id
   * @throws InvalidEntryException when {@code corrected} cannot be an entry (for one, a key value
   *     longer than {@link org.negativeknowledge.validation.FieldLimits#MAX_KEY_CHARS})
   */
  BankEntry revise(String id, ObjectNode corrected, String reason, String author);

  /**
   * Like {@link #revise(String, ObjectNode, String, String)}, but only when the entry is still at
   * {@code expectedRevision}, the revision the correction was based on: a correction made on a
   * revision someone has since revised (or retracted) is refused, so concurrent correctors never
   * silently overwrite each other.
   *
   * @param expectedRevision the revision the corrector read, 1 or more
   * @throws RevisionConflictException when the entry's current revision is another one (nothing
   *     is written)
   */
  BankEntry revise(String id, ObjectNode corrected, String reason, String author, int expectedRevision);

  /**
   * Retracts {@code id}: a new revision with the same content and status retracted.
   *
   * @throws EntryNotFoundException when {@code id} is unknown
   * @throws EntryStateException when it is already retracted
   */
  BankEntry retract(String id, String reason, String author);

  /**
   * Writes JSONL to {@code out} in the order entries were first stored.
   *
   * @return the number of lines written
   */
  long export(Writer out, ExportOptions options) throws IOException;

  /** Counts by polarity, domain, facet, depth, shape and status. */
  BankStats stats();

  /** Number of active entries. */
  long size();

  /** The store's change feed (what the search index follows). */
  ChangeFeed changes();

  /** Full-text search with filters; brings the index up to date first. */
  SearchResults search(SearchQuery query);

  /**
   * The candidates of a consultation's memory block: BM25 over the query's informative terms and,
   * with the embedding model on ({@link org.negativeknowledge.bank.embed.Embeddings}), the entries
   * nearest in meaning, fused by rank; entries of the preferred domain first among equals. Entries
   * imported since the last embedding pass get their vectors first, for a bounded time.
   */
  List<org.negativeknowledge.bank.search.Candidate> candidates(org.negativeknowledge.bank.search.CandidateQuery query);

  /** Renders the entries {@code query} finds as a memory block within {@code tokenBudget}. */
  RenderedMemory render(SearchQuery query, int tokenBudget);

  /**
   * Rebuilds the search index from the store, from nothing when the index folder holds an index
   * that cannot be opened any more (a truncated or garbled file), and with the embedding model on,
   * every entry's embedding vector.
   */
  void reindex();

  /**
   * The consultation protocol over this bank (consult, decide, propose, finding, research graph),
   * with default settings; its tables live in the same store.
   */
  org.negativeknowledge.bank.consult.ConsultationLedger consultations();

  /** Closes the connection and the index. */
  @Override
  void close();
}
