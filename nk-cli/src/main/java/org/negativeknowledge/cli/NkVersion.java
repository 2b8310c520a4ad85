package org.negativeknowledge.cli;

import picocli.CommandLine.IVersionProvider;

/** Reports the version from the jar manifest, or "development" when run from classes. */
public final class NkVersion implements IVersionProvider {
  @Override
  public String[] getVersion() {
    String v = Nk.class.getPackage().getImplementationVersion();
    return new String[] {"nk " + (v == null ? "development" : v)};
  }
}
