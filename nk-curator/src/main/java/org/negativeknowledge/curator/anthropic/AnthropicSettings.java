package org.negativeknowledge.curator.anthropic;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How to reach the Anthropic Messages API. Immutable; {@link #toString()} never shows the key.
 *
 * @param model the model id (aliases resolved by {@link #withModel(String)})
 * @param baseUrl the API base URL without {@code /v1}, empty for the SDK default
 * @param apiKey the API key, empty when none is configured (checked before a live call)
 * @param timeout the limit for one HTTP call
 * @param maxRetries retries after the first attempt on 429, 529 and other 5xx answers
 * @param retryBaseDelay the first backoff delay; each retry doubles it
 * @param retryMaxDelay the longest backoff delay
 * @param maxTokens the {@code max_tokens} of each request
 */
public record AnthropicSettings(
    String model,
    Optional<String> baseUrl,
    Optional<String> apiKey,
    Duration timeout,
    int maxRetries,
    Duration retryBaseDelay,
    Duration retryMaxDelay,
    int maxTokens) {

  /** The environment variable holding the API key. */
  public static final String API_KEY_ENV = "ANTHROPIC_API_KEY";
  /** The environment variable holding a base URL (proxy or local fake). */
  public static final String BASE_URL_ENV = "ANTHROPIC_BASE_URL";

  public AnthropicSettings {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(apiKey, "apiKey");
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(retryBaseDelay, "retryBaseDelay");
    Objects.requireNonNull(retryMaxDelay, "retryMaxDelay");
    if (maxRetries < 0) {
      throw new IllegalArgumentException("maxRetries must be >= 0, got " + maxRetries);
    }
    if (maxTokens < 1) {
      throw new IllegalArgumentException("maxTokens must be >= 1, got " + maxTokens);
    }
    apiKey = apiKey.filter(k -> !k.isBlank());
    baseUrl = baseUrl.filter(u -> !u.isBlank());
  }

  /**
   * Settings from the process environment: {@code ANTHROPIC_API_KEY}, {@code ANTHROPIC_BASE_URL},
   * the default model ({@value ModelAliases#DEFAULT_ALIAS}), a 120 s timeout, 4 retries from 0.5 s
   * to 8 s, 4096 max tokens.
   */
  public static AnthropicSettings fromEnv() {
    return fromEnv(System.getenv());
  }

  /** Like {@link #fromEnv()} but reading the given variables. */
  public static AnthropicSettings fromEnv(Map<String, String> env) {
    return new AnthropicSettings(
        ModelAliases.resolve(ModelAliases.DEFAULT_ALIAS),
        Optional.ofNullable(env.get(BASE_URL_ENV)),
        Optional.ofNullable(env.get(API_KEY_ENV)),
        Duration.ofSeconds(120),
        4,
        Duration.ofMillis(500),
        Duration.ofSeconds(8),
        4096);
  }

  /** A copy with another model; aliases are resolved. */
  public AnthropicSettings withModel(String nameOrId) {
    return new AnthropicSettings(
        ModelAliases.resolve(nameOrId), baseUrl, apiKey, timeout, maxRetries, retryBaseDelay, retryMaxDelay, maxTokens);
  }

  /** A copy with another base URL (null for the SDK default). */
  public AnthropicSettings withBaseUrl(String url) {
    return new AnthropicSettings(
        model, Optional.ofNullable(url), apiKey, timeout, maxRetries, retryBaseDelay, retryMaxDelay, maxTokens);
  }

  /** A copy with another API key (null for none). */
  public AnthropicSettings withApiKey(String key) {
    return new AnthropicSettings(
        model, baseUrl, Optional.ofNullable(key), timeout, maxRetries, retryBaseDelay, retryMaxDelay, maxTokens);
  }

  /** A copy with another per-call timeout. */
  public AnthropicSettings withTimeout(Duration newTimeout) {
    return new AnthropicSettings(
        model, baseUrl, apiKey, newTimeout, maxRetries, retryBaseDelay, retryMaxDelay, maxTokens);
  }

  /** A copy with another retry policy. */
  public AnthropicSettings withRetries(int retries, Duration baseDelay, Duration maxDelay) {
    return new AnthropicSettings(model, baseUrl, apiKey, timeout, retries, baseDelay, maxDelay, maxTokens);
  }

  /** A copy with another {@code max_tokens}. */
  public AnthropicSettings withMaxTokens(int tokens) {
    return new AnthropicSettings(
        model, baseUrl, apiKey, timeout, maxRetries, retryBaseDelay, retryMaxDelay, tokens);
  }

  @Override
  public String toString() {
    return "AnthropicSettings[model="
        + model
        + ", baseUrl="
        + baseUrl.orElse("(default)")
        + ", apiKey="
        + (apiKey.isPresent() ? "(set)" : "(none)")
        + ", timeout="
        + timeout
        + ", maxRetries="
        + maxRetries
        + ", maxTokens="
        + maxTokens
        + "]";
  }
}
