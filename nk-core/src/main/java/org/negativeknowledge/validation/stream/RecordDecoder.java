package org.negativeknowledge.validation.stream;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.negativeknowledge.json.JsonDefect;
import org.negativeknowledge.json.CheckedJsonParser;
import org.negativeknowledge.json.JsonContentException;
import org.negativeknowledge.validation.IssueCodes;
import org.negativeknowledge.validation.ValidationIssue;

/**
 * Turns the bytes of one record into a JSON tree, or into the one issue that says why it cannot:
 * strict UTF-8 decoding (invalid bytes are reported with their offset, never replaced), then a
 * Jackson parse under explicit {@link StreamReadConstraints} through a {@link CheckedJsonParser}
 * (a key twice in one object and a lone surrogate are issues, with their path). Buffers are reused from record to
 * record, so one decoder serves one source at a time: not thread-safe.
 */
final class RecordDecoder {
  private static final int SHRINK_ABOVE = 1 << 20;
  private static final String REDACTED_SOURCE =
      "[Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); ";

  private final ObjectMapper mapper;
  private final SourceLimits limits;
  private final CharsetDecoder utf8 =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private char[] chars = new char[1 << 13];
  private ValidationIssue issue;

  private RecordDecoder(ObjectMapper mapper, SourceLimits limits) {
    this.mapper = mapper;
    this.limits = limits;
  }

