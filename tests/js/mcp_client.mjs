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
client.setNotificationHandler(LoggingMessageNotificationSchema, (n) => notes.push(n.params.data));
const transport = new StreamableHTTPClientTransport(new URL(url));
await client.connect(transport);

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
    else if (kind === "call") line.result = await client.callTool({ name, arguments: json ? JSON.parse(json) : {} });
    else if (kind === "resource") line.result = await client.readResource({ uri: op.slice(op.indexOf(":") + 1) });
    else if (kind === "prompt") line.result = await client.getPrompt({ name, arguments: json ? JSON.parse(json) : {} });
    else if (kind === "ping") line.result = await client.ping();
    else if (kind === "wait") await new Promise((r) => setTimeout(r, Number(name)));
    else throw new Error(`unknown op ${kind}`);
  } catch (err) {
    line.error = String(err && err.message ? err.message : err);
  }
  console.log(JSON.stringify(line));
}
console.log(JSON.stringify({ session: transport.sessionId || null, notifications: notes }));
await transport.terminateSession().catch(() => {});
await client.close();
