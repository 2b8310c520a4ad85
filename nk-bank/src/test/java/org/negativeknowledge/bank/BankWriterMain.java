package org.negativeknowledge.bank;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.List;
import org.negativeknowledge.record.NkJson;

/**
 * A separate OS process that writes to a bank, for the multi-process tests.
 *
 * <p>{@code add URL PREFIX N}: adds N entries one transaction each; {@code import URL FILE}:
 * imports a file, printing {@code progress <n>} lines as it goes. Exit 0 on success; any error is
 * printed to stderr with exit 1.
 */
public final class BankWriterMain {
  private BankWriterMain() {}

  public static void main(String[] args) throws Exception {
    OpenOptions options = OpenOptions.defaults().withIndexOnWrite(false).withAuthor(args[0]);
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
