// Drives an nk MCP server with the TypeScript MCP SDK client and prints what happened as one JSON
// object on stdout; McpTypeScriptClientTest (nk-server) runs it and asserts on that object.
//
//   node check.mjs stdio COMMAND [ARG...]     the server is a child process speaking on stdio
//   node check.mjs http URL [TOKEN]           the server's Streamable HTTP endpoint (.../mcp)
//
// Exit code 0 when the session ran to its end (whatever the server answered), 2 on a usage error
// or when the session broke (the JSON then has "fatal").
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";

const CONCURRENT_CALLS = 50;
const [mode, ...rest] = process.argv.slice(2);
const report = { mode, clientErrors: [] };

function transportFor() {
  if (mode === "stdio" && rest.length > 0) {
    const t = new StdioClientTransport({ command: rest[0], args: rest.slice(1), stderr: "pipe" });
    report.serverStderrBytes = 0;
    t.stderr?.on("data", (d) => { report.serverStderrBytes += d.length; });
    return t;
  }
  if (mode === "http" && rest.length > 0) {
    // Counts the GET requests (the server-to-client event stream) to see that the client does not
    // keep reopening it.
    report.httpGets = 0;
    const countingFetch = (url, init) => {
      if ((init?.method ?? "GET") === "GET") report.httpGets++;
      return fetch(url, init);
    };
    const headers = rest[1] ? { Authorization: `Bearer ${rest[1]}` } : {};
    return new StreamableHTTPClientTransport(new URL(rest[0]), { requestInit: { headers }, fetch: countingFetch });
  }
  console.error("usage: node check.mjs stdio COMMAND [ARG...] | http URL [TOKEN]");
  process.exit(2);
}

/** The JSON-RPC error code of a failed promise, or "ok" when it succeeded. */
async function codeOf(promise) {
  try {
    await promise;
    return "ok";
  } catch (e) {
    return e?.code ?? String(e?.message ?? e);
  }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function run(client, transport) {
  await client.connect(transport);
  report.server = client.getServerVersion();
  report.capabilities = client.getServerCapabilities();
  report.protocolVersion = transport.protocolVersion ?? null;

  report.tools = (await client.listTools()).tools.map((t) => t.name).sort();
  report.resources = (await client.listResources()).resources.map((r) => r.uri);
  report.resourceTemplates = (await client.listResourceTemplates()).resourceTemplates.map((t) => t.uriTemplate);
  const stats = await client.readResource({ uri: "nk://bank/stats" });
  report.activeEntries = JSON.parse(stats.contents[0].text).active_entries;
  report.ping = await codeOf(client.ping());

  // Errors as the client sees them.
  report.unknownResourceCode = await codeOf(client.readResource({ uri: "nk://entry/no-such-entry" }));
  report.unknownToolCode = await codeOf(client.callTool({ name: "nk_no_such_tool", arguments: {} }));
  report.unknownToolMessage = await client.callTool({ name: "nk_no_such_tool", arguments: {} })
    .then(() => null, (e) => String(e?.message ?? e));
  const badEnum = await client.callTool({ name: "nk_search", arguments: { query: "x", polarity: "sideways" } });
  report.invalidArgument = {
    isError: badEnum.isError === true,
    argument: badEnum.structuredContent?.error?.argument ?? null,
  };

  // The consultation cycle: consult, decide on every shown entry, propose, report the finding.
  const consult = await client.callTool({ name: "nk_consult", arguments: {
    task: "task_001", context: "split the data with sklearn cross_validation train_test_split" } });
  const c = consult.structuredContent;
  const early = await client.callTool({ name: "nk_propose", arguments: { consultation_id: c.consultation_id, method: "x" } });
  const decisions = c.surfaced.map((s, i) => ({
    entry_id: s.entry_id, decision: i % 2 === 0 ? "adopt" : "reject", reason: `check ${i}` }));
  const decided = await client.callTool({ name: "nk_decide", arguments: { consultation_id: c.consultation_id, decisions } });
  const proposal = await client.callTool({ name: "nk_propose", arguments: {
    consultation_id: c.consultation_id, method: "sklearn.model_selection.train_test_split with a fixed seed" } });
  const experimentId = proposal.structuredContent?.experiment_id;
  const finding = await client.callTool({ name: "nk_finding", arguments: { experiment_id: experimentId, outcome: "success" } });
  const again = await client.callTool({ name: "nk_finding", arguments: { experiment_id: experimentId, outcome: "failure" } });
  report.cycle = {
    surfaced: c.surfaced.length,
    proposeBeforeDecidingRefused: early.isError === true,
    decisions: decided.isError ? -1 : decided.structuredContent.decisions.length,
    experimentId: experimentId ?? null,
    findingId: finding.structuredContent?.finding_id ?? null,
    secondFindingStatus: again.isError ? again.structuredContent?.error?.status ?? null : null,
  };

  // Many calls at once in one session: every one must be answered, each with its own result.
  const calls = Array.from({ length: CONCURRENT_CALLS }, (_, i) => i % 5 === 4
    ? client.callTool({ name: "nk_get", arguments: { id: `missing-${i}` } })
    : client.callTool({ name: "nk_check_route", arguments: { route: `train_test_split ${i}` } }));
  const settled = await Promise.allSettled(calls);
  report.concurrent = {
    sent: CONCURRENT_CALLS,
    answered: settled.filter((s) => s.status === "fulfilled").length,
    toolErrors: settled.filter((s) => s.status === "fulfilled" && s.value.isError).length,
    rejected: settled.filter((s) => s.status === "rejected").map((s) => String(s.reason?.message ?? s.reason)),
  };

  if (mode === "http") {
    // After an error reply the client must not start reopening its event stream.
    const before = report.httpGets;
    await codeOf(client.readResource({ uri: "nk://entry/still-no-such-entry" }));
    await sleep(2500);
    report.httpGetsAfterAnErrorReply = report.httpGets - before;
    report.sessionIdSet = typeof transport.sessionId === "string" && transport.sessionId.length > 0;
    report.terminate = await codeOf(transport.terminateSession());
  }
}

const transport = transportFor();
const client = new Client({ name: "nk-ts-sdk-check", version: "0.1.0" });
client.onerror = (e) => {
  // Closing aborts the client's own event stream; that is not the server's doing.
  const m = String(e?.message ?? e);
  if (!/abort/i.test(m)) report.clientErrors.push(m);
};
let status = 0;
try {
  await run(client, transport);
} catch (e) {
  report.fatal = String(e?.stack ?? e);
  status = 2;
}
// Ending the session: on stdio the client closes the server's stdin, gives it 2 s to exit, then
// sends SIGTERM; the server must have exited on its own.
const child = transport._process;
const exited = child && child.exitCode === null
  ? new Promise((resolve) => child.once("exit", (code, signal) => resolve({ code, signal })))
  : Promise.resolve(null);
await client.close().catch(() => {});
if (child) report.serverExit = await exited;
console.log(JSON.stringify(report));
process.exit(status);
