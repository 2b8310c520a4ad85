package org.negativeknowledge.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The event-stream writer of {@code /mcp}: no event ids, keep-alive comments only between lines. */
class EventStreamKeepAliveTest {

  @Test
  void eventIdsAreDroppedAndEverythingElsePasses() {
    StringWriter target = new StringWriter();
    PrintWriter w = new PrintWriter(new SseEventIdFilter(new PrintWriter(target)));
    w.write("id: 5f1e-session\n");
    w.write("event: message\n");
    w.write("data: {\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{}}\n\n");
    w.flush();
    assertThat(w.checkError()).isFalse();
    assertThat(target.toString()).isEqualTo("event: message\ndata: {\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{}}\n\n");
  }

  @Test
  void aCommentGoesBetweenLinesNeverInsideOneAndNotAfterTheEnd() {
    StringWriter target = new StringWriter();
    SseEventIdFilter stream = new SseEventIdFilter(new PrintWriter(target));
    stream.write("event: mess".toCharArray(), 0, 11);
    assertThat(stream.comment("keep-alive")).isTrue();
    assertThat(target.toString()).as("nothing inside a half-written line").isEmpty();
    stream.write("age\n".toCharArray(), 0, 4);
    assertThat(stream.comment("keep-alive")).isTrue();
    assertThat(target.toString()).isEqualTo("event: message\n: keep-alive\n");
    stream.end();
    assertThat(stream.comment("keep-alive")).isFalse();
    assertThat(target.toString()).isEqualTo("event: message\n: keep-alive\n");
  }

  @Test
  void keptStreamsGetCommentsUntilReleased() throws InterruptedException {
    StringWriter target = new StringWriter();
    SseEventIdFilter stream = new SseEventIdFilter(new PrintWriter(target));
    try (EventStreamKeepAlive keepAlive = new EventStreamKeepAlive(Duration.ofMillis(20))) {
      keepAlive.keep(stream);
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (target.toString().split(": keep-alive\n", -1).length < 3 && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertThat(target.toString()).startsWith(": keep-alive\n: keep-alive\n");
      keepAlive.release(stream);
      assertThat(keepAlive.size()).isZero();
      String atRelease = target.toString();
      Thread.sleep(100);
      assertThat(target.toString()).as("nothing after the stream ended").isEqualTo(atRelease);
    }
  }

  @Test
  void aStreamWhoseClientWentAwayIsDropped() throws InterruptedException {
    PrintWriter broken = new PrintWriter(new StringWriter()) {
      @Override
      public boolean checkError() {
        return true;
      }
    };
    try (EventStreamKeepAlive keepAlive = new EventStreamKeepAlive(Duration.ofMillis(20))) {
      keepAlive.keep(new SseEventIdFilter(broken));
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (keepAlive.size() > 0 && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      assertThat(keepAlive.size()).isZero();
    }
  }
}
