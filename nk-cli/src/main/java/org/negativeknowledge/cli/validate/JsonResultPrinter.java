package org.negativeknowledge.cli.validate;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import org.negativeknowledge.record.NkJson;
import org.negativeknowledge.validation.ValidationIssue;
import org.negativeknowledge.validation.stream.RecordResult;
import org.negativeknowledge.validation.stream.SourceSummary;

/**
 * One JSON object per record and line: {@code {"source", "shape", "depth", "valid", "issues":
 * [{"path", "code", "message"}]}}. Nothing else goes to standard output.
 */
final class JsonResultPrinter implements ResultPrinter {
  private final Writer out;
  private final JsonGenerator json;

  JsonResultPrinter(Writer bufferedOut) throws IOException {
    this.out = bufferedOut;
    this.json = NkJson.mapper().getFactory().createGenerator(bufferedOut);
    // the generator only fills our buffer; the writer decides when to reach the terminal
    json.disable(JsonGenerator.Feature.FLUSH_PASSED_TO_STREAM);
    json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    json.setRootValueSeparator(null); // we end each line ourselves
  }

  @Override
  public void print(RecordResult r) throws IOException {
    json.writeStartObject();
    json.writeStringField("source", r.source());
    json.writeStringField("shape", r.shape().wireName());
    json.writeNumberField("depth", r.depth());
    json.writeBooleanField("valid", r.valid());
    json.writeArrayFieldStart("issues");
    for (ValidationIssue i : r.report().issues()) {
      json.writeStartObject();
      json.writeStringField("path", i.path());
      json.writeStringField("code", i.code());
      json.writeStringField("message", i.message());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.flush();
    out.write('\n');
  }

  @Override
  public void finish(SourceSummary summary) throws IOException {
    json.flush();
    out.flush();
  }
}
