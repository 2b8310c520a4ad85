package org.negativeknowledge.curator.anthropic;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.anthropic.errors.AnthropicIoException;
import com.anthropic.errors.AnthropicServiceException;
import com.anthropic.models.messages.Message;
import com.anthropic.models.messages.MessageCreateParams;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.List;
import org.negativeknowledge.curator.llm.ModelClient;

/**
 * The curator's model client over the official Anthropic Java SDK.
 *
 * <p>The API key is checked before the first request (not when the client is built), so a curator
 * can be set up without one. Answers 429, 529 and other 5xx are retried with exponential backoff
 * (honouring {@code retry-after}/{@code retry-after-ms}); each HTTP call has its own timeout; a
 * timeout is not retried (the model may have spent the tokens already). The SDK's own retries are
 * switched off so that the attempts are counted here.
 *
 * <p>Thread-safe: the SDK client is; close it when done.
 */
public final class AnthropicModelClient implements ModelClient {

  private final AnthropicSettings settings;
  private AnthropicClient client;

  private AnthropicModelClient(AnthropicSettings settings) {
    this.settings = settings;
  }

  /** A client with these settings; no connection is made yet. */
  public static AnthropicModelClient create(AnthropicSettings settings) {
    return new AnthropicModelClient(settings);
  }

  /** The settings in force (their {@code toString} masks the key). */
  public AnthropicSettings settings() {
    return settings;
  }

  @Override
  public String model() {
    return settings.model();
  }

  private synchronized AnthropicClient client() {
    if (client == null) {
      if (settings.apiKey().isEmpty()) {
        throw new MissingApiKeyException();
      }
      AnthropicOkHttpClient.Builder b =
          AnthropicOkHttpClient.builder()
              .apiKey(settings.apiKey().get())
              .maxRetries(0)
              .timeout(settings.timeout());
      settings.baseUrl().ifPresent(b::baseUrl);
      client = b.build();
    }
    return client;
  }

  @Override
  public Message send(MessageCreateParams.Builder params) {
    AnthropicClient c = client();
    MessageCreateParams request =
        params.model(settings.model()).maxTokens(settings.maxTokens()).build();
    int attempt = 0;
    while (true) {
      attempt++;
      try {
        return c.messages().create(request);
      } catch (AnthropicServiceException e) {
        int status = e.statusCode();
        boolean retryable = status == 429 || status >= 500;
        if (!retryable) {
          throw new ModelCallException(
              "model call to " + settings.model() + " refused with HTTP " + status + ": "
                  + e.apiMessage().orElse(e.getMessage())
                  + (status == 401 ? " (check ANTHROPIC_API_KEY)" : "")
                  + (status == 404 ? " (check --model and ANTHROPIC_BASE_URL)" : ""),
              attempt,
              e);
        }
        if (attempt > settings.maxRetries()) {
          throw new ModelUnavailableException(
              "model API unavailable: HTTP " + status + " (" + describe(status) + ") on all "
                  + attempt + " attempts; try again later or raise the retry count",
              attempt,
              status,
              e);
        }
        sleep(backoff(attempt, e));
      } catch (AnthropicIoException e) {
        if (isTimeout(e)) {
          throw new ModelTimeoutException(
              "model call to " + settings.model() + " timed out after " + settings.timeout().toMillis()
                  + " ms (attempt " + attempt + "); raise the timeout or shrink the input",
              attempt,
              e);
        }
        throw new ModelCallException(
            "model call to " + settings.model() + " failed: " + e.getMessage()
                + " (check the network and ANTHROPIC_BASE_URL)",
            attempt,
            e);
      }
    }
  }

  private static String describe(int status) {
    return switch (status) {
      case 429 -> "rate limited";
      case 529 -> "overloaded";
      default -> "server error";
    };
  }

  private Duration backoff(int attempt, AnthropicServiceException e) {
    Duration exp = settings.retryBaseDelay().multipliedBy(1L << Math.min(attempt - 1, 20));
    Duration delay = exp.compareTo(settings.retryMaxDelay()) > 0 ? settings.retryMaxDelay() : exp;
    Duration hinted = retryAfter(e);
    if (hinted != null && hinted.compareTo(Duration.ofSeconds(60)) <= 0) {
      return hinted;
    }
    return delay;
  }

  private static Duration retryAfter(AnthropicServiceException e) {
    try {
      List<String> ms = e.headers().values("retry-after-ms");
      if (!ms.isEmpty()) {
        return Duration.ofMillis((long) Double.parseDouble(ms.get(0).trim()));
      }
      List<String> s = e.headers().values("retry-after");
      if (!s.isEmpty()) {
        return Duration.ofMillis((long) (Double.parseDouble(s.get(0).trim()) * 1000));
      }
    } catch (NumberFormatException ignored) {
      // an HTTP-date or garbage: fall back to the exponential delay
    }
    return null;
  }

  private static boolean isTimeout(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof InterruptedIOException) {
        return true;
      }
    }
    return false;
  }

  private static void sleep(Duration d) {
    try {
      Thread.sleep(d.toMillis());
    } catch (InterruptedException ie) {
      Thread.currentThread().interrupt();
      throw new ModelCallException("interrupted while waiting to retry the model call", 0, ie);
    }
  }

  @Override
  public synchronized void close() {
    if (client != null) {
      client.close();
      client = null;
    }
  }
}
