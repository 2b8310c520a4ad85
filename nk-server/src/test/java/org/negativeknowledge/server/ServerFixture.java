package org.negativeknowledge.server;

import java.nio.file.Path;
import java.util.List;
import org.negativeknowledge.bank.Bank;
import org.negativeknowledge.bank.io.ImportOptions;
import org.negativeknowledge.bank.io.ImportReport;
import org.negativeknowledge.server.http.NkHttpServer;
import org.negativeknowledge.app.api.JsonApi;

/** A bank loaded with {@link SampleRecords} and an HTTP server over it; close to stop both. */
public final class ServerFixture implements AutoCloseable {
  public final Bank bank;
  public final JsonApi ops;
  public final NkHttpServer server;

  private ServerFixture(Bank bank, JsonApi ops, NkHttpServer server) {
    this.bank = bank;
    this.ops = ops;
    this.server = server;
  }

  /** An SQLite bank in {@code dir} with the samples, served with {@code settings} (port 0 = free). */
  public static ServerFixture sqlite(Path dir, ServerSettings settings) {
    return start(Bank.open(dir.resolve("bank.db").toString()), settings);
  }

  /** The samples loaded into {@code bank}, served with {@code settings}. */
  public static ServerFixture start(Bank bank, ServerSettings settings) {
    ImportReport r = bank.importRecords(List.copyOf(SampleRecords.all()), "samples", ImportOptions.defaults());
    if (r.rejected() > 0) {
      throw new IllegalStateException("sample records rejected: " + r.rejections());
    }
    JsonApi ops = TestApis.json(bank);
    return new ServerFixture(bank, ops, NkHttpServer.start(ops.app(), settings, "test"));
  }

  public String url(String path) {
    return server.baseUrl() + path;
  }

  @Override
  public void close() {
    server.close();
    bank.close();
  }
}
