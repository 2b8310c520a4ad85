package org.negativeknowledge.bank.io;

import java.util.Map;
import java.util.Objects;
import org.negativeknowledge.taxonomy.TaxonomyProfile;

/**
 * How an import treats its input. Immutable; start from {@link #defaults()} and use the
 * {@code with...} methods.
 *
 * @param domain domain for records without a {@code domain} field, or null
 * @param source source tag stored in provenance instead of the file name, or null
 * @param author author stored in provenance; null means the bank's author
 * @param profile taxonomy profile for reference validation (issues become warnings)
 * @param skipInvalid store the valid records even when some are rejected
 * @param inputHashes input name to SHA-256, stored in provenance when known
 * @param progress progress listener
 */
public record ImportOptions(
    String domain,
    String source,
    String author,
    TaxonomyProfile profile,
    boolean skipInvalid,
    Map<String, String> inputHashes,
    ImportProgress progress) {

  public ImportOptions {
    Objects.requireNonNull(profile, "profile");
    inputHashes = inputHashes == null ? Map.of() : Map.copyOf(inputHashes);
    progress = progress == null ? ImportProgress.NONE : progress;
  }

  /**
   * All-or-nothing, no tags, profile {@code exploration} (it accepts the values of the paper's
   * banks as well as {@code core}'s).
   */
  public static ImportOptions defaults() {
    return new ImportOptions(
        null, null, null, TaxonomyProfile.exploration(), false, Map.of(), ImportProgress.NONE);
  }

  public ImportOptions withDomain(String d) {
    return new ImportOptions(d, source, author, profile, skipInvalid, inputHashes, progress);
  }

  public ImportOptions withSource(String s) {
    return new ImportOptions(domain, s, author, profile, skipInvalid, inputHashes, progress);
  }

  public ImportOptions withAuthor(String a) {
    return new ImportOptions(domain, source, a, profile, skipInvalid, inputHashes, progress);
  }

  public ImportOptions withProfile(TaxonomyProfile p) {
    return new ImportOptions(domain, source, author, p, skipInvalid, inputHashes, progress);
  }

  public ImportOptions withSkipInvalid(boolean skip) {
    return new ImportOptions(domain, source, author, profile, skip, inputHashes, progress);
  }

  public ImportOptions withInputHashes(Map<String, String> hashes) {
    return new ImportOptions(domain, source, author, profile, skipInvalid, hashes, progress);
  }

  public ImportOptions withProgress(ImportProgress p) {
    return new ImportOptions(domain, source, author, profile, skipInvalid, inputHashes, p);
  }
}
