package org.negativeknowledge.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.negativeknowledge.server.HttpClientSupport.get;
import static org.negativeknowledge.server.HttpClientSupport.post;
import static org.negativeknowledge.server.HttpClientSupport.send;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.negativeknowledge.bank.Bank;
import org.negativeknowledge.record.NkJson;
import org.negativeknowledge.server.HttpClientSupport.Answer;

/** The JSON API on loopback without a token: entries, errors and their status codes, body limit. */
class HttpApiTest {
  @TempDir Path dir;
  ServerFixture fx;

  @BeforeEach
  void start() {
    fx = ServerFixture.sqlite(dir, ServerSettings.loopback(0).withMaxBodyBytes(4096));
  }

  @AfterEach
  void stop() {
    fx.close();
  }

  @Test
  void searchesWithFiltersAndGetsAnEntryWithItsMetadata() {
    Answer all = get(fx.url("/api/entries?limit=50"), null);
    assertThat(all.status()).isEqualTo(200);
    assertThat(all.json().path("total").asInt()).isEqualTo(3);

    Answer s = get(fx.url("/api/entries?query=train_test_split&polarity=negative"), null);
    assertThat(s.json().path("hits").get(0).path("id").asText()).isEqualTo("sab-001");
    assertThat(s.json().path("hits").get(0).path("snippet").asText()).contains("**");

    Answer layer = get(fx.url("/api/entries?layer=communication_failure"), null);
    assertThat(layer.json().path("hits")).hasSize(1);
    assertThat(layer.json().path("hits").get(0).path("id").asText()).isEqualTo("sab-002");

    Answer e = get(fx.url("/api/entries/sab-001"), null);
    assertThat(e.status()).isEqualTo(200);
    assertThat(e.json().path("record")).isEqualTo(SampleRecords.sklearnImport());
    assertThat(e.json().path("facets").path("layer").asText()).isEqualTo("implementation_failure");
    assertThat(e.json().path("usefulness").path("surfaced").asInt()).isZero();

    Answer stats = get(fx.url("/api/stats"), null);
    assertThat(stats.json().path("active_entries").asInt()).isEqualTo(3);
    assertThat(stats.json().path("by_polarity").path("negative").asInt()).isEqualTo(2);
    assertThat(stats.json().path("by_facet").path("layer").path("communication_failure").asInt()).isEqualTo(1);
  }

