package org.negativeknowledge.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.negativeknowledge.record.NkJson;

/** Small JSON-over-HTTP helpers for the tests. */
public final class HttpClientSupport {
  private static final HttpClient CLIENT = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  private HttpClientSupport() {}

  /** A status and the JSON object body. */
  public record Answer(int status, ObjectNode json, HttpResponse<String> raw) {}

  public static Answer get(String url, String token) {
    return send(HttpRequest.newBuilder(URI.create(url)).GET(), token);
  }

  public static Answer post(String url, String body, String token) {
    return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)), token);
  }

  public static Answer send(HttpRequest.Builder b, String token) {
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    try {
      HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
      ObjectNode json = r.body().isBlank() || !r.body().strip().startsWith("{") ? null : NkJson.parseObject(r.body());
      return new Answer(r.statusCode(), json, r);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
