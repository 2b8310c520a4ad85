package org.negativeknowledge.curator.anthropic;

import com.anthropic.client.AnthropicClient;
import com.anthropic.client.okhttp.AnthropicOkHttpClient;
import com.anthropic.errors.AnthropicException;
import com.anthropic.errors.AnthropicIoException;
import com.anthropic.errors.AnthropicServiceException;
import com.anthropic.models.messages.MessageCreateParams;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.List;
import org.negativeknowledge.curator.anthropic.internal.BoundedAnswers;
import org.negativeknowledge.curator.anthropic.internal.MessagesMapping;
import org.negativeknowledge.curator.internal.Causes;
import org.negativeknowledge.curator.model.ModelAnswerTooLargeException;
import org.negativeknowledge.curator.model.ModelCallException;
import org.negativeknowledge.curator.model.ModelClient;
import org.negativeknowledge.curator.model.ModelRequest;
import org.negativeknowledge.curator.model.ModelResponse;
import org.negativeknowledge.curator.model.ModelTimeoutException;
import org.negativeknowledge.curator.model.ModelUnavailableException;

/**
 * The curator's model client over the official Anthropic Java SDK: the curator's {@link
 * ModelRequest} goes out as a Messages API call, the answer comes back as a {@link ModelResponse}.
 *
 * <p>The API key is checked before the first request (not when the client is built), so a curator
 * can be set up without one. The SDK's own retries are switched off so that attempts are counted
 * here: answers 429, 529 and other 5xx are retried with exponential backoff (honouring {@code
 * retry-after}/{@code retry-after-ms}) while {@link AnthropicSettings#maxRetries()} lasts. A
 * connection that fails before any answer arrived (typically a pooled connection the server or a
 * proxy has closed) is retried at once on a fresh connection, and after that like a 5xx. A timeout
 * is not retried (the model may have spent the tokens already). An answer body over {@link
 * #MAX_ANSWER_BYTES} is refused unread. Every error message ends with the cause chain.
 *
 * <p>Thread-safe: the SDK client is; close it when done.
 */
public final class AnthropicModelClient implements ModelClient {

  /**
   * The largest answer body read, in bytes. A real answer is bounded by {@code max_tokens} (a few
   * characters a token); anything near this size comes from a broken or hostile server.
   */
  public static final long MAX_ANSWER_BYTES = 4L * 1024 * 1024;

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
              .timeout(settings.timeout())
              .addInterceptor(BoundedAnswers.interceptor(MAX_ANSWER_BYTES));
      settings.baseUrl().ifPresent(b::baseUrl);
      client = b.build();
    }
    return client;
  }

  @Override
  public ModelResponse send(ModelRequest request) {
    AnthropicClient c = client();
    MessageCreateParams params = MessagesMapping.params(request, settings.model(), settings.maxTokens());
    int attempt = 0;
    int retriesLeft = settings.maxRetries();
    boolean freshConnectionTried = false;
    while (true) {
      attempt++;
      try {
        return MessagesMapping.response(c.messages().create(params));
      } catch (AnthropicServiceException e) {
        int status = e.statusCode();
        if (!(status == 429 || status >= 500)) {
          throw refused(status, e, attempt);
        }
        if (retriesLeft-- <= 0) {
          throw new ModelUnavailableException(
              "model API unavailable: HTTP " + status + " (" + describe(status) + ") on all " + attempt
                  + " attempts; try again later or raise the retry count. Last answer: " + Causes.chain(e),
              attempt, status, e);
        }
        sleep(backoff(attempt, e));
      } catch (AnthropicIoException e) {
        // The SDK raises this only around the HTTP exchange, so no answer has arrived yet.
        if (isTimeout(e)) {
          throw new ModelTimeoutException(
              "model call to " + settings.model() + " timed out after " + settings.timeout().toMillis()
                  + " ms (attempt " + attempt + "); raise the timeout or shrink the input: " + Causes.chain(e),
              attempt, e);
        }
        if (!freshConnectionTried) {
          freshConnectionTried = true;
        } else if (retriesLeft-- > 0) {
          sleep(backoff(attempt - 1, null));
        } else {
          throw new ModelCallException(
              "model call to " + settings.model() + " failed before any answer arrived, on all " + attempt
                  + " attempts (check the network and ANTHROPIC_BASE_URL): " + Causes.chain(e),
              attempt, e);
        }
      } catch (AnthropicException e) {
        throw unreadable(e, attempt);
      }
    }
  }

  private ModelCallException refused(int status, AnthropicServiceException e, int attempt) {
    return new ModelCallException(
        "model call to " + settings.model() + " refused with HTTP " + status + ": "
            + e.apiMessage().orElse(Causes.chain(e))
            + (status == 401 ? " (check ANTHROPIC_API_KEY)" : "")
            + (status == 404 ? " (check --model and ANTHROPIC_BASE_URL)" : ""),
        attempt,
        e);
  }

  private ModelCallException unreadable(AnthropicException e, int attempt) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BoundedAnswers.AnswerTooLargeException big) {
        return new ModelAnswerTooLargeException(
            "oversized answer from model " + settings.model() + ": " + big.getMessage() + ", over the limit of "
                + big.limitBytes() + " bytes; refused unread (a real answer is bounded by max_tokens "
                + settings.maxTokens() + "; check ANTHROPIC_BASE_URL)",
            big.limitBytes(), attempt, e);
      }
    }
    return new ModelCallException(
        "model call to " + settings.model() + ": the answer could not be read: " + Causes.chain(e), attempt, e);
  }

  private static String describe(int status) {
    return switch (status) {
      case 429 -> "rate limited";
      case 529 -> "overloaded";
      default -> "server error";
    };
  }

  private Duration backoff(int attempt, AnthropicServiceException e) {
    Duration exp = settings.retryBaseDelay().multipliedBy(1L << Math.min(Math.max(attempt - 1, 0), 20));
    Duration delay = exp.compareTo(settings.retryMaxDelay()) > 0 ? settings.retryMaxDelay() : exp;
    Duration hinted = e == null ? null : retryAfter(e);
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
