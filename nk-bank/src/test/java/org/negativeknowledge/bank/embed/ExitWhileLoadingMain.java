package org.negativeknowledge.bank.embed;

/**
 * A process that starts loading the model in the background and, {@code args[0]} milliseconds
 * later, waits for the load to end and exits with status 3, as a command that fails before it
 * needs the model does; with {@code embed} it embeds one text and exits (to fill the resource
 * cache).
 */
public final class ExitWhileLoadingMain {
  private ExitWhileLoadingMain() {}

  public static void main(String[] args) throws InterruptedException {
    if (args[0].equals("embed")) {
      MiniLmEmbedder.shared().embed("fill the cache");
      System.exit(0);
    }
    MiniLmEmbedder.shared().prepare();
    Thread.sleep(Long.parseLong(args[0]));
    MiniLmEmbedder.shared().awaitPrepared(); // what a command that fails does before it exits
    System.exit(3);
  }
}
