package org.negativeknowledge.server.mcp.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.negativeknowledge.server.mcp.NkMcpServer;

/** What the intake refuses before the MCP session sees a message, and what it lets through. */
class JsonRpcIntakeTest {

  private static JsonRpcIntake read(String json) {
    return JsonRpcIntake.read(NkMcpServer.jsonMapper(), json);
  }

  /**
   * A request without a parameter its method requires is invalid params ({@code -32602}) naming the
   * parameter; the SDK took a missing {@code uri} for the empty URI (-32002, "Resource not found")
   * and a missing tool {@code name} for the empty name ("Unknown tool: invalid_tool_name").
   */
  @Test
  void aMissingRequiredParameterIsInvalidParamsNamingIt() {
    JsonRpcIntake read = read("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"resources/read\",\"params\":{}}");
    assertThat(read.ok()).isFalse();
    assertThat(read.failure().code()).isEqualTo(-32602);
    assertThat(read.failure().message()).contains("params.uri");
    JsonRpcIntake call = read("{\"jsonrpc\":\"2.0\",\"id\":\"c\",\"method\":\"tools/call\",\"params\":{\"arguments\":{}}}");
    assertThat(call.ok()).isFalse();
    assertThat(call.failure().code()).isEqualTo(-32602);
    assertThat(call.failure().message()).contains("params.name");
    JsonRpcIntake noParams = read("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\"}");
    assertThat(noParams.ok()).isFalse();
    assertThat(noParams.failure().code()).isEqualTo(-32602);
    JsonRpcIntake blankName = read("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":{\"name\":\"\"}}");
    assertThat(blankName.ok()).isFalse();
    assertThat(blankName.failure().code()).isEqualTo(-32602);
  }

  /** A call of a tool the server does not have names it and the tools there are. */
  @Test
  void aCallOfAnUnknownToolIsInvalidParamsNamingItAndTheTools() {
    String call = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"nk_serch\"}}";
    JsonRpcIntake read = JsonRpcIntake.read(NkMcpServer.jsonMapper(), call, List.of("nk_search", "nk_get"));
    assertThat(read.ok()).isFalse();
    assertThat(read.failure().code()).isEqualTo(-32602);
    assertThat(read.failure().message()).contains("'nk_serch'").contains("nk_search, nk_get");
    assertThat(read.failure().id().asInt()).isEqualTo(1);
    String known = "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":\"nk_get\"}}";
    assertThat(JsonRpcIntake.read(NkMcpServer.jsonMapper(), known, List.of("nk_search", "nk_get")).ok()).isTrue();
  }

  @Test
  void requestsWithTheirRequiredParametersPass() {
    assertThat(read("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"resources/read\",\"params\":{\"uri\":\"nk://bank/stats\"}}").ok())
        .isTrue();
    assertThat(read("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/call\",\"params\":{\"name\":\"nk_get\"}}").ok()).isTrue();
    assertThat(read("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/list\"}").ok()).isTrue();
    assertThat(read("{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"ping\"}").ok()).isTrue();
    assertThat(read("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}").ok()).isTrue();
  }
}
