package org.negativeknowledge.bank;

import org.negativeknowledge.bank.io.ImportOptions;
import org.negativeknowledge.bank.io.ImportReport;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.negativeknowledge.record.NkJson;

/**
 * A separate OS process that writes to a bank, for the multi-process tests.
 *
 * <p>{@code add URL PREFIX N}: adds N entries one transaction each; {@code import URL FILE
 * [INDEX]}: imports a file, printing {@code progress <n>} lines as it goes (with an index folder,
 * the index follows the import); {@code reindex URL INDEX}: prints {@code reindexing}, then
 * rebuilds the index. Exit 0 on success; any error is printed to stderr with exit 1.
 */
public final class BankWriterMain {
  private BankWriterMain() {}

  public static void main(String[] args) throws Exception {
    OpenOptions options = OpenOptions.defaults().withIndexOnWrite(false).withAuthor(args[0]);
    if (args[0].equals("reindex")) {
      options = options.withIndexDirectory(Path.of(args[2]));
    } else if (args[0].equals("import") && args.length > 3) {
      options = options.withIndexDirectory(Path.of(args[3])).withIndexOnWrite(true);
    }
    try (Bank bank = Bank.open(args[1], options)) {
      if (args[0].equals("add")) {
        String prefix = args[2];
        int n = Integer.parseInt(args[3]);
        for (int i = 0; i < n; i++) {
          ObjectNode rec =
              NkJson.parseObject(
                  "{\"id\":\"" + prefix + "-" + i + "\",\"kind\":\"negative\",\"claim\":\"claim " + i
                      + " from " + prefix + "\"}");
          ImportReport r = bank.importRecords(List.of(rec), prefix, ImportOptions.defaults());
          if (r.imported() != 1) {
            throw new IllegalStateException("not imported: " + r);
          }
        }
      } else if (args[0].equals("reindex")) {
        System.out.println("reindexing");
        System.out.flush();
        bank.reindex();
        System.out.println("done");
      } else {
        ImportReport r =
            bank.importEntries(
                List.of(Path.of(args[2])),
                ImportOptions.defaults()
                    .withProgress(
                        (read, src) -> {
                          System.out.println("progress " + read);
                          System.out.flush();
                        }));
        System.out.println("done " + r.summary());
      }
    } catch (Exception e) {
      e.printStackTrace();
      System.exit(1);
    }
  }
}