  /**
   * A copy of {@code base} (its features and node factory are kept) whose parser enforces the
   * limits and keeps input text out of error messages. Build it once and share it: it is
   * thread-safe.
   */
  public static ObjectMapper constrainedCopy(ObjectMapper base, SourceLimits limits) {
    ObjectMapper copy = base.copy();
    copy.getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder()
                .maxStringLength(limits.maxStringLength())
                .maxNameLength(limits.maxStringLength())
                .maxNestingDepth(limits.maxNestingDepth())
                .maxDocumentLength(limits.maxRecordBytes())
                .build());
    copy.getFactory().disable(JsonParser.Feature.INCLUDE_SOURCE_IN_LOCATION);
    return copy;
  }

  /** A decoder parsing with {@code constrainedMapper} (from {@link #constrainedCopy}). */
  public static RecordDecoder of(ObjectMapper constrainedMapper, SourceLimits limits) {
    return new RecordDecoder(constrainedMapper, limits);
  }

  /**
   * Decodes one record.
   *
   * @param bytes the record's bytes, from 0 to {@code length}
   * @param jsonl true when the record is line {@code line} of a JSONL source (messages then give
   *     that line), false when it is a whole file (messages give the line within the file)
   * @return the tree, or null when the record cannot be parsed; {@link #issue()} then says why
   */
  public JsonNode decode(byte[] bytes, int length, boolean jsonl, long line) {
    issue = null;
    int start = (line == 1 && hasBom(bytes, length)) ? 3 : 0;
    int n = decodeUtf8(bytes, start, length, jsonl, line);
    if (n < 0) {
      return null;
    }
    JsonParser parser = null;
    try {
      parser = new CheckedJsonParser(mapper.getFactory().createParser(chars, 0, n));
      JsonNode node = mapper.readTree(parser);
      if (node == null || node.isMissingNode()) {
        issue = new ValidationIssue("", IssueCodes.MALFORMED_JSON,
            where(jsonl, line, 1, 1) + "no JSON value: write one JSON object");
        return null;
      }
      if (parser.nextToken() != null) {
        JsonLocation loc = parser.currentTokenLocation();
        issue = new ValidationIssue("", IssueCodes.MALFORMED_JSON,
            where(jsonl, line, loc.getLineNr(), loc.getColumnNr())
                + "content after the end of the record: "
                + (jsonl ? "put one record per line" : "a .json file holds one object; use .jsonl for several")
                + crHint(bytes, start, length));
        return null;
      }
      return node;
    } catch (JsonContentException e) {
      JsonLocation loc = e.getLocation();
      issue = new ValidationIssue(e.path(), codeOf(e.defect()),
          where(jsonl, line, loc == null ? 1 : loc.getLineNr(), loc == null ? 1 : loc.getColumnNr())
              + e.getOriginalMessage());
      return null;
    } catch (StreamConstraintsException e) {
      issue = constraintIssue(e, parser, jsonl, line);
      return null;
    } catch (JsonProcessingException e) {
      JsonLocation loc = e.getLocation();
      issue = new ValidationIssue("", IssueCodes.MALFORMED_JSON,
          where(jsonl, line, loc == null ? 1 : loc.getLineNr(), loc == null ? 1 : loc.getColumnNr())
              + clean(e.getOriginalMessage()) + ": fix the JSON syntax");
      return null;
    } catch (IOException e) {
      throw new IllegalStateException("reading from a char array cannot fail", e);
    } finally {
      closeQuietly(parser);
      if (chars.length > SHRINK_ABOVE) {
        chars = new char[1 << 13];
      }
    }
  }

  private static String codeOf(JsonDefect defect) {
    return switch (defect) {
      case DUPLICATE_KEY -> IssueCodes.DUPLICATE_KEY;
      case INVALID_UNICODE -> IssueCodes.INVALID_UNICODE;
      case SYNTAX -> IssueCodes.MALFORMED_JSON;
    };
  }

  /**
   * A hint for records separated by carriage returns alone (old Mac line endings): JSONL lines end
   * with a line feed, so such a file reads as one line holding many records.
   */
  private static String crHint(byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      if (bytes[i] == '\r' && (i + 1 == to || bytes[i + 1] != '\n')) {
        return " (records here are separated by carriage returns alone: end each line with \\n,"
            + " e.g. tr '\\r' '\\n' < IN > OUT)";
      }
    }
    return "";
  }

  /** Why the last {@link #decode} returned null. */
  public ValidationIssue issue() {
    return issue;
  }

  /** The issue of a record longer than the limit (it was skipped unread). */
  public ValidationIssue tooLongRecord(boolean jsonl, long line, long totalLength) {
    return new ValidationIssue("", IssueCodes.TOO_LONG,
        (jsonl ? "line " + line + " is " : "the file is ") + totalLength + " bytes long, at most "
            + limits.maxRecordBytes() + " allowed: split the record or shorten its texts");
  }

  private static boolean hasBom(byte[] b, int length) {
    return length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF;
  }

  /** Decodes into {@link #chars}; returns the char count, or -1 after setting the issue. */
  private int decodeUtf8(byte[] bytes, int start, int length, boolean jsonl, long line) {
    int n = length - start;
    if (chars.length < n) {
      chars = new char[Math.max(n, Math.min(2 * chars.length, limits.maxRecordBytes()))];
    }
    ByteBuffer in = ByteBuffer.wrap(bytes, start, n);
    CharBuffer out = CharBuffer.wrap(chars);
    utf8.reset();
    CoderResult r = utf8.decode(in, out, true);
    if (!r.isError()) {
      r = utf8.flush(out);
    }
    if (r.isError()) {
      int offset = in.position();
      String at;
      if (jsonl) {
        at = "line " + line + ", byte offset " + offset;
      } else {
        at = "byte offset " + offset + " (line " + (1 + countNewlines(bytes, offset)) + ")";
      }
      issue = new ValidationIssue("", IssueCodes.INVALID_UTF8,
          at + ": byte 0x" + String.format(Locale.ROOT, "%02x", bytes[offset] & 0xff)
              + " is not valid UTF-8: re-encode the input as UTF-8");
      return -1;
    }
    return out.position();
  }

  private static int countNewlines(byte[] bytes, int end) {
    int c = 0;
    for (int i = 0; i < end; i++) {
      if (bytes[i] == '\n') {
        c++;
      }
    }
    return c;
  }

  private static void closeQuietly(JsonParser parser) {
    if (parser != null) {
      try {
        parser.close();
      } catch (IOException ignored) {
        // a parser over a char array holds nothing to release
      }
    }
  }

  private ValidationIssue constraintIssue(
      StreamConstraintsException e, JsonParser parser, boolean jsonl, long line) {
    JsonLocation loc = e.getLocation();
    String where = where(jsonl, line, loc == null ? 1 : loc.getLineNr(), loc == null ? 1 : loc.getColumnNr());
    String m = String.valueOf(e.getOriginalMessage());
    if (m.contains("nesting depth")) {
      // no path: at this depth it would be hundreds of brackets long
      return new ValidationIssue("", IssueCodes.TOO_DEEP,
          where + "arrays and objects nested deeper than " + limits.maxNestingDepth()
              + " levels: flatten the record");
    }
    String path = parser == null ? "" : CheckedJsonParser.pathOf(parser.getParsingContext());
    if (m.startsWith("String value length") || m.startsWith("Name length")) {
      return new ValidationIssue(path, IssueCodes.TOO_LONG,
          where + "a string longer than " + limits.maxStringLength()
              + " characters: shorten it or keep the text outside the record");
    }
    return new ValidationIssue(path, IssueCodes.TOO_LONG, where + clean(m) + ": shorten the record");
  }

  private static String where(boolean jsonl, long line, int innerLine, int column) {
    long l = jsonl ? line : Math.max(1, innerLine);
    return "line " + l + ", column " + Math.max(1, column) + ": ";
  }

  private static String clean(String message) {
    if (message == null) {
      return "not valid JSON";
    }
    return message.replace(REDACTED_SOURCE, "[").replace('\n', ' ').replace('\r', ' ');
  }
}
