package org.negativeknowledge.bank.consult.internal;

import java.util.UUID;

/** Fresh ids for consultations ({@code c-}), experiments ({@code e-}) and findings ({@code f-}). */
final class Ids {
  private Ids() {}

  static String fresh(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
  }
}
