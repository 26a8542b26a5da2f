// mcp_client.mjs: a real MCP client built on the official SDK
// (@modelcontextprotocol/sdk), Streamable HTTP, calling an MCP server at a
// given URL (the server itself, or the guard's /mcp/NAME route), unchanged.
//   node mcp_client.mjs URL OP [OP ...]
// OPs, run in order on one session:
//   list                      tools/list: prints the tool names
//   call:NAME:ARGS_JSON       tools/call: prints the result as received
//   resource:URI              resources/read
//   prompt:NAME:ARGS_JSON     prompts/get
//   ping
//   wait:MS                   sleep (lets server notifications arrive)
//   callp:NAME:ARGS_JSON      tools/call asking for progress (a progressToken,
//                             resetTimeoutOnProgress): prints the result and
//                             the progress messages that arrived
//   send:ID:NAME:ARGS_JSON    tools/call sent through the SDK's transport as
//                             it is, with JSON-RPC id ID (a number): what an
//                             agent retrying the same request sends; waits
//                             up to $MCP_SEND_MS (default 30000) for its answer
//   session:SID               (first op only) no initialize: go on with the
//                             existing session SID, as a client that resumes
// With $MCP_LAG=TEXT, a call's line has lag_ms: how long before its result
// the logging notification TEXT arrived (a relay that buffers the whole
// answer makes it about 0).
// Prints one JSON line per op ({"op": ..., "result": ...} or {"op": ...,
// "error": ...}), then {"session": ID, "notifications": [data, ...]}
// (logging messages the server sent, on request streams or the standalone
// GET stream). Exit 0 when every op ran (errors included), 1 on a crash.
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { LoggingMessageNotificationSchema } from "@modelcontextprotocol/sdk/types.js";

const [url, ...ops] = process.argv.slice(2);
if (!url) {
  console.error("usage: node mcp_client.mjs URL OP [OP ...]");
  process.exit(2);
}
const notes = [];
const client = new Client({ name: "redline-test-client", version: "1.0.0" });
const noteAt = [];
client.setNotificationHandler(LoggingMessageNotificationSchema, (n) => {
  notes.push(n.params.data);
  noteAt.push(Date.now());
});
const resume = ops[0] && ops[0].startsWith("session:") ? ops.shift().slice(8) : null;
// $MCP_HEADERS: extra request headers as a JSON object (e.g. the agent's name)
const topts = { requestInit: { headers: JSON.parse(process.env.MCP_HEADERS || "{}") } };
if (resume) topts.sessionId = resume;
const transport = new StreamableHTTPClientTransport(new URL(url), topts);
const rawWait = new Map(); // JSON-RPC id -> resolve, for send: ops
const transportErrors = [];
if (resume) {
  transport.onmessage = () => {};
  transport.onerror = (e) => transportErrors.push(String(e && e.message ? e.message : e));
  await transport.start();
} else {
  await client.connect(transport);
}
{
  // answers to send: ops go to the op, everything else to the Client
  const orig = transport.onmessage;
  transport.onmessage = (m, extra) => {
    if (m && m.id !== undefined && !("method" in m) && rawWait.has(m.id)) {
      rawWait.get(m.id)(m);
      rawWait.delete(m.id);
      return;
    }
    orig?.call(transport, m, extra);
  };
}
function rawCall(id, name, args) {
  const ms = Number(process.env.MCP_SEND_MS || 30000);
  return new Promise((resolve) => {
    const t = setTimeout(() => { rawWait.delete(id); resolve({ timeout: ms }); }, ms);
    rawWait.set(id, (m) => { clearTimeout(t); resolve(m); });
    transport.send({ jsonrpc: "2.0", id, method: "tools/call", params: { name, arguments: args } })
      .catch((e) => { clearTimeout(t); rawWait.delete(id); resolve({ sendError: String(e && e.message ? e.message : e) }); });
  });
}

// "call:NAME:{...}": the JSON may itself hold colons
function split(op) {
  const i = op.indexOf(":");
  if (i < 0) return [op, "", ""];
  const rest = op.slice(i + 1);
  const j = rest.indexOf(":");
  return j < 0 ? [op.slice(0, i), rest, ""] : [op.slice(0, i), rest.slice(0, j), rest.slice(j + 1)];
}

for (const op of ops) {
  const [kind, name, json] = split(op);
  const line = { op: kind, name: name || undefined };
  try {
    if (kind === "list") line.result = (await client.listTools()).tools.map((t) => t.name);
    else if (kind === "call") {
      const k = notes.length;
      line.result = await client.callTool({ name, arguments: json ? JSON.parse(json) : {} });
      // the notification $MCP_LAG sent before the result: how long before it arrived
      const j = notes.indexOf(process.env.MCP_LAG, k);
      if (process.env.MCP_LAG && j >= 0) line.lag_ms = Date.now() - noteAt[j];
    }
    else if (kind === "callp") {
      const progress = [];
      line.result = await client.callTool({ name, arguments: json ? JSON.parse(json) : {} }, undefined,
        { onprogress: (p) => progress.push(p.message || p.progress), resetTimeoutOnProgress: true });
      line.progress = progress;
    } else if (kind === "send") {
      const [id, tool, args] = split(op.slice(op.indexOf(":") + 1));
      line.id = Number(id);
      line.name = tool;
      line.answer = await rawCall(Number(id), tool, args ? JSON.parse(args) : {});
    } else if (kind === "resource") line.result = await client.readResource({ uri: op.slice(op.indexOf(":") + 1) });
    else if (kind === "prompt") line.result = await client.getPrompt({ name, arguments: json ? JSON.parse(json) : {} });
    else if (kind === "ping") line.result = await client.ping();
    else if (kind === "wait") await new Promise((r) => setTimeout(r, Number(name)));
    else throw new Error(`unknown op ${kind}`);
  } catch (err) {
    line.error = String(err && err.message ? err.message : err);
  }
  console.log(JSON.stringify(line));
}
console.log(JSON.stringify({ session: transport.sessionId || null, notifications: notes, transportErrors }));
if (!process.env.MCP_KEEP_SESSION) await transport.terminateSession().catch(() => {});
if (resume) await transport.close();
else await client.close();
