package org.negativeknowledge.server;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.negativeknowledge.validation.ValidationIssue;

/**
 * A record given to {@code nk_add} (or {@code POST /api/entries}) that fails validation; the
 * details list every issue as {@code {path, code, message}} (HTTP 400).
 */
public final class RecordRejectedException extends ServerException {
  private static final long serialVersionUID = 1L;

  public RecordRejectedException(String message, List<ValidationIssue> issues) {
    super(400, message, details(issues));
  }

  private static ObjectNode details(List<ValidationIssue> issues) {
    ObjectNode d = JsonNodeFactory.instance.objectNode();
    var arr = d.putArray("issues");
    for (ValidationIssue i : issues) {
      arr.addObject().put("path", i.path()).put("code", i.code()).put("message", i.message());
    }
    return d;
  }
}