  @Test
  void addsAValidRecordAndRefusesAnInvalidOneWithItsIssues() {
    var rec = SampleRecords.sklearnImport();
    rec.put("id", "sab-003");
    rec.put("task_id", "task_003");
    Answer ok = post(fx.url("/api/entries"), NkJson.compact(NkJson.mapper().createObjectNode().set("record", rec)), null);
    assertThat(ok.status()).isEqualTo(201);
    assertThat(ok.json().path("id").asText()).isEqualTo("sab-003");
    assertThat(ok.json().path("status").asText()).isEqualTo("imported");

    var bad = SampleRecords.sklearnImport();
    bad.remove("observation");
    ((com.fasterxml.jackson.databind.node.ObjectNode) bad.path("failure")).put("layer", "bogus_failure");
    Answer refused = post(fx.url("/api/entries"), NkJson.compact(NkJson.mapper().createObjectNode().set("record", bad)), null);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().path("error").path("status").asInt()).isEqualTo(400);
    assertThat(refused.json().path("error").path("issues").toString()).contains("observation").contains("failure.layer");
  }

  @Test
  void aRecordWithAKeyValueOverTheBoundIsRefusedAndNotStored() {
    var rec = SampleRecords.sklearnImport();
    rec.put("id", "sab-long");
    rec.put("task_id", "t".repeat(org.negativeknowledge.validation.FieldLimits.MAX_KEY_CHARS + 44));
    var body = NkJson.mapper().createObjectNode().put("level", "reference");
    body.set("record", rec);
    Answer refused = post(fx.url("/api/entries"), NkJson.compact(body), null);
    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().path("error").toString()).contains("task_id");
    assertThat(get(fx.url("/api/entries/sab-long"), null).status()).isEqualTo(404);
    assertThat(get(fx.url("/api/entries?limit=50"), null).json().path("total").asInt()).isEqualTo(3);
  }

  @Test
  void revisesRetractsAndReportsConflictsAndUnknownIds() {
    var corrected = SampleRecords.csvColumns();
    corrected.put("rationale", "The evaluator expects a column named label and no index column.");
    Answer rev = post(fx.url("/api/entries/sab-002/revise"),
        "{\"record\":" + NkJson.compact(corrected) + ",\"reason\":\"sharper rationale\"}", null);
    assertThat(rev.status()).isEqualTo(200);
    assertThat(rev.json().path("revision").asInt()).isEqualTo(2);
    assertThat(get(fx.url("/api/entries/sab-002/history"), null).json().path("revisions")).hasSize(2);

    assertThat(post(fx.url("/api/entries/sab-002/retract"), "{\"reason\":\"obsolete\"}", null).status()).isEqualTo(200);
    Answer again = post(fx.url("/api/entries/sab-002/retract"), "{\"reason\":\"obsolete\"}", null);
    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().path("error").path("message").asText()).contains("retracted");

    Answer missing = get(fx.url("/api/entries/no-such-entry"), null);
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.json().path("error").path("message").asText()).contains("no-such-entry");
  }

  @Test
  void aReviseWithAStaleIfMatchIsRefusedWithBothRevisions() {
    var first = SampleRecords.csvColumns();
    first.put("rationale", "first corrector");
    var second = SampleRecords.csvColumns();
    second.put("rationale", "second corrector, who read revision 1 too");
    String url = fx.url("/api/entries/sab-002/revise");
    Answer ok = send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
        .header("If-Match", "\"1\"")
        .POST(HttpRequest.BodyPublishers.ofString("{\"record\":" + NkJson.compact(first) + ",\"reason\":\"one\"}")), null);
    assertThat(ok.status()).isEqualTo(200);
    assertThat(ok.json().path("revision").asInt()).isEqualTo(2);

    Answer stale = send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
        .header("If-Match", "W/\"1\"")
        .POST(HttpRequest.BodyPublishers.ofString("{\"record\":" + NkJson.compact(second) + ",\"reason\":\"two\"}")), null);
    assertThat(stale.status()).isEqualTo(412);
    assertThat(stale.json().path("error").path("expected_revision").asInt()).isEqualTo(1);
    assertThat(stale.json().path("error").path("actual_revision").asInt()).isEqualTo(2);
    assertThat(stale.json().path("error").path("message").asText()).contains("based on revision 1");
    assertThat(get(fx.url("/api/entries/sab-002"), null).json().toString()).contains("first corrector");

    Answer inBody = post(url, "{\"record\":" + NkJson.compact(second) + ",\"reason\":\"two\",\"expected_revision\":1}", null);
    assertThat(inBody.status()).isEqualTo(412);
    Answer garbage = send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
        .header("If-Match", "\"abc\"")
        .POST(HttpRequest.BodyPublishers.ofString("{\"record\":" + NkJson.compact(second) + ",\"reason\":\"two\"}")), null);
    assertThat(garbage.status()).isEqualTo(400);
    Answer current = send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
        .header("If-Match", "\"2\"")
        .POST(HttpRequest.BodyPublishers.ofString("{\"record\":" + NkJson.compact(second) + ",\"reason\":\"merged\"}")), null);
    assertThat(current.status()).isEqualTo(200);
    assertThat(current.json().path("revision").asInt()).isEqualTo(3);
  }

  @Test
  void badJsonWrongMethodAndUnknownRouteGetJsonErrors() {
    Answer badJson = post(fx.url("/api/entries"), "{not json", null);
    assertThat(badJson.status()).isEqualTo(400);
    assertThat(badJson.json().path("error").path("message").asText()).contains("not a JSON object");

    Answer missingArg = post(fx.url("/api/entries"), "{}", null);
    assertThat(missingArg.status()).isEqualTo(400);
    assertThat(missingArg.json().path("error").path("message").asText()).contains("'record'");

    Answer wrongMethod = post(fx.url("/api/stats"), "{}", null);
    assertThat(wrongMethod.status()).isEqualTo(405);
    assertThat(wrongMethod.json().path("error").path("message").asText()).contains("use GET");

    Answer unknown = get(fx.url("/api/nothing-here"), null);
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.json().path("error").path("status").asInt()).isEqualTo(404);
  }

  @Test
  void refusesBodiesOverTheLimitWith413() {
    String big = "{\"record\":{\"claim\":\"" + "x".repeat(5000) + "\"}}";
    Answer a = post(fx.url("/api/entries"), big, null);
    assertThat(a.status()).isEqualTo(413);
    assertThat(a.json().path("error").path("message").asText()).contains("4096");

    // chunked (no Content-Length): the limit is enforced while reading
    HttpRequest.Builder chunked = HttpRequest.newBuilder(URI.create(fx.url("/api/entries")))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(big.getBytes())));
    Answer c = HttpClientSupport.send(chunked, null);
    assertThat(c.status()).isEqualTo(413);
  }

  @Test
  void refusesForeignHostHeadersOnLoopback() throws Exception {
    // a DNS-rebinding page would arrive with its own host name in Host / Origin
    Answer a = HttpClientSupport.send(HttpRequest.newBuilder(URI.create(fx.url("/api/stats")))
        .header("Origin", "http://evil.example").GET(), null);
    assertThat(a.status()).isEqualTo(403);
  }

  @Test
  void servesTheWebPage() {
    Answer page = get(fx.url("/"), null);
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.raw().body()).contains("<title>nk bank browser</title>");
    assertThat(page.raw().headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
    assertThat(get(fx.url("/app.js"), null).raw().body()).contains("/api");
    assertThat(get(fx.url("/etc/passwd"), null).status()).isEqualTo(404);
  }

  @Test
  void refusesToBindBeyondLoopbackWithoutAToken() {
    try (Bank bank = Bank.open(dir.resolve("other.db").toString())) {
      assertThatThrownBy(() -> ServerFixture.start(bank, ServerSettings.loopback(0).withHost("0.0.0.0")))
          .isInstanceOf(InsecureBindException.class)
          .hasMessageContaining("--token");
    }
  }
}
