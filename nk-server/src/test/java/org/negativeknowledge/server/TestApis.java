package org.negativeknowledge.server;

import org.negativeknowledge.app.NkApp;
import org.negativeknowledge.app.api.JsonApi;
import org.negativeknowledge.app.curate.CuratorChoice;
import org.negativeknowledge.app.files.FileAccess;
import org.negativeknowledge.bank.Bank;
import org.negativeknowledge.taxonomy.TaxonomyProfile;

/** The use cases the server tests serve: profile exploration, the offline curator, any file readable. */
public final class TestApis {
  private TestApis() {}

  /** The use cases over {@code bank} (closing them closes the bank). */
  public static NkApp app(Bank bank) {
    return NkApp.over(bank, TaxonomyProfile.exploration(), CuratorChoice.offline(TaxonomyProfile.core()));
  }

  /** The JSON API over {@code bank}. */
  public static JsonApi json(Bank bank) {
    return new JsonApi(app(bank), FileAccess.unrestricted());
  }
}
