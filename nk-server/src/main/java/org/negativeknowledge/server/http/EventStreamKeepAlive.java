package org.negativeknowledge.server.http;

import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Keeps the open MCP event streams ({@code GET /mcp}) alive by writing an SSE comment to each one
 * every {@link #interval()}. The server sends nothing else on an idle stream, and clients built on
 * Node's {@code fetch} (the TypeScript SDK, MCP Inspector, Claude Code) drop a response that stays
 * silent for 300 s, report "SSE stream disconnected: TypeError: terminated" and reopen it.
 * Comments are ignored by every SSE parser, unlike the SDK's own keep-alive, which sends
 * JSON-RPC pings the client must answer.
 */
final class EventStreamKeepAlive implements AutoCloseable {
  /** How often an open stream gets a comment by default: 15 s, well under proxies' idle limits too. */
  static final Duration DEFAULT_INTERVAL = Duration.ofSeconds(15);

  private final Duration interval;
  private final Set<SseEventIdFilter> streams = ConcurrentHashMap.newKeySet();
  private final ScheduledExecutorService timer;

  /** Starts the timer; streams are added with {@link #keep}. */
  EventStreamKeepAlive(Duration interval) {
    if (interval.toMillis() < 1) {
      throw new IllegalArgumentException("the keep-alive interval must be at least 1 ms, got " + interval);
    }
    this.interval = interval;
    this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "nk-mcp-keepalive");
      t.setDaemon(true);
      return t;
    });
    timer.scheduleAtFixedRate(this::beat, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
  }

  /** The time between two comments on an open stream. */
  Duration interval() {
    return interval;
  }

  /** Keeps {@code stream} alive until it ends ({@link #release}) or its client goes away. */
  void keep(SseEventIdFilter stream) {
    streams.add(stream);
  }

  /** Stops writing to {@code stream} and ends it (called when its response completes). */
  void release(SseEventIdFilter stream) {
    stream.end();
    streams.remove(stream);
  }

  /** How many streams are kept alive now. */
  int size() {
    return streams.size();
  }

  private void beat() {
    streams.removeIf(s -> {
      try {
        return !s.comment("keep-alive");
      } catch (RuntimeException e) {
        return true;
      }
    });
  }

  @Override
  public void close() {
    timer.shutdownNow();
    streams.forEach(SseEventIdFilter::end);
    streams.clear();
  }
}
