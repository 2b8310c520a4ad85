import com.knuddels.jtokkit.Encodings;
import com.knuddels.jtokkit.api.EncodingRegistry;
import com.knuddels.jtokkit.api.EncodingType;

/**
 * Milliseconds from a cold start to the first cl100k_base token count, with JTokkit's default
 * registry (builds every vocabulary) or its lazy one (builds cl100k_base only), as TokenCounter
 * did before and does now. Prints one number.
 */
public final class TokenizerLoad {
  public static void main(String[] args) {
    long start = System.nanoTime();
    EncodingRegistry registry =
        args[0].equals("default") ? Encodings.newDefaultEncodingRegistry() : Encodings.newLazyEncodingRegistry();
    int tokens = registry.getEncoding(EncodingType.CL100K_BASE).countTokensOrdinary("hello world");
    long ms = (System.nanoTime() - start) / 1_000_000;
    if (tokens != 2) {
      throw new IllegalStateException("cl100k_base counted " + tokens + " tokens in 'hello world'");
    }
    System.out.println(ms);
  }
}
