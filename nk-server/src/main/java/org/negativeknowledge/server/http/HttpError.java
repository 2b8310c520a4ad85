package org.negativeknowledge.server.http;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.negativeknowledge.app.error.Failure;
import org.negativeknowledge.server.HttpStatuses;
import org.negativeknowledge.server.ServerException;

/**
 * An error answer of the HTTP server: its status and its JSON body, {@code {"error": {"status": N,
 * "kind": ..., "message": ..., ...details}}}. A failure of an operation gets its status from {@link
 * HttpStatuses}; a failure of the transport itself ({@link ServerException}: no route, a body too
 * large, a bad header) carries its own.
 *
 * @param status the HTTP status
 * @param body the JSON body
 */
public record HttpError(int status, ObjectNode body) {

  /** The error answer for {@code t}. */
  public static HttpError of(Throwable t) {
    if (t instanceof ServerException se) {
      ObjectNode o = plain(se.status(), se.getMessage());
      if (se.details() != null && se.details().isObject()) {
        ObjectNode e = (ObjectNode) o.get("error");
        se.details().properties().forEach(f -> e.set(f.getKey(), f.getValue()));
      }
      return new HttpError(se.status(), o);
    }
    Failure f = Failure.of(t);
    int status = HttpStatuses.of(f);
    return new HttpError(status, f.toJson(status));
  }

  /** An error answer with a status and a message only. */
  public static HttpError of(int status, String message) {
    return new HttpError(status, plain(status, message));
  }

  private static ObjectNode plain(int status, String message) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.putObject("error").put("status", status).put("message", message);
    return o;
  }
}
